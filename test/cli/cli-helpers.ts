import { spawnSync } from 'child_process';
import { existsSync } from 'fs';
import { join } from 'path';
import { run } from '../../src/cli/run';

export const ROOT = join(__dirname, '..', '..');
export const FIXTURES = join(ROOT, 'test', 'fixtures', 'cli');

export function fixture(...parts: string[]): string {
  return join(FIXTURES, ...parts);
}

export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the CLI in-process, capturing what it writes. */
export function cli(...argv: string[]): CliResult {
  let stdout = '';
  let stderr = '';
  const code = run(argv, { stdout: t => { stdout += t; }, stderr: t => { stderr += t; } });
  return { code, stdout, stderr };
}

/**
 * Runs the real binary in a child process: the compiled `lib/cli/main.js` after a build, else the source
 * through ts-node (so the test also works before the first compile).
 */
export function spawnCli(argv: string[], cwd: string = ROOT): CliResult {
  const compiled = join(ROOT, 'lib', 'cli', 'main.js');
  const command = existsSync(compiled)
    ? [compiled]
    : ['-r', require.resolve('ts-node/register/transpile-only'), join(ROOT, 'src', 'cli', 'main.ts')];
  const result = spawnSync(process.execPath, [...command, ...argv], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, TS_NODE_PROJECT: join(ROOT, 'tsconfig.json') },
    timeout: 60_000,
    // A JSON report of thousands of findings is megabytes (spawnSync's default buffer is 1 MiB).
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error) throw result.error;
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}
