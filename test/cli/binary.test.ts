import { spawnSync } from 'child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { fixture, ROOT, spawnCli } from './cli-helpers';

// A few tests through a real process: the shebang entry, exit codes and streams as a CI job sees them.
jest.setTimeout(60_000);

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
    const compiled = join(ROOT, 'lib', 'cli', 'run.js');
    const entry = existsSync(compiled) ? compiled : join(ROOT, 'src', 'cli', 'run.ts');
    const preload = existsSync(compiled) ? [] : ['-r', require.resolve('ts-node/register/transpile-only')];
    const script = `const { run } = require(${JSON.stringify(entry)});
      const io = { stdout() {}, stderr() {} };
      run(['lint', ${JSON.stringify(fixture('invalid.yaml'))}], io);
      run(['rules', '--format', 'json'], io);
      run(['render', ${JSON.stringify(fixture('render', 'greeting.vtl'))}], io);
      const loaded = Object.keys(require.cache).filter(k => /[\\/]node_modules[\\/](aws-cdk-lib|constructs)[\\/]/.test(k));
      process.stdout.write(JSON.stringify(loaded));`;
    const r = spawnSync(process.execPath, [...preload, '-e', script], {
      cwd: ROOT, encoding: 'utf8', env: { ...process.env, TS_NODE_PROJECT: join(ROOT, 'tsconfig.json') },
    });
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual([]);
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
