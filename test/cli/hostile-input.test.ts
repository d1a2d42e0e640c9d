/**
 * Hostile files and values given to the CLI: special files are refused without being opened, a cloud
 * assembly is not left through its symbolic links, errors quote no more of a file than a short escaped
 * excerpt, and no value from a template or a file name reaches the terminal raw.
 */
import { execFileSync } from 'child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'fs';
import { createServer, Server } from 'net';
import { tmpdir } from 'os';
import { join } from 'path';
import { cli, spawnCli } from './cli-helpers';
import { run } from '../../src/cli/run';

const onWindows = process.platform === 'win32';
/** Any character a terminal acts on: C0 but the line feeds ending lines, DEL, C1, bidirectional controls. */
// eslint-disable-next-line no-control-regex
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
/** A value that would retitle the terminal, clear it, and forge a finding line if printed raw. */
const HOSTILE = '\u001b]0;owned\u0007\u001b[2J\r\nforged.json: error api-name-length Fake: forged\u009b1m';

const API = (name: string) => ({ Type: 'AWS::ApiGatewayV2::Api', Properties: { Name: name, ProtocolType: 'HTTP' } });

let dir: string;
beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'switchyard-hostile-')); });
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function write(path: string, content: unknown): string {
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

/** A cloud assembly with one valid template. */
function assembly(): string {
  const out = join(dir, 'cdk.out');
  mkdirSync(out);
  write(join(out, 'App.template.json'), { Resources: { Api: API('ok') } });
  return out;
}

function expectOneEscapedLine(stderr: string): void {
  expect(stderr).toMatch(/^switchyard: [^\n]*\n$/);
  expect(stderr).not.toMatch(RAW_CONTROL);
}

(onWindows ? describe.skip : describe)('special files are refused with exit 2, never opened', () => {
  /** A named pipe no process writes to: opening it for reading would block forever. */
  function fifo(path: string): string {
    execFileSync('mkfifo', [path]);
    return path;
  }

  // The binary runs in a child process: were the pipe opened, the child would block and time out, not jest.
  test.each<[string, () => string[], RegExp]>([
    ['a FIFO given as a template', () => ['lint', fifo(join(dir, 't.json'))], /t\.json: a named pipe \(FIFO\), expected a regular file/],
    ['a FIFO as an assembly template', () => {
      const out = assembly();
      fifo(join(out, 'Pipe.template.json'));
      return ['lint', out];
    }, /Pipe\.template\.json: a named pipe \(FIFO\)/],
    ['a FIFO as an assembly manifest.json', () => {
      const out = assembly();
      fifo(join(out, 'manifest.json'));
      return ['lint', out];
    }, /manifest\.json: a named pipe \(FIFO\), expected a regular file \(the cloud assembly manifest\)/],
    ['a FIFO as a nested assembly manifest.json', () => {
      const out = assembly();
      mkdirSync(join(out, 'assembly-Prod'));
      fifo(join(out, 'assembly-Prod', 'manifest.json'));
      return ['lint', out];
    }, /assembly-Prod[\\/]manifest\.json: a named pipe/],
    ['a FIFO as a stack metadata file the manifest names', () => {
      const out = assembly();
      write(join(out, 'App.template.json'), { Resources: { Api: API('x'.repeat(200)) } });
      write(join(out, 'manifest.json'), {
        artifacts: { App: { type: 'aws:cloudformation:stack', properties: { templateFile: 'App.template.json' }, additionalMetadataFile: 'App.metadata.json' } },
      });
      fifo(join(out, 'App.metadata.json'));
      return ['lint', out];
    }, /App\.metadata\.json: a named pipe \(FIFO\), expected a regular file \(the stack metadata\)/],
    ['a FIFO given as a render template', () => ['render', fifo(join(dir, 't.vtl'))], /t\.vtl: a named pipe \(FIFO\), expected a regular file \(the template\)/],
    ['a FIFO given as a render request', () => ['render', write(join(dir, 't.vtl'), 'hi'), '--request', fifo(join(dir, 'r.json'))],
      /r\.json: a named pipe \(FIFO\), expected a regular file \(the request\)/],
    ['a device given as a template', () => ['lint', '/dev/zero'], /\/dev\/zero: a device, expected a regular file/],
    ['a device given as a render request', () => ['render', write(join(dir, 't.vtl'), 'hi'), '--request', '/dev/zero'], /\/dev\/zero: a device/],
  ])('%s', (_name, argv, message) => {
    const r = spawnCli(argv());
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expectOneEscapedLine(r.stderr);
  });

  describe('a socket', () => {
    let server: Server;
    let socket: string;
    beforeEach(done => {
      socket = join(dir, 's.json');
      server = createServer().listen(socket, done);
    });
    afterEach(done => { server.close(() => done()); });

    test('given as a template', () => {
      const r = cli('lint', socket);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/s\.json: a socket, expected a regular file/);
    });
  });
});

