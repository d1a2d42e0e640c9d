/**
 * What the synth benchmarks share: each sample is a fresh Node process (module loading included, as
 * `cdk synth` pays it) running the benchmark file's `child` branch, with aws-cdk-lib's built-in schema check
 * off and a throwaway output folder; a figure is the median of the samples.
 */
import { spawnSync } from 'child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join, resolve } from 'path';

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** Runs `script child ...args` in a fresh process and returns the JSON it prints. */
export function sampleChild<T>(script: string, args: string[]): T {
  const outdir = mkdtempSync(join(tmpdir(), 'bench-'));
  try {
    const r = spawnSync(process.execPath, ['-r', 'ts-node/register/transpile-only', script, 'child', ...args], {
      env: { ...process.env, CDK_VALIDATION: 'false', BENCH_OUTDIR: outdir }, encoding: 'utf8',
    });
    if (r.status !== 0) throw new Error(r.stderr);
    return JSON.parse(r.stdout) as T;
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}

/**
 * The median of the ratios of paired samples (`ours[i] / theirs[i]`, taken one right after the other), which
 * drift on a shared machine affects less than the ratio of the two medians.
 */
export function pairedRatio(ours: number[], theirs: number[]): number {
  return median(ours.map((o, i) => o / theirs[i]));
}

/**
 * A 95% interval for `pairedRatio`, from 2,000 bootstrap resamples of the pairs (a fixed-seed generator,
 * so a report reproduces from its samples): on a machine that drifts, whether a ratio is really under a
 * target shows in its interval, not in its median.
 */
export function pairedRatioInterval(ours: number[], theirs: number[]): [number, number] {
  const ratios = ours.map((o, i) => o / theirs[i]);
  // A 32-bit linear congruential generator, in integer arithmetic (Math.imul), so it never loses precision.
  let seed = 0x5eed;
  const random = () => {
    seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
    return seed / 4294967296;
  };
  const medians: number[] = [];
  for (let b = 0; b < 2000; b++) {
    medians.push(median(ratios.map(() => ratios[Math.floor(random() * ratios.length)])));
  }
  medians.sort((x, y) => x - y);
  return [medians[Math.floor(0.025 * medians.length)], medians[Math.floor(0.975 * medians.length)]];
}

/** A paired ratio with its 95% interval: `1.02x (0.99–1.05)`. */
export function ratioText(ours: number[], theirs: number[]): string {
  const [low, high] = pairedRatioInterval(ours, theirs);
  return `${pairedRatio(ours, theirs).toFixed(2)}x (${low.toFixed(2)}–${high.toFixed(2)})`;
}

/** The number of samples per variant: `BENCH_RUNS`, 5 by default. */
export const RUNS = Number(process.env.BENCH_RUNS ?? 5);

/**
 * `RUNS` samples of `script child <routes> <variant>` for each variant, taken in turn so that drift on the
 * machine hits all alike, after one discarded round: it warms the file cache for every variant, and leaves
 * the code cache a first synth writes (see FIRST_RUN).
 */
export function interleaved<T>(script: string, routes: number, variants: string[]): T[][] {
  process.env.SWITCHYARD_LIB ??= install();
  const samples: T[][] = variants.map(() => []);
  for (const variant of variants) sampleChild<T>(script, [String(routes), variant]);
  for (let i = 0; i < RUNS; i++) {
    variants.forEach((variant, v) => samples[v].push(sampleChild<T>(script, [String(routes), variant])));
  }
  return samples;
}

/**
 * The variant of the synth benchmarks that loads Switchyard as the first synth on a machine does: without
 * the V8 code cache its entry keeps for later processes (CDK_SWITCHYARD_CODE_CACHE=0).
 */
export const FIRST_RUN = 'switchyard-first-run';

/**
 * The compiled library where an app has it, in a `node_modules` folder (bench/.install), and not in this
 * repository's lib/: aws-cdk-lib then tells its frames apart from the app's in the stack traces it records
 * for each resource, as it does for aws-cdk-lib's own. A fresh copy each time, so the warm-up round writes
 * its code cache. Returns the copy's lib/ folder.
 */
function install(): string {
  const root = join(__dirname, '..');
  const pkg = join(__dirname, '.install', 'node_modules', 'cdk-switchyard');
  rmSync(pkg, { recursive: true, force: true });
  mkdirSync(join(pkg, 'lib'), { recursive: true });
  // What the entry runs; its dependencies resolve from this repository's node_modules.
  for (const file of ['package.json', 'lib/index.js', 'lib/bundle.js']) copyFileSync(join(root, file), join(pkg, file));
  return join(pkg, 'lib');
}

/** Loads the compiled library (SWITCHYARD_LIB, or ../lib), without its code cache for the FIRST_RUN variant. */
export function loadSwitchyard(variant: string): typeof import('../src') {
  if (variant === FIRST_RUN) process.env.CDK_SWITCHYARD_CODE_CACHE = '0';
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(resolve(process.env.SWITCHYARD_LIB ?? join(__dirname, '..', 'lib'))) as typeof import('../src');
}
