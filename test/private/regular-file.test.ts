import { execFileSync, spawnSync } from 'child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';

/**
 * The library reads files only through `readRegularFileText`: a named pipe given to `MappingTemplate.fromFile` or
 * `HttpApiDefinition.fromFile` is refused, not opened (opening it would block until a writer comes). Each case runs
 * in a child process, so a regression fails the test instead of hanging it.
 */
const ROOT = join(__dirname, '..', '..');
const onWindows = process.platform === 'win32';

function inChild(code: string): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['-r', 'ts-node/register/transpile-only', '-e', code], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

(onWindows ? describe.skip : describe)('the library reads regular files only', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'switchyard-regular-'));
    execFileSync('mkfifo', [join(dir, 'pipe.vtl')]);
    execFileSync('mkfifo', [join(dir, 'pipe.yaml')]);
    writeFileSync(join(dir, 'ok.vtl'), '\ufeff$input.json(\'$\')');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test.each([
    ['MappingTemplate.fromFile', 'require(\'./src/vtl/mapping-template\').MappingTemplate.fromFile(FILE)', 'pipe.vtl'],
    ['HttpApiDefinition.fromFile', 'require(\'./src/http/definition\').HttpApiDefinition.fromFile(FILE)', 'pipe.yaml'],
  ])('%s refuses a named pipe with a clear message', (_name, call, file) => {
    const r = inChild(`try { ${call.replace('FILE', JSON.stringify(join(dir, file)))}; console.log('read'); } catch (e) { console.log(e.message); }`);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`${file}: a named pipe (FIFO), expected a regular file`);
  });

  test('a regular file is read, without its byte order mark', () => {
    const r = inChild(`console.log(require('./src/vtl/mapping-template').MappingTemplate.fromFile(${JSON.stringify(join(dir, 'ok.vtl'))}).render({ body: '{"a":1}' }).output)`);
    expect([r.status, r.stdout.trim()]).toEqual([0, '{"a":1}']);
  });
});
