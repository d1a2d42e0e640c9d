/**
 * The package entry `lib/index.js` is bundled into one module after jsii compiles (see `.projenrc.ts`). This is
 * what jsii's kernel loads for Python, Java, .NET and Go users and what `require('cdk-switchyard')` gives
 * TypeScript users, so it must export every type of the jsii assembly under its own name, and a class must be
 * the one its jsii type id names. These tests read the build's output: run after `npx projen compile`.
 */
import { spawnSync } from 'child_process';
import { readFileSync } from 'fs';
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

  test('is one module: it requires no file of the package, only its dependencies', () => {
    const source = readFileSync(ENTRY, 'utf8');
    expect(source.match(/require\(["']\.\.?\/[^"']*["']\)/g) ?? []).toEqual([]);
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

  test('loads neither the template parser nor the YAML reader until they are used', () => {
    const out = loadInChild(`
      require(${JSON.stringify(ENTRY)});
      process.stdout.write(JSON.stringify(Object.keys(require.cache).filter(f => /node_modules[\\\\/](velocityjs|yaml)[\\\\/]/.test(f))));`);
    expect(JSON.parse(out)).toEqual([]);
  });
});
