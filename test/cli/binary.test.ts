import { spawnSync } from 'child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { fixture, ROOT, spawnCli } from './cli-helpers';

// A few tests through a real process: the shebang entry, exit codes and streams as a CI job sees them.
jest.setTimeout(60_000);

/** The command as the package ships it (after `npx projen compile`): the bundle behind lib/index.js runs it. */
const SHIPPED = join(ROOT, 'lib', 'cli', 'main.js');
const COMMANDS = [['lint', fixture('invalid.yaml')], ['rules', '--format', 'json'], ['render', fixture('render', 'greeting.vtl')]];

/** A preload that writes, as the process exits, every module file the process loaded, to `out`. */
function probeSource(out: string): string {
  return `process.on('exit', () => require('fs').writeFileSync(${JSON.stringify(out)}, JSON.stringify(Object.keys(require.cache))));`;
}

/** The modules the shipped command loads, in a process of its own for each subcommand. */
function loadedByShippedCommand(): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'switchyard-probe-'));
  try {
    const loaded: string[] = [];
    COMMANDS.forEach((argv, i) => {
      const out = join(dir, `loaded-${i}.json`);
      writeFileSync(join(dir, `probe-${i}.js`), probeSource(out));
      const r = spawnSync(process.execPath, ['-r', join(dir, `probe-${i}.js`), SHIPPED, ...argv], { cwd: ROOT, encoding: 'utf8' });
      expect(r.status).not.toBe(null);
      const files = JSON.parse(readFileSync(out, 'utf8')) as string[];
      // The command ran from the package's entry, not from another copy of the library.
      expect(files).toContain(join(ROOT, 'lib', 'index.js'));
      loaded.push(...files);
    });
    return loaded;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Without a build, the same subcommands through src/cli/run.ts in one process. */
function loadedBySource(): string[] {
  const script = `const { run } = require(${JSON.stringify(join(ROOT, 'src', 'cli', 'run.ts'))});
    const io = { stdout() {}, stderr() {} };
    for (const argv of ${JSON.stringify(COMMANDS)}) run(argv, io);
    process.stdout.write(JSON.stringify(Object.keys(require.cache)));`;
  const r = spawnSync(process.execPath, ['-r', require.resolve('ts-node/register/transpile-only'), '-e', script], {
    cwd: ROOT, encoding: 'utf8', env: { ...process.env, TS_NODE_PROJECT: join(ROOT, 'tsconfig.json') },
  });
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout) as string[];
}

describe('the switchyard binary', () => {
  test('starts with a node shebang', () => {
    expect(readFileSync(join(ROOT, 'src', 'cli', 'main.ts'), 'utf8').split('\n')[0]).toBe('#!/usr/bin/env node');
  });

  test('exit 1 and a JSON report on a template with an error', () => {
    const r = spawnCli(['lint', '--format', 'json', fixture('invalid.yaml')]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).findings).toEqual(expect.arrayContaining([expect.objectContaining({ rule: 'api-name-length', resource: 'EmptyNameApi' })]));
  });

  test('exit 0 on a clean template', () => {
    const r = spawnCli(['lint', fixture('valid.json')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('0 errors');
  });

  test('exit 2 with one line and no stack trace on bad input', () => {
    for (const bad of ['broken.yaml', 'missing.yaml']) {
      const r = spawnCli(['lint', fixture(bad)]);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/^switchyard: [^\n]+\n$/);
    }
  });

  test('render prints the output exactly', () => {
    const r = spawnCli(['render', fixture('render', 'greeting.vtl'), '--request', fixture('render', 'request.json')]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('{"id": "7", "name": "Max", "stage": "dev"}');
  });

  test('never loads aws-cdk-lib (it must start fast)', () => {
    const loaded = existsSync(SHIPPED) ? loadedByShippedCommand() : loadedBySource();
    expect(loaded.filter(k => /[\\/]node_modules[\\/](aws-cdk-lib|constructs)[\\/]/.test(k))).toEqual([]);
  });

  // Without this, an empty report from a preload that never ran would pass the test above.
  (existsSync(SHIPPED) ? test : test.skip)('the load probe of the shipped command sees what the command loads', () => {
    const dir = mkdtempSync(join(tmpdir(), 'switchyard-probe-'));
    try {
      const probe = join(dir, 'probe.js');
      writeFileSync(probe, probeSource(join(dir, 'loaded.json')));
      const r = spawnSync(process.execPath, ['-r', probe, '-e', 'require("aws-cdk-lib")'], { cwd: ROOT, encoding: 'utf8' });
      expect(r.status).toBe(0);
      expect(JSON.parse(readFileSync(join(dir, 'loaded.json'), 'utf8'))).toContainEqual(expect.stringMatching(/[\\/]node_modules[\\/]aws-cdk-lib[\\/]/));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('a large report reaches a file whole', () => {
    const dir = mkdtempSync(join(tmpdir(), 'switchyard-cli-'));
    try {
      const resources: Record<string, unknown> = {};
      for (let i = 0; i < 3000; i++) resources[`Api${i}`] = { Type: 'AWS::ApiGatewayV2::Api', Properties: { ProtocolType: 'HTTP', Name: '' } };
      const file = join(dir, 'many.json');
      writeFileSync(file, JSON.stringify({ Resources: resources }));
      const r = spawnCli(['lint', '--format', 'json', file]);
      expect(r.code).toBe(1);
      expect(JSON.parse(r.stdout).findings.filter((f: { rule: string }) => f.rule === 'api-name-length')).toHaveLength(3000);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
