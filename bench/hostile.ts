/**
 * Every hostile-input benchmark, one after the other, each in its own process: the evaluator
 * (`hostile-eval.ts`: time and peak memory of each class of hostile template and request), the template parser
 * (`hostile-parse.ts`: 1x / 10x / 100x input, legal, broken at the end, nested too deep) and the rules and the linter
 * (`hostile-rules.ts`: lint at 1x / 10x / 100x routes, hostile expressions). Each prints its own table.
 *
 *   npx ts-node --transpile-only bench/hostile.ts
 */
import { spawnSync } from 'child_process';
import { join } from 'path';

for (const part of ['hostile-eval.ts', 'hostile-parse.ts', 'hostile-rules.ts']) {
  console.log(`\n## ${part}\n`);
  const run = spawnSync(process.execPath, ['-r', 'ts-node/register/transpile-only', join(__dirname, part)], { stdio: 'inherit' });
  if (run.status !== 0) process.exitCode = 1;
}
