import { readFileSync } from 'fs';
import { join, relative } from 'path';
import { cli, fixture, ROOT } from './cli-helpers';

interface JsonFinding {
  rule: string;
  severity: string;
  message: string;
  file: string;
  resource: string;
  type: string;
  path: string;
  line: number | null;
  column: number | null;
  fileLine: number | null;
  fileColumn: number | null;
  stack: string | null;
  constructPath: string | null;
}
interface JsonReport {
  findings: JsonFinding[];
  summary: { errors: number; warnings: number; files: number; resources: number };
}

function json(...argv: string[]): { code: number; report: JsonReport } {
  const r = cli('lint', '--format', 'json', ...argv);
  expect(r.stderr).toBe('');
  return { code: r.code, report: JSON.parse(r.stdout) as JsonReport };
}

const nameFindings = (report: JsonReport) => report.findings.filter(f => f.rule === 'api-name-length');

describe('switchyard lint: exit codes', () => {
  test('0 when no finding has severity error', () => {
    const r = cli('lint', fixture('valid.json'));
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^0 errors, 0 warnings \(1 file, 2 resources checked\)\n$/);
  });

  test('1 when an error is found', () => {
    const r = cli('lint', fixture('invalid.yaml'));
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
  });

  test('--ignore of the only failing rule gives 0', () => {
    expect(cli('lint', fixture('invalid.yaml'), '--ignore', 'api-name-length').code).toBe(0);
    expect(cli('lint', fixture('invalid.yaml'), '--ignore=engine-rule-failed,api-name-length').code).toBe(0);
    expect(cli('lint', fixture('invalid.yaml'), '--ignore', 'engine-rule-failed', '--ignore', 'api-name-length').code).toBe(0);
  });

  test('several paths: the worst result wins', () => {
    expect(cli('lint', fixture('valid.json'), fixture('invalid.yaml')).code).toBe(1);
  });
});

describe('switchyard lint: text output', () => {
  test('one line per finding, then a summary', () => {
    const file = fixture('invalid.yaml');
    const r = cli('lint', file);
    const lines = r.stdout.trimEnd().split('\n');
    // The position is that of the value, `''` on line 10.
    expect(lines).toContain(`${file}:10:13: error api-name-length EmptyNameApi (AWS::ApiGatewayV2::Api) Name: ${nameFindingMessage(file)}`);
    expect(lines[lines.length - 1]).toMatch(/^\d+ errors?, \d+ warnings? \(1 file, 5 resources checked\)$/);
  });

  test('file names are printed as given', () => {
    const rel = relative(ROOT, fixture('invalid.yaml'));
    const cwd = process.cwd();
    process.chdir(ROOT);
    try {
      expect(cli('lint', rel).stdout).toContain(`${rel}:10:13: error api-name-length EmptyNameApi`);
    } finally {
      process.chdir(cwd);
    }
  });
});

function nameFindingMessage(file: string): string {
  return json(file).report.findings.find(f => f.rule === 'api-name-length')!.message;
}

describe('switchyard lint: JSON output', () => {
  test('exactly the documented object', () => {
    const file = fixture('invalid.yaml');
    const { code, report } = json(file);
    expect(code).toBe(1);
    expect(Object.keys(report)).toEqual(['findings', 'summary']);
    expect(Object.keys(report.summary)).toEqual(['errors', 'warnings', 'files', 'resources']);
    for (const f of report.findings) {
      expect(Object.keys(f)).toEqual(['rule', 'severity', 'message', 'file', 'resource', 'type', 'path', 'line', 'column',
        'fileLine', 'fileColumn', 'stack', 'constructPath']);
      expect(['error', 'warning']).toContain(f.severity);
      expect(f.file).toBe(file);
      expect(f.line === null).toBe(f.column === null);
      expect(f.fileLine === null).toBe(f.fileColumn === null);
    }
    expect(nameFindings(report)).toEqual([{
      rule: 'api-name-length',
      severity: 'error',
      message: expect.stringContaining('0'),
      file,
      resource: 'EmptyNameApi',
      type: 'AWS::ApiGatewayV2::Api',
      path: 'Name',
      line: null,
      column: null,
      fileLine: 10,
      fileColumn: 13,
      stack: null,
      constructPath: null,
    }]);
    expect(report.summary).toEqual({
      errors: report.findings.filter(f => f.severity === 'error').length,
      warnings: report.findings.filter(f => f.severity === 'warning').length,
      files: 1,
      resources: 5,
    });
  });

  test('a clean template gives an empty list', () => {
    const { code, report } = json(fixture('valid.json'));
    expect(code).toBe(0);
    expect(report).toEqual({ findings: [], summary: { errors: 0, warnings: 0, files: 1, resources: 2 } });
  });
});

