/**
 * What `npm pack` puts in the package: the library once (lib/bundle.js behind the entry lib/index.js), the
 * `switchyard` command executable, the declarations TypeScript users compile against, and the docs a user reads;
 * no example app, CI script or separately compiled module. The Python, Java, .NET and Go packages carry this
 * same tarball. These tests read the build's output: run after `npx projen compile`.
 */
import { spawnSync } from 'child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'fs';
import { join, posix } from 'path';

const ROOT = join(__dirname, '..', '..');

interface PackedFile { readonly path: string; readonly size: number; readonly mode: number }
interface Packed { readonly files: PackedFile[]; readonly bundled: string[] }

/** Whether a file mode lets its owner, group and others execute the file. */
// eslint-disable-next-line no-bitwise
const executable = (mode: number): boolean => (mode & 0o111) === 0o111;

function npm(args: string[], cwd: string = ROOT): string {
  const r = spawnSync('npm', args, { cwd, encoding: 'utf8', timeout: 120_000 });
  if (r.status !== 0) throw new Error(`npm ${args.join(' ')} failed: ${r.stderr}`);
  return r.stdout;
}

// Every file the package may hold; anything else fails the first test.
const ALLOWED: RegExp[] = [
  /^package\.json$/, /^README\.md$/, /^LICENSE$/, /^RULES\.md$/, /^API\.md$/,
  // The jsii assembly and jsii-rosetta's translations of its examples.
  /^\.jsii$/, /^\.jsii\.tabl\.json$/,
  /^docs\/rules\/[a-z0-9-]+\.md$/, /^docs\/catalogue-coverage\.md$/, /^MIGRATING\.md$/,
  /^lib\/index\.js$/, /^lib\/bundle\.js$/, /^lib\/cli\/main\.js$/,
  /^lib\/(?:[a-z0-9-]+\/)*[a-z0-9-]+\.d\.ts$/,
  // The one bundled dependency (package.json bundledDependencies).
  /^node_modules\/yaml\//,
];

