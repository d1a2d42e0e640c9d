/**
 * After bundling, lib/ keeps only what the package runs and what its users' compilers read, so the package holds
 * the library once (see .projenrc.ts):
 *
 *   lib/index.js      the entry (jsii's kernel and require('cdk-switchyard')), which runs lib/bundle.js
 *   lib/bundle.js     the whole library, the CLI included
 *   lib/cli/main.js   the `switchyard` command, which runs the CLI from the bundle
 *   the declarations (.d.ts) that lib/index.d.ts reaches: TypeScript users' types
 *
 * Every other compiled module is already inside lib/bundle.js, and every other declaration describes one of them.
 * Folders whose name starts with a dot (lib/.v8-cache/, a test's scratch folder) are left alone.
 *
 *   node build-tools/prune-lib.js <lib>
 */
const { existsSync, readdirSync, readFileSync, rmdirSync, rmSync } = require('fs');
const { dirname, join, relative } = require('path');

const lib = process.argv[2];
if (!lib) throw new Error('prune-lib: usage: node build-tools/prune-lib.js <lib>');
const KEEP = new Set(['index.js', 'bundle.js', join('cli', 'main.js')]);
for (const file of KEEP) {
  if (!existsSync(join(lib, file))) throw new Error(`prune-lib: ${join(lib, file)} is missing: bundle first`);
}

// The declarations lib/index.d.ts reaches through relative imports and re-exports.
const declarations = new Set();
const pending = [join(lib, 'index.d.ts')];
while (pending.length > 0) {
  const file = pending.pop();
  if (declarations.has(file)) continue;
  declarations.add(file);
  const text = readFileSync(file, 'utf8');
  for (const [, specifier] of text.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)["'](\.{1,2}\/[^"']*|\.{1,2})["']/g)) {
    const base = join(dirname(file), specifier);
    const target = [`${base}.d.ts`, join(base, 'index.d.ts')].find(existsSync);
    if (target === undefined) throw new Error(`prune-lib: ${file} imports ${specifier}, which has no declaration`);
    pending.push(target);
  }
}

/** Removes what is not kept under `dir`; returns whether `dir` is left empty. */
function prune(dir) {
  let empty = true;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.name.startsWith('.')) {
      empty = false;
    } else if (entry.isDirectory()) {
      if (prune(path)) rmdirSync(path);
      else empty = false;
    } else if (KEEP.has(relative(lib, path)) || declarations.has(path)) {
      empty = false;
    } else {
      rmSync(path);
    }
  }
  return empty;
}
prune(lib);