describe('switchyard lint: YAML short forms', () => {
  test('intrinsics written with tags are unknown values, never findings', () => {
    const { report } = json(fixture('invalid.yaml'));
    // SubNameApi (!Sub), JoinNameApi (!Join/!Select/!Split) and IfNameApi (!If/!GetAtt) have names the
    // engine cannot know: only the literal empty name is reported.
    expect(nameFindings(report).map(f => f.resource)).toEqual(['EmptyNameApi']);
    expect(report.findings.map(f => f.resource)).not.toEqual(expect.arrayContaining(['SubNameApi']));
  });
});

describe('switchyard lint: cloud assemblies', () => {
  test('a cdk.out folder: every *.template.json, nested assemblies included, assets skipped', () => {
    const dir = fixture('assembly');
    const { code, report } = json(dir);
    expect(code).toBe(1);
    expect(report.summary.files).toBe(2);
    expect(report.summary.resources).toBe(2);
    expect(nameFindings(report).map(f => [f.file, f.resource, f.stack])).toEqual([
      [join(dir, 'assembly-Prod', 'ProdApiStack.template.json'), 'ProdApi', 'ProdApiStack'],
    ]);
  });

  test('a template named twice is linted once', () => {
    const { report } = json(fixture('assembly'), fixture('assembly', 'assembly-Prod', 'ProdApiStack.template.json'));
    expect(report.summary.files).toBe(2);
    expect(nameFindings(report)).toHaveLength(1);
  });

  test('a cloud assembly with no stack: nothing to check, exit 0', () => {
    const r = cli('lint', fixture('empty-assembly'));
    expect([r.code, r.stdout, r.stderr]).toEqual([0, '0 errors, 0 warnings (0 files, 0 resources checked)\n', '']);
  });

  test('a nested assembly folder on its own', () => {
    const { report } = json(fixture('assembly', 'assembly-Prod'));
    expect(report.summary.files).toBe(1);
    expect(nameFindings(report)).toHaveLength(1);
  });
});

describe('switchyard lint: bad input gives one line on stderr and exit 2', () => {
  const cases: Array<[string, string[], RegExp]> = [
    ['a missing file', [fixture('missing.json')], /missing\.json: no such file or directory/],
    ['a folder that is not a cloud assembly', [join(ROOT, 'docs')], /docs: no CloudFormation template/],
    ['broken JSON', [fixture('broken.json')], /broken\.json: invalid JSON at line 3, column \d+: /],
    ['broken YAML', [fixture('broken.yaml')], /broken\.yaml: invalid YAML at line \d+, column \d+: /],
    ['JSON that is not a template', [fixture('not-a-template.json')], /not-a-template\.json: not a CloudFormation template/],
    ['YAML that is not a template', [fixture('not-a-template.yaml')], /not-a-template\.yaml: not a CloudFormation template/],
    ['an unsupported extension', [join(ROOT, 'LICENSE')], /LICENSE: not a template file/],
    ['an unknown option', ['--frobnicate', fixture('valid.json')], /lint: unknown option --frobnicate/],
    ['an unknown format', ['--format', 'xml', fixture('valid.json')], /--format must be one of text, json, sarif \(got "xml"\)/],
    ['an option without its value', [fixture('valid.json'), '--format'], /--format needs a value/],
    ['an unknown rule id in --ignore', ['--ignore', 'api-name-length,no-such-rule', fixture('valid.json')], /unknown rule id in --ignore: no-such-rule/],
    ['no path', [], /no path given/],
    ['a bad input after a good one', [fixture('valid.json'), fixture('broken.json')], /broken\.json: invalid JSON/],
  ];
  test.each(cases)('%s', (_name, argv, message) => {
    const r = cli('lint', ...argv);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toMatch(/^switchyard: [^\n]+\n$/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('switchyard: top level', () => {
  test('--help and lint --help print usage and exit 0', () => {
    for (const argv of [['--help'], ['-h'], ['lint', '--help'], ['rules', '--help']]) {
      const r = cli(...argv);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/^Usage: switchyard/);
    }
  });

  test('--version prints the package version', () => {
    const r = cli('--version');
    expect(r.code).toBe(0);
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(r.stdout).toBe(`${pkg.version}\n`);
  });

  test('no command, an unknown command or option: usage error 2', () => {
    expect(cli().code).toBe(2);
    expect(cli().stderr).toMatch(/^Usage: switchyard/);
    expect(cli('lnt').stderr).toBe('switchyard: unknown command "lnt"; expected lint, rules or render (see switchyard --help)\n');
    expect(cli('lnt').code).toBe(2);
    expect(cli('--nope').code).toBe(2);
  });
});