(onWindows ? describe.skip : describe)('a cloud assembly is not left through its symbolic links', () => {
  const SECRET = 'SECRET-do-not-print-0123456789';
  let outside: string;
  beforeEach(() => {
    outside = join(dir, 'outside');
    mkdirSync(outside);
    write(join(outside, 'secret.txt'), `${SECRET} ${SECRET}`);
    mkdirSync(join(outside, 'assembly'));
    write(join(outside, 'assembly', 'Other.template.json'), { Resources: { Api: API('x'.repeat(200)) } });
  });

  test.each<[string, (out: string) => void, RegExp]>([
    ['a template linked to a file outside', out => symlinkSync(join(outside, 'secret.txt'), join(out, 'Evil.template.json')),
      /Evil\.template\.json: a symbolic link to outside the cloud assembly/],
    ['a template linked with a relative path', out => symlinkSync(join('..', 'outside', 'secret.txt'), join(out, 'Evil.template.json')),
      /Evil\.template\.json: a symbolic link to outside the cloud assembly/],
    ['a nested assembly linked to a folder outside', out => symlinkSync(join(outside, 'assembly'), join(out, 'assembly-Evil')),
      /assembly-Evil: a symbolic link to outside the cloud assembly/],
    ['a manifest linked to a file outside', out => symlinkSync(join(outside, 'secret.txt'), join(out, 'manifest.json')),
      /manifest\.json: a symbolic link to outside the cloud assembly/],
  ])('%s: refused with exit 2, and nothing of the target is printed', (_name, link, message) => {
    const out = assembly();
    link(out);
    const r = cli('lint', out);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toContain('SECRET');
    expectOneEscapedLine(r.stderr);
  });

  /** An assembly whose manifest lists its one stack, with a finding, and the stack's metadata file. */
  function manifestAssembly(metadataFile: string, templateFile = 'App.template.json'): string {
    const out = assembly();
    write(join(out, 'App.template.json'), { Resources: { Api: API('x'.repeat(200)) } });
    write(join(out, 'manifest.json'), {
      version: '48.0.0',
      artifacts: { App: { type: 'aws:cloudformation:stack', properties: { templateFile }, additionalMetadataFile: metadataFile } },
    });
    return out;
  }

  test('a stack metadata file linked outside: refused, when a finding reads it', () => {
    const out = manifestAssembly('App.metadata.json');
    symlinkSync(join(outside, 'secret.txt'), join(out, 'App.metadata.json'));
    const r = cli('lint', out);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/App\.metadata\.json: a symbolic link to outside the cloud assembly/);
    expect(r.stderr).not.toContain('SECRET');
  });

  test('manifest names that leave the folder are not followed', () => {
    const out = manifestAssembly(join('..', 'outside', 'secret.txt'), join('..', 'outside', 'assembly', 'Other.template.json'));
    const r = cli('lint', '--format', 'json', out);
    expect(r.stderr).toBe('');
    const report = JSON.parse(r.stdout) as { findings: Array<{ file: string; stack: string | null }>; summary: { files: number } };
    expect(report.summary.files).toBe(1);
    expect(report.findings.map(f => [f.file, f.stack])).toEqual([[join(out, 'App.template.json'), null]]);
  });

  test('links that stay inside the assembly are followed, and the assembly itself may be a link', () => {
    const out = assembly();
    mkdirSync(join(out, 'assembly-Prod'));
    write(join(out, 'assembly-Prod', 'Prod.template.json'), { Resources: { Api: API('x'.repeat(200)) } });
    symlinkSync(join(out, 'assembly-Prod'), join(out, 'assembly-Alias'));
    const linked = join(dir, 'linked.out');
    symlinkSync(out, linked);
    const r = cli('lint', '--format', 'json', linked);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as { summary: { files: number }; findings: Array<{ rule: string }> };
    // The alias and its target are one folder: read once.
    expect(report.summary.files).toBe(2);
    expect(report.findings.map(f => f.rule)).toEqual(['api-name-length']);
  });

  test('a JSON error quotes only a short escaped excerpt at its position', () => {
    const file = write(join(dir, 'broken.json'), `{"key": "${SECRET}", "next": \u001b[2J${'A'.repeat(100)}}`);
    const r = cli('lint', file);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toContain('SECRET');
    expect(r.stderr).toMatch(/broken\.json: invalid JSON at line 1, column \d+: unexpected character, expected a value \(at "\\x1b\[2JA+…"\)/);
    expect(r.stderr.length).toBeLessThan(file.length + 150);
    expectOneEscapedLine(r.stderr);
  });
});

