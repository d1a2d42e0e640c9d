import { readdirSync, readFileSync, statSync } from 'fs';
import { join, relative } from 'path';
import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { CDK_CASES } from './cdk-cases';
import { readTemplate } from '../../src/cli/load';
import { lintTemplate } from '../../src/rules/engine';
import { Finding } from '../../src/rules/rule';
import { spawnCli } from '../cli/cli-helpers';

/**
 * The real-world corpus (see README.md next to this file): templates in the shapes real tools emit, each with its
 * verdict. A valid template lints with no finding of severity error; a broken one gets every rule its verdict
 * names, and no error from any other rule.
 */

const CORPUS = __dirname;

/** A broken entry's verdict: the rules it must trigger and the deploy error the service gives. */
interface BrokenVerdict {
  readonly rules: readonly string[];
  readonly deployError: string;
}
type Verdict = 'valid' | BrokenVerdict;

const VERDICTS = JSON.parse(readFileSync(join(CORPUS, 'verdicts.json'), 'utf8')) as Record<string, Verdict>;

/**
 * Valid entries that get a false error today from a cause another branch fixes. The listed rules (or the load
 * error, `load`) are left out of the error assertion for that entry, and only for it. An entry that no longer
 * gets the listed finding fails the test below: remove it from this table once the fix is merged.
 */
const FIXED_ON_OTHER_BRANCHES: Record<string, { readonly rules: readonly string[]; readonly reason: string }> = {
  'sam/implicit-http-api-default-route.json': {
    rules: ['api-openapi-document'],
    reason: 'shapes helper: SAM writes the $default route as the OpenAPI path "$default" with x-amazon-apigateway-any-method',
  },
  'sam/explicit-http-api-slash-default-path.json': {
    rules: ['api-openapi-document'],
    reason: 'shapes helper: SAM writes an event Path of /$default as the OpenAPI path "/$default"',
  },
  'sam/http-api-lambda-authorizer-number-version.json': {
    rules: ['api-openapi-document'],
    reason: 'shapes helper: authorizerPayloadFormatVersion 2.0 written as a number in the OpenAPI body is the text "2.0"',
  },
  'samples/http-api-duplicate-key.yaml': {
    rules: ['load'],
    reason: 'shapes helper: CloudFormation reads a repeated YAML key as its last value (a warning, not exit 2)',
  },
  'samples/http-api-flow-map-parent-indent.yaml': {
    rules: ['load'],
    reason: 'shapes helper: a flow collection closed at the parent key\'s indentation parses, as in CloudFormation and PyYAML',
  },
};

function corpusFiles(): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(json|ya?ml)$/.test(name) && dir !== CORPUS) files.push(relative(CORPUS, path).split('\\').join('/'));
    }
  };
  walk(CORPUS);
  return files;
}

const FILES = corpusFiles();

function lintFile(file: string): Finding[] {
  return lintTemplate(readTemplate(join(CORPUS, file)).template, { file });
}

function synth(name: string, build: (stack: Stack) => void): unknown {
  const app = new App();
  const stack = new Stack(app, name.replace(/[^A-Za-z0-9-]/g, '-'));
  build(stack);
  return Template.fromStack(stack).toJSON();
}

function errorsOf(findings: readonly Finding[], ignored: readonly string[] = []): string[] {
  return findings.filter(f => f.severity === 'error' && !ignored.includes(f.rule)).map(f => `${f.rule} ${f.resource} ${f.path}: ${f.message}`);
}

/** Asserts one entry's verdict on its findings, with the table's exemptions. */
function expectVerdict(entry: string, verdict: Verdict, findings: readonly Finding[]): void {
  const exempt = FIXED_ON_OTHER_BRANCHES[entry]?.rules ?? [];
  if (verdict === 'valid') {
    expect(errorsOf(findings, exempt)).toEqual([]);
    return;
  }
  const ruleIds = new Set(findings.map(f => f.rule));
  expect(verdict.rules.filter(r => !ruleIds.has(r))).toEqual([]);
  expect(errorsOf(findings, [...verdict.rules, ...exempt])).toEqual([]);
}