describe('the npm package', () => {
  let packed: Packed;
  let paths: string[];
  beforeAll(() => {
    [packed] = JSON.parse(npm(['pack', '--dry-run', '--json', '--ignore-scripts'])) as Packed[];
    paths = packed.files.map(f => f.path);
  });

  test('holds only what a user runs or reads', () => {
    expect(paths.filter(p => !ALLOWED.some(a => a.test(p)))).toEqual([]);
    for (const required of ['package.json', 'README.md', 'LICENSE', 'RULES.md', '.jsii', 'lib/index.js', 'lib/bundle.js', 'lib/cli/main.js', 'lib/index.d.ts']) {
      expect(paths).toContain(required);
    }
    expect(paths.some(p => p.startsWith('examples/') || p.startsWith('.ci/') || p.startsWith('src/') || p.startsWith('test/'))).toBe(false);
  });

  test('holds the library once: the entry, its bundle and the command are its only JavaScript', () => {
    expect(paths.filter(p => p.startsWith('lib/') && !p.endsWith('.d.ts')).sort()).toEqual(['lib/bundle.js', 'lib/cli/main.js', 'lib/index.js']);
    // entry.test.ts holds the entry to requiring only its bundle and the bundle to requiring no file of the package;
    // the command, which that file does not read, must go through the entry rather than carry a second library.
    const relativeRequires = readFileSync(join(ROOT, 'lib', 'cli', 'main.js'), 'utf8').match(/require\(["']\.\.?\/[^"']*["']\)/g) ?? [];
    expect(relativeRequires).toEqual(['require("../index.js")']);
  });

  test('the switchyard command is executable, with its interpreter line', () => {
    const bin = packed.files.find(f => f.path === 'lib/cli/main.js');
    expect(bin).toBeDefined();
    expect(executable(bin!.mode)).toBe(true);
    expect(readFileSync(join(ROOT, 'lib', 'cli', 'main.js'), 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string> };
    expect(manifest.bin).toEqual({ switchyard: 'lib/cli/main.js' });
  });

  test('every declaration a packed declaration imports is packed too', () => {
    const declarations = new Set(paths.filter(p => p.endsWith('.d.ts') && p.startsWith('lib/')));
    const missing: string[] = [];
    for (const file of declarations) {
      const text = readFileSync(join(ROOT, file), 'utf8');
      for (const [, specifier] of text.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)["'](\.{1,2}\/[^"']*|\.{1,2})["']/g)) {
        const base = posix.join(posix.dirname(file), specifier);
        if (!declarations.has(`${base}.d.ts`) && !declarations.has(`${base}/index.d.ts`)) missing.push(`${file} -> ${specifier}`);
      }
    }
    expect(missing).toEqual([]);
    // The public types are all there: every type of the jsii assembly is declared in a packed file.
    const assembly = JSON.parse(readFileSync(join(ROOT, '.jsii'), 'utf8')) as { types: Record<string, { locationInModule: { filename: string } }> };
    const declared = new Set(Object.values(assembly.types).map(t => t.locationInModule.filename.replace(/^src\//, 'lib/').replace(/\.ts$/, '.d.ts')));
    expect([...declared].filter(d => !declarations.has(d))).toEqual([]);
  });

  test('from the tarball, the command runs as a program (as jsii\'s hosts run it) and the entry loads', () => {
    // Unpacked inside the repository, so that aws-cdk-lib and constructs resolve from its node_modules as a
    // user's app would provide them.
    const dir = mkdtempSync(join(ROOT, 'lib', '.pack-test-'));
    try {
      // Tests make folders like this one in lib/ while others pack: their files are not the package's.
      writeFileSync(join(dir, 'stray.js'), '');
      const [tarball] = JSON.parse(npm(['pack', '--json', '--ignore-scripts', '--pack-destination', dir])) as Array<{ filename: string }>;
      const tar = spawnSync('tar', ['-xzf', join(dir, tarball.filename), '-C', dir], { encoding: 'utf8' });
      expect(tar.stderr).toBe('');
      const bin = join(dir, 'package', 'lib', 'cli', 'main.js');
      expect(executable(statSync(bin).mode)).toBe(true);
      // As jsii's Python host runs it: the command's path and its arguments, through the shell, not through
      // node. Without the execute bit this is "Permission denied", exit 126.
      const rules = spawnSync(`'${bin}' rules --format json`, { cwd: dir, encoding: 'utf8', timeout: 60_000, shell: true });
      expect(rules.stderr).toBe('');
      expect(rules.status).toBe(0);
      const catalogue = JSON.parse(rules.stdout) as { rules: Array<{ id: string }> };
      expect(catalogue.rules.map(r => r.id)).toContain('http-mapping-reserved-header');
      const lint = spawnSync(bin, ['lint', join(ROOT, 'test', 'fixtures', 'cli', 'valid.json')], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
      expect(lint.status).toBe(0);
      const load = spawnSync(process.execPath, ['-e', `
        const sy = require(${JSON.stringify(join(dir, 'package'))});
        const { App, Stack } = require('aws-cdk-lib');
        const app = new App({ outdir: require('fs').mkdtempSync(require('path').join(require('os').tmpdir(), 'packed-')) });
        new sy.HttpApi(new Stack(app, 'Packed'), 'Api');
        const types = Object.values(app.synth().getStackByName('Packed').template.Resources).map(r => r.Type);
        process.stdout.write(JSON.stringify([types, sy.MappingTemplate.fromString("$input.json('$.a')").render({ body: '{"a":1}' }).output]));`],
      { cwd: dir, encoding: 'utf8', timeout: 60_000, env: { ...process.env, CDK_VALIDATION: 'false' } });
      expect(load.stderr).toBe('');
      expect(JSON.parse(load.stdout)).toEqual([expect.arrayContaining(['AWS::ApiGatewayV2::Api']), '1']);
      // Nothing of the package runs from outside it: the unpacked lib/ is the entry, the bundle, the command
      // and declarations.
      const js = (d: string): string[] => readdirSync(d, { withFileTypes: true }).flatMap(e =>
        e.isDirectory() ? js(join(d, e.name)) : e.name.endsWith('.js') ? [join(d, e.name)] : []);
      expect(js(join(dir, 'package', 'lib')).map(f => f.slice(join(dir, 'package', 'lib').length + 1)).sort()).toEqual(['bundle.js', 'cli/main.js', 'index.js']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