describe('values from a template and file names reach the terminal escaped', () => {
  /** A template whose logical id and stage name are hostile, with one finding on each. */
  function hostileTemplate(file: string): string {
    return write(file, {
      Resources: {
        [`Api${HOSTILE}`]: API('x'.repeat(200)),
        Stage: { Type: 'AWS::ApiGatewayV2::Stage', Properties: { ApiId: { Ref: `Api${HOSTILE}` }, StageName: `prod${HOSTILE}` } },
      },
    });
  }

  test('text report: one line per finding, nothing raw', () => {
    const r = cli('lint', hostileTemplate(join(dir, 't.json')));
    expect(r.code).toBe(1);
    const lines = r.stdout.split('\n');
    expect(lines).toHaveLength(4); // two findings, the summary, and the final newline
    expect(lines.filter(l => l.startsWith('forged'))).toEqual([]);
    expect(r.stdout).not.toMatch(RAW_CONTROL);
    expect(lines[0]).toMatch(/ api-name-length Api\\x1b\]0;owned\\x07\\x1b\[2J\\r\\nforged\.json: error api-name-length Fake: forged\\x9b1m /);
    expect(lines[1]).toMatch(/ stage-name .*StageName "prod\\x1b\]0;owned/);
  });

  test('a file name with control characters, in the report and on stderr', () => {
    const name = `t${HOSTILE.replace(/\//g, '')}.json`;
    const file = hostileTemplate(join(dir, name));
    const text = cli('lint', file);
    expect(text.stdout).not.toMatch(RAW_CONTROL);
    expect(text.stdout.split('\n')).toHaveLength(4);
    const missing = cli('lint', join(dir, `missing${name}`));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/missingt\\x1b\]0;owned\\x07.*: no such file or directory/);
    expectOneEscapedLine(missing.stderr);
    const json = cli('lint', '--format', 'json', file);
    expect((JSON.parse(json.stdout) as { findings: Array<{ file: string }> }).findings[0].file).toBe(file);
  });

  test('JSON and SARIF stay valid and keep the values intact, with nothing raw', () => {
    const file = hostileTemplate(join(dir, 't.json'));
    const json = cli('lint', '--format', 'json', file);
    expect(json.stdout).not.toMatch(RAW_CONTROL);
    const report = JSON.parse(json.stdout) as { findings: Array<{ rule: string; resource: string; message: string }> };
    expect(report.findings.find(f => f.rule === 'api-name-length')?.resource).toBe(`Api${HOSTILE}`);
    expect(report.findings.find(f => f.rule === 'stage-name')?.message).toContain(`prod${HOSTILE}`);
    const sarif = cli('lint', '--format', 'sarif', file);
    expect(sarif.stdout).not.toMatch(RAW_CONTROL);
    const log = JSON.parse(sarif.stdout) as { runs: Array<{ results: Array<{ locations: Array<{ logicalLocations: Array<{ name: string }> }> }> }> };
    expect(log.runs[0].results[0].locations[0].logicalLocations[0].name).toBe(`Api${HOSTILE}`);
  });

  describe('render', () => {
    const TEMPLATE = '{"who": "$input.params(\'who\')"}\n';
    function render(argv: string[], stdoutIsTerminal: boolean) {
      let stdout = '';
      let stderr = '';
      const code = run(['render', ...argv], { stdout: t => { stdout += t; }, stderr: t => { stderr += t; }, stdoutIsTerminal });
      return { code, stdout, stderr };
    }

    test('the output is exact when piped, escaped (lines kept) on a terminal', () => {
      const template = write(join(dir, 't.vtl'), TEMPLATE);
      const request = write(join(dir, 'r.json'), { params: { header: { who: HOSTILE } } });
      expect(render([template, '--request', request], false).stdout).toBe(`{"who": "${HOSTILE}"}\n`);
      const shown = render([template, '--request', request], true);
      expect(shown.code).toBe(0);
      expect(shown.stdout).not.toMatch(RAW_CONTROL);
      // The output's own lines stay lines; the carriage return that would overwrite one is escaped.
      expect(shown.stdout).toMatch(/^\{"who": "\\x1b\]0;owned\\x07\\x1b\[2J\\r\nforged.*\\x9b1m"\}\n$/);
      const json = render([template, '--request', request, '--format', 'json'], true);
      expect(json.stdout).not.toMatch(RAW_CONTROL);
      expect((JSON.parse(json.stdout) as { output: string }).output).toBe(`{"who": "${HOSTILE}"}\n`);
    });

    test('a render error names the file escaped, on one line', () => {
      const template = write(join(dir, `t${HOSTILE.replace(/\//g, '')}.vtl`), '#if($a\n');
      const r = render([template], false);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/^switchyard: render: [^\n]*t\\x1b\]0;owned\\x07[^\n]*\n$/);
      expect(r.stderr).not.toMatch(RAW_CONTROL);
    });

    test('a request error quotes a key and a value short and escaped', () => {
      const template = write(join(dir, 't.vtl'), TEMPLATE);
      const request = write(join(dir, 'r.json'), { params: { header: { [`k${HOSTILE}`]: 'v'.repeat(10_000).split('') } } });
      const r = render([template, '--request', request], false);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/params\.header\.k\\x1b\]0;owned.* must be a string \(got \[.*….*\]\)/);
      expect(r.stderr.length).toBeLessThan(request.length + 250);
      expectOneEscapedLine(r.stderr);
    });
  });
});

describe('a runtime dependency that cannot be loaded', () => {
  test('is reported as that, in one line, not as a problem of the template', () => {
    jest.isolateModules(() => {
      // The first YAML reader the linter loads is the fast one (js-yaml).
      jest.doMock('../../src/cli/cfn-yaml-fast', () => {
        throw Object.assign(new Error("Cannot find module 'js-yaml'\nRequire stack:\n- /somewhere"), { code: 'MODULE_NOT_FOUND' });
      });
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { run: isolatedRun } = require('../../src/cli/run') as typeof import('../../src/cli/run');
      let stderr = '';
      const code = isolatedRun(['lint', write(join(dir, 't.yaml'), 'Resources: {}\n')], { stdout: () => undefined, stderr: t => { stderr += t; } });
      expect(code).toBe(2);
      expect(stderr).toBe("switchyard: a dependency cannot be loaded (Cannot find module 'js-yaml'); reinstall cdk-switchyard\n");
    });
    jest.dontMock('../../src/cli/cfn-yaml-fast');
  });
});
