/**
 * The package entry `lib/index.js` is bundled into one module after jsii compiles (see `.projenrc.ts`). This is
 * what jsii's kernel loads for Python, Java, .NET and Go users and what `require('cdk-switchyard')` gives
 * TypeScript users, so it must export every type of the jsii assembly under its own name, and a class must be
 * the one its jsii type id names. These tests read the build's output: run after `npx projen compile`.
 */
import { spawnSync } from 'child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'fs';
import { join } from 'path';

const ROOT = join(__dirname, '..', '..');
const ENTRY = join(ROOT, 'lib', 'index.js');

interface Assembly { readonly name: string; readonly types: Record<string, { readonly kind: string; readonly name: string }> }

function loadInChild(script: string): string {
  const r = spawnSync(process.execPath, ['-e', script], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  if (r.status !== 0) throw new Error(r.stderr);
  return r.stdout;
}

describe('the bundled package entry', () => {
  const assembly = JSON.parse(readFileSync(join(ROOT, '.jsii'), 'utf8')) as Assembly;

  test('is one module: the entry requires only its bundle, and the bundle no file of the package', () => {
    const relativeRequires = (file: string) => readFileSync(file, 'utf8').match(/require\(["']\.\.?\/[^"']*["']\)/g) ?? [];
    expect(relativeRequires(ENTRY)).toEqual(['require("./bundle.js")']);
    expect(relativeRequires(join(ROOT, 'lib', 'bundle.js'))).toEqual([]);
  });

  test('an app bundled into one file (esbuild) carries the library and synthesizes', () => {
    const dir = mkdtempSync(join(ROOT, 'lib', '.bundled-app-'));
    try {
      writeFileSync(join(dir, 'app.js'), `
        const { App, Stack } = require('aws-cdk-lib');
        const sy = require(${JSON.stringify(ENTRY)});
        const app = new App({ outdir: require('fs').mkdtempSync(require('path').join(require('os').tmpdir(), 'bundled-')) });
        new sy.HttpApi(new Stack(app, 'Bundled'), 'Api');
        process.stdout.write(Object.keys(app.synth().getStackByName('Bundled').template.Resources).length > 0 ? 'ok' : 'empty');`);
      const esbuild = spawnSync(join(ROOT, 'node_modules', '.bin', 'esbuild'), [join(dir, 'app.js'), '--bundle', '--platform=node',
        '--external:aws-cdk-lib', '--external:constructs', '--external:yaml',
        `--outfile=${join(dir, 'out', 'app.js')}`, '--log-level=error'], { cwd: ROOT, encoding: 'utf8' });
      expect(esbuild.stderr).toBe('');
      // The app's own output may be called bundle.js, too: the entry must not take it for its bundle.
      writeFileSync(join(dir, 'out', 'bundle.js'), 'throw new Error("the app\'s own bundle.js");');
      const r = spawnSync(process.execPath, [join(dir, 'out', 'app.js')], { cwd: ROOT, encoding: 'utf8', timeout: 60_000, env: { ...process.env, NODE_DEBUG: 'cdk-switchyard' } });
      expect(r.stderr).toMatch(/code cache off: the bundle.js next to the entry is not this library's/);
      expect(r.stdout).toBe('ok');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('exports every class and enum of the assembly under its name, each class with its jsii type id', () => {
    const out = loadInChild(`
      const lib = require(${JSON.stringify(ENTRY)});
      const rtti = Symbol.for('jsii.rtti');
      const seen = {};
      for (const [name, value] of Object.entries(lib)) seen[name] = typeof value === 'function' ? (value[rtti] || {}).fqn || 'no-rtti' : typeof value;
      process.stdout.write(JSON.stringify(seen));`);
    const exported = JSON.parse(out) as Record<string, string>;
    const expected: Record<string, string> = {};
    for (const [fqn, type] of Object.entries(assembly.types)) {
      if (type.kind === 'class') expected[type.name] = fqn;
      if (type.kind === 'enum') expected[type.name] = 'object';
    }
    expect(Object.keys(expected).length).toBeGreaterThan(50);
    const actual: Record<string, string> = {};
    for (const name of Object.keys(expected)) actual[name] = exported[name];
    expect(actual).toEqual(expected);
  });

  test('an app built from the entry synthesizes: HTTP and WebSocket APIs, their rules run at synth', () => {
    const out = loadInChild(`
      const { App, Stack } = require('aws-cdk-lib');
      const { CfnApi } = require('aws-cdk-lib/aws-apigatewayv2');
      const sy = require(${JSON.stringify(ENTRY)});
      const app = new App({ outdir: require('fs').mkdtempSync(require('path').join(require('os').tmpdir(), 'entry-')) });
      const stack = new Stack(app, 'Entry');
      const http = new sy.HttpApi(stack, 'Http', { defaultIntegration: new sy.HttpUrlIntegration('Url', 'https://example.com') });
      http.addRoutes({ path: '/items/{id}', methods: [sy.HttpMethod.GET], integration: new sy.HttpUrlIntegration('Item', 'https://example.com/{id}') });
      const ws = new sy.WebSocketApi(stack, 'Ws', { defaultRouteOptions: { integration: new sy.WebSocketMockIntegration('Mock') } });
      new sy.WebSocketStage(stack, 'Prod', { webSocketApi: ws, stageName: 'prod', accessLogging: { enabled: false } });
      const counts = {};
      for (const r of Object.values(app.synth().getStackByName('Entry').template.Resources)) counts[r.Type] = (counts[r.Type] || 0) + 1;
      http.node.defaultChild.addPropertyOverride('Name', 'n'.repeat(129));
      let error = '';
      try { app.synth({ force: true }); } catch (e) { error = e.message; }
      process.stdout.write(JSON.stringify({ counts, error }));`);
    const { counts, error } = JSON.parse(out) as { counts: Record<string, number>; error: string };
    expect(counts).toMatchObject({ 'AWS::ApiGatewayV2::Api': 2, 'AWS::ApiGatewayV2::Route': 3, 'AWS::ApiGatewayV2::Stage': 2 });
    expect(error).toMatch(/\[api-name-length\] Entry\/Http \(Http[0-9A-F]{8}\) Name:/);
  });

  test('an ES module can import the classes by name', () => {
    const r = spawnSync(process.execPath, ['--input-type=module', '-e',
      `import { HttpApi, WebSocketApi, Switchyard } from ${JSON.stringify(ENTRY)}; process.stdout.write([HttpApi, WebSocketApi, Switchyard].map(c => c.name).join(' '));`], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('HttpApi WebSocketApi Switchyard');
  });

  test('loads neither the template parser nor the YAML reader until they are used', () => {
    const out = loadInChild(`
      require(${JSON.stringify(ENTRY)});
      process.stdout.write(JSON.stringify(Object.keys(require.cache).filter(f => /node_modules[\\\\/](velocityjs|yaml)[\\\\/]/.test(f))));`);
    expect(JSON.parse(out)).toEqual([]);
  });

  test('in a test runner\'s realm (jest runs each test file in a vm context), its objects and errors are that realm\'s', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const sy = require(ENTRY) as typeof import('../../src');
    const key = sy.HttpRouteKey.with('/items', sy.HttpMethod.GET);
    expect(Object.getPrototypeOf(Object.getPrototypeOf(key))).toBe(Object.prototype);
    expect(() => sy.MappingValue.staticValue('a$b')).toThrow(Error);
  });

  describe('V8 code cache', () => {
    // A copy of the entry and its bundle in a folder of its own, so that each test starts without a cache.
    let dir: string;
    beforeEach(() => {
      dir = mkdtempSync(join(ROOT, 'lib', '.entry-test-'));
      for (const file of ['index.js', 'bundle.js']) copyFileSync(join(ROOT, 'lib', file), join(dir, file));
    });
    afterEach(() => rmSync(dir, { recursive: true, force: true }));

    /** Runs `script` with the copied entry as `sy`; returns the entry's debug lines (NODE_DEBUG). */
    function run(script: string, env: Record<string, string> = {}): string {
      const r = spawnSync(process.execPath, ['-e', `const sy = require(${JSON.stringify(join(dir, 'index.js'))});\n${script}`], {
        cwd: ROOT, encoding: 'utf8', timeout: 60_000, env: { ...process.env, NODE_DEBUG: 'cdk-switchyard', ...env },
      });
      if (r.status !== 0) throw new Error(r.stderr);
      return r.stderr;
    }
    const SYNTH = `
      const { App, Stack } = require('aws-cdk-lib');
      const app = new App({ outdir: require('fs').mkdtempSync(require('path').join(require('os').tmpdir(), 'entry-')) });
      const api = new sy.HttpApi(new Stack(app, 'Cache'), 'Api');
      api.addRoutes({ path: '/items', methods: [sy.HttpMethod.GET], integration: new sy.HttpUrlIntegration('Items', 'https://example.com') });
      app.synth();`;
    const caches = (): string[] => existsSync(join(dir, '.v8-cache')) ? readdirSync(join(dir, '.v8-cache')) : [];

    test('a synth leaves the compiled code, and the next process starts from it', () => {
      const first = run(SYNTH);
      expect(first).toMatch(/code cache none/);
      expect(first).toMatch(/code cache written/);
      expect(caches()).toHaveLength(1);
      expect(run(SYNTH)).toMatch(/code cache used/);
    });

    test('a process that only loads the library leaves no cache: the next synth would not find its code in it', () => {
      expect(run('sy.HttpApi;')).toMatch(/code cache not written: nothing was synthesized/);
      expect(caches()).toEqual([]);
    });

    test('a damaged cache is compiled around and written anew', () => {
      run(SYNTH);
      const [name] = caches();
      writeFileSync(join(dir, '.v8-cache', name), 'not compiled code');
      const out = run(SYNTH);
      expect(out).toMatch(/code cache damaged/);
      expect(out).toMatch(/code cache written/);
      expect(readFileSync(join(dir, '.v8-cache', name)).length).toBeGreaterThan(1000);
    });

    test('one flipped byte in the compiled code never reaches V8: the source is compiled, the cache replaced', () => {
      run(SYNTH);
      const [name] = caches();
      const file = join(dir, '.v8-cache', name);
      const good = readFileSync(file);
      for (const at of [1, Math.floor(good.length / 2), good.length - 1]) {
        const flipped = Buffer.from(good);
        flipped[at] = 255 - flipped[at];
        writeFileSync(file, flipped);
        // run() throws if the process crashes or fails.
        const out = run(SYNTH);
        expect(out).toMatch(/code cache damaged/);
        expect(out).toMatch(/code cache written/);
        expect(run(SYNTH)).toMatch(/code cache used/);
      }
    });

    test('under jsii (its host sets JSII_AGENT) no cache is read or written: the kernel\'s folder is not reused', () => {
      expect(run(SYNTH, { JSII_AGENT: 'Python/3.12.0' })).toMatch(/code cache off: under jsii/);
      expect(caches()).toEqual([]);
    });

    test('a package folder removed before the process ends (as jsii\'s kernel does) is not made again', () => {
      expect(run(`${SYNTH}\nrequire('fs').rmSync(${JSON.stringify(dir)}, { recursive: true, force: true });`)).toMatch(/code cache not written: /);
      expect(existsSync(dir)).toBe(false);
    });

    test('no process leaves a file behind: only the cache, and partial files of dead writers are removed', () => {
      run(SYNTH);
      const [name] = caches();
      const abandoned = join(dir, '.v8-cache', `${name}.999999.tmp`);
      const writing = join(dir, '.v8-cache', `${name}.999998.tmp`);
      writeFileSync(abandoned, 'partial');
      writeFileSync(writing, 'partial');
      const old = new Date(Date.now() - 10 * 60_000);
      utimesSync(abandoned, old, old);
      rmSync(join(dir, '.v8-cache', name));
      run(SYNTH);
      expect(caches().sort()).toEqual([name, `${name}.999998.tmp`]);
    });

    test('a cache of an earlier build of the bundle is ignored and removed', () => {
      run(SYNTH);
      const [name] = caches();
      // <v8>-<arch>-<size>-<mtime>-<options>.bin: the same bundle size, modified at another time.
      const earlier = name.replace(/-\d+-([0-9a-f]{8})\.bin$/, '-1-$1.bin');
      const earlierOtherOptions = name.replace(/-\d+-([0-9a-f]{8})\.bin$/, '-1-00000000.bin');
      expect(earlier).not.toBe(name);
      copyFileSync(join(dir, '.v8-cache', name), join(dir, '.v8-cache', earlier));
      copyFileSync(join(dir, '.v8-cache', name), join(dir, '.v8-cache', earlierOtherOptions));
      rmSync(join(dir, '.v8-cache', name));
      expect(run(SYNTH)).toMatch(/code cache none/);
      expect(caches()).toEqual([name]);
    });

    test('processes started with other Node options keep caches of their own, and do not replace each other\'s', () => {
      run(SYNTH);
      const other = { NODE_OPTIONS: '--max-semi-space-size=32' };
      expect(run(SYNTH, other)).toMatch(/code cache none/);
      expect(caches()).toHaveLength(2);
      expect(run(SYNTH)).toMatch(/code cache used/);
      expect(run(SYNTH, other)).toMatch(/code cache used/);
    });

    test('CDK_SWITCHYARD_CODE_CACHE=0 reads and writes no cache', () => {
      expect(run(SYNTH, { CDK_SWITCHYARD_CODE_CACHE: '0' })).toMatch(/code cache off/);
      expect(caches()).toEqual([]);
    });

    test('a cache folder that cannot be written does not fail the synth', () => {
      writeFileSync(join(dir, '.v8-cache'), 'a file where the folder would be');
      expect(run(SYNTH)).toMatch(/code cache not written: /);
    });
  });
});
