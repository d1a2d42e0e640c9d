#!/usr/bin/env node
// The README's demo: synthesize every example app into its own cdk.out, lint the cloud assemblies with
// `switchyard lint`, and render a sample mapping template with `switchyard render`. Then the app with
// deliberate mistakes (examples/mistakes): synthesize it, show what `switchyard lint` reports, and check the
// report is exactly examples/mistakes/expected-findings.json. No AWS account, no network. Run through
// `npm run demo` (which compiles the library first); it exits 0 when every clean app is clean and the
// mistakes are exactly the expected ones.
'use strict';
const { spawnSync } = require('child_process');
const { existsSync, readdirSync, readFileSync, rmSync } = require('fs');
const { join } = require('path');

const root = join(__dirname, '..');
const cli = join(root, 'lib', 'cli', 'main.js');

function run(title, command, args, env = {}, expectedStatus = 0) {
  console.log(`\n$ ${title}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== expectedStatus) {
    console.error(`demo: "${title}" exited ${result.status}, expected ${expectedStatus}`);
    process.exit(1);
  }
}

/** Synthesizes examples/<name>/app.ts into examples/<name>/cdk.out; returns that folder. */
function synthesize(name) {
  const outdir = join('examples', name, 'cdk.out');
  rmSync(join(root, outdir), { recursive: true, force: true });
  run(`synthesize examples/${name} -> ${outdir}`, process.execPath,
    ['-r', 'ts-node/register/transpile-only', join('examples', name, 'app.ts')],
    { CDK_OUTDIR: outdir, TS_NODE_PROJECT: join('examples', 'tsconfig.json') });
  return outdir;
}

// The app whose mistakes are on purpose: not linted with the clean ones.
const MISTAKES = 'mistakes';

if (!existsSync(cli)) {
  console.error('demo: lib/cli/main.js is missing: run `npx projen compile` first (npm run demo does it)');
  process.exit(1);
}

const apps = readdirSync(__dirname, { withFileTypes: true })
  .filter(d => d.isDirectory() && d.name !== MISTAKES && existsSync(join(__dirname, d.name, 'app.ts')))
  .map(d => d.name);

const outdirs = apps.map(synthesize);

run(`switchyard lint ${outdirs.join(' ')}`, process.execPath, [cli, 'lint', ...outdirs]);

const templates = join('examples', 'templates');
for (const file of readdirSync(join(root, templates)).filter(f => f.endsWith('.vtl'))) {
  const request = join(templates, file.replace(/\.vtl$/, '.request.json'));
  const args = [cli, 'render', join(templates, file)];
  if (existsSync(join(root, request))) args.push('--request', request);
  run(`switchyard render ${args.slice(2).join(' ')}`, process.execPath, args);
}
console.log('\ndemo: every example synthesized, linted clean and rendered');

// The mistakes: `cdk synth` accepts all four; Switchyard reports each, with the resource and property.
console.log(`\n== examples/${MISTAKES}/app.ts: four mistakes that synthesize, and fail at deploy time or on every request ==`);
const mistakes = synthesize(MISTAKES);
// Exit 1: the lint found errors, as it should here.
run(`switchyard lint ${mistakes}`, process.execPath, [cli, 'lint', mistakes], {}, 1);
const json = spawnSync(process.execPath, [cli, 'lint', '--format', 'json', mistakes], { cwd: root, encoding: 'utf8' });
const key = f => `${f.rule} ${f.resource} ${f.path}`;
const reported = JSON.parse(json.stdout).findings.map(key).sort();
const expected = JSON.parse(readFileSync(join(__dirname, MISTAKES, 'expected-findings.json'), 'utf8')).map(key).sort();
const missing = expected.filter(k => !reported.includes(k));
const unexpected = reported.filter(k => !expected.includes(k));
if (missing.length > 0 || unexpected.length > 0) {
  for (const k of missing) console.error(`demo: expected but not reported: ${k}`);
  for (const k of unexpected) console.error(`demo: reported but not expected: ${k}`);
  process.exit(1);
}
console.log(`\ndemo: switchyard reported exactly the ${expected.length} planted mistakes (${[...new Set(expected.map(k => k.split(' ')[0]))].join(', ')})`);
