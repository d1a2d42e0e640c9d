#!/usr/bin/env node
// The README's demo: synthesize every example app into its own cdk.out, lint the cloud assemblies with
// `switchyard lint`, and render a sample mapping template with `switchyard render`. No AWS account, no
// network. Run through `npm run demo` (which compiles the library first).
'use strict';
const { spawnSync } = require('child_process');
const { existsSync, readdirSync, rmSync } = require('fs');
const { join } = require('path');

const root = join(__dirname, '..');
const cli = join(root, 'lib', 'cli', 'main.js');

function run(title, command, args, env = {}) {
  console.log(`\n$ ${title}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) {
    console.error(`demo: "${title}" failed (exit ${result.status})`);
    process.exit(1);
  }
}

if (!existsSync(cli)) {
  console.error('demo: lib/cli/main.js is missing: run `npx projen compile` first (npm run demo does it)');
  process.exit(1);
}

const apps = readdirSync(__dirname, { withFileTypes: true })
  .filter(d => d.isDirectory() && existsSync(join(__dirname, d.name, 'app.ts')))
  .map(d => d.name);

const outdirs = [];
for (const name of apps) {
  const outdir = join('examples', name, 'cdk.out');
  rmSync(join(root, outdir), { recursive: true, force: true });
  run(`synthesize examples/${name} -> ${outdir}`, process.execPath,
    ['-r', 'ts-node/register/transpile-only', join('examples', name, 'app.ts')],
    { CDK_OUTDIR: outdir, TS_NODE_PROJECT: join('examples', 'tsconfig.json') });
  outdirs.push(outdir);
}

run(`switchyard lint ${outdirs.join(' ')}`, process.execPath, [cli, 'lint', ...outdirs]);

const templates = join('examples', 'templates');
for (const file of readdirSync(join(root, templates)).filter(f => f.endsWith('.vtl'))) {
  const request = join(templates, file.replace(/\.vtl$/, '.request.json'));
  const args = [cli, 'render', join(templates, file)];
  if (existsSync(join(root, request))) args.push('--request', request);
  run(`switchyard render ${args.slice(2).join(' ')}`, process.execPath, args);
}
console.log('\ndemo: every example synthesized, linted clean and rendered');