describe('the corpus itself', () => {
  test('holds at least 150 entries, every file has a verdict and every verdict a file', () => {
    expect(FILES.length + CDK_CASES.length).toBeGreaterThanOrEqual(150);
    expect(FILES.filter(f => !(f in VERDICTS))).toEqual([]);
    expect(Object.keys(VERDICTS).filter(f => !FILES.includes(f))).toEqual([]);
  });

  test('every broken verdict names a rule and the deploy error', () => {
    for (const [file, verdict] of Object.entries(VERDICTS)) {
      if (verdict === 'valid') continue;
      const named = { file, rules: verdict.rules.length > 0, deployError: verdict.deployError.length > 0 };
      expect(named).toEqual({ file, rules: true, deployError: true });
    }
  });

  test('CDK entry names are unique and the exemption table names only corpus entries', () => {
    const names = CDK_CASES.map(c => `cdk/${c.name}`);
    expect(new Set(names).size).toBe(names.length);
    expect(Object.keys(FIXED_ON_OTHER_BRANCHES).filter(e => !FILES.includes(e) && !names.includes(e))).toEqual([]);
  });
});

describe('template files', () => {
  test.each(FILES)('%s', file => {
    const exempt = FIXED_ON_OTHER_BRANCHES[file]?.rules ?? [];
    let findings: Finding[];
    try {
      findings = lintFile(file);
    } catch (e) {
      if (exempt.includes('load')) return;
      throw e;
    }
    expectVerdict(file, VERDICTS[file], findings);
  });
});

describe('aws-cdk-lib L2 output', () => {
  test.each(CDK_CASES.map(c => [c.name, c] as const))('cdk/%s', (name, c) => {
    const template = synth(name, c.build);
    let findings: Finding[];
    try {
      findings = lintTemplate(template, { file: `cdk/${name}` });
    } catch (e) {
      if (FIXED_ON_OTHER_BRANCHES[`cdk/${name}`]?.rules.includes('load')) return;
      throw e;
    }
    expectVerdict(`cdk/${name}`, c.broken ?? 'valid', findings);
  });
});

describe('FIXED_ON_OTHER_BRANCHES holds only entries that still need it', () => {
  const entries = Object.entries(FIXED_ON_OTHER_BRANCHES);
  test.each(entries.length > 0 ? entries : [['(none)', { rules: [], reason: '' }] as const])('%s', (entry, { rules }) => {
    if (entry === '(none)') return;
    let found: readonly string[];
    const c = CDK_CASES.find(x => `cdk/${x.name}` === entry);
    try {
      const findings = c ? lintTemplate(synth(c.name, c.build)) : lintFile(entry);
      found = findings.filter(f => f.severity === 'error').map(f => f.rule);
    } catch {
      found = ['load'];
    }
    // A rule listed here that no longer fires means the fix is merged: remove the entry (or the rule) from the table.
    expect(rules.filter(r => !found.includes(r))).toEqual([]);
  });
});

describe('through the switchyard binary', () => {
  jest.setTimeout(60_000);
  const sample = (pattern: RegExp, verdict: 'valid' | 'broken') =>
    FILES.filter(f => pattern.test(f) && (VERDICTS[f] === 'valid') === (verdict === 'valid') && !(f in FIXED_ON_OTHER_BRANCHES)).slice(0, 2);

  test.each([
    ...sample(/^sam\//, 'valid'), ...sample(/^serverless\//, 'valid'), ...sample(/^samples\/.*\.ya?ml$/, 'valid'),
    ...sample(/^/, 'broken'), ...sample(/^samples\/.*\.yaml$/, 'broken'),
  ])('lint %s', file => {
    const r = spawnCli(['lint', '--format', 'json', join(CORPUS, file)]);
    expect(r.stderr).toBe('');
    const report = JSON.parse(r.stdout) as { findings: Finding[] };
    const verdict = VERDICTS[file];
    expect(r.code).toBe(verdict === 'valid' ? 0 : 1);
    expectVerdict(file, verdict, report.findings);
  });
});
