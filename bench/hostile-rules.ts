/**
 * How the rules scale, on ordinary and on hostile input (issue 14, item 4). Run after a compile:
 * `npx ts-node --transpile-only bench/hostile-rules.ts [--runs N] [--sizes 1000,10000,100000] [--routes-only] [--bin lib/cli/main.js]`.
 *
 * 1. `switchyard lint` of the HTTP API of bench/lint-1000-routes.ts at 1x, 10x and 100x routes (four resources a
 *    route as the CDK emits them, or with `--routes-only` one Route resource a route), the whole
 *    process: wall time and the CPU time the process used (on a shared machine the CPU time drifts less),
 *    and the cost of each 10x step (target: at most 11x; 100,000 routes under 2 s, 1,000 under 1 s).
 * 2. The hostile rule inputs of issue 14, in this process: template selection expressions with many
 *    variables, nested-group integration response keys, and an over-long value (findings and output size).
 * Prints one line per measure; a measure, never a test.
 */
import { spawnSync } from 'child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join, resolve } from 'path';
import { httpApiTemplate, httpRoutesTemplate } from './lint-1000-routes';
import { lintTemplate } from '../src/rules/engine';

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1] : fallback;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** A preload that prints the process's own CPU time (user + system, ms) on stderr when it exits. */
const CPU_MARK = 'bench-cpu-ms=';
const CPU_PRELOAD = `process.on('exit', () => { const u = process.cpuUsage(); require('fs').writeSync(2, '\\n${CPU_MARK}' + ((u.user + u.system) / 1000).toFixed(0) + '\\n'); });`;

interface Sample { wall: number; cpu: number; findings: number }

function lintOnce(bin: string, preload: string, file: string): Sample {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['--require', preload, bin, 'lint', '--format', 'json', file], { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
  const wall = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status === 2 || r.status === null) throw new Error(`lint failed: ${r.stderr}`);
  const cpu = Number(new RegExp(`${CPU_MARK}(\\d+)`).exec(r.stderr)?.[1] ?? NaN);
  return { wall, cpu, findings: (JSON.parse(r.stdout) as { findings: unknown[] }).findings.length };
}

function lintScaling(bin: string, sizes: number[], runs: number, routesOnly: boolean): void {
  const dir = mkdtempSync(join(tmpdir(), 'switchyard-hostile-'));
  try {
    const preload = join(dir, 'cpu.js');
    writeFileSync(preload, CPU_PRELOAD);
    let previous: { routes: number; wall: number; cpu: number } | undefined;
    for (const routes of sizes) {
      const file = join(dir, `api-${routes}.template.json`);
      writeFileSync(file, JSON.stringify(routesOnly ? httpRoutesTemplate(routes) : httpApiTemplate(routes), null, 1));
      const samples: Sample[] = [];
      for (let i = 0; i < runs; i++) samples.push(lintOnce(bin, preload, file));
      const wall = median(samples.map(s => s.wall));
      const cpu = median(samples.map(s => s.cpu));
      const step = previous ? `; x${(routes / previous.routes).toFixed(0)} routes cost x${(wall / previous.wall).toFixed(2)} wall, x${(cpu / previous.cpu).toFixed(2)} CPU` : '';
      process.stdout.write(`lint ${routes} routes${routesOnly ? ' (one resource each)' : ''}: median ${wall.toFixed(0)} ms wall, ${cpu.toFixed(0)} ms CPU over ${runs} processes, ${samples[0].findings} findings${step}\n`);
      previous = { routes, wall, cpu };
      rmSync(file);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Median wall time of `f` over `runs` calls, in this process, after one warm-up call. */
function timeIt<T>(runs: number, f: () => T): { ms: number; result: T } {
  let result = f();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    result = f();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return { ms: median(times), result };
}

const wsApi = { Type: 'AWS::ApiGatewayV2::Api', Properties: { Name: 'chat', ProtocolType: 'WEBSOCKET', RouteSelectionExpression: '$request.body.action' } };

function hostileCases(runs: number): void {
  // A template key that cannot match, against `x${v0}${v1}...y`: a `.*` per variable made the old analysis exponential.
  for (const n of [8, 10, 16, 64]) {
    const expression = `x${Array.from({ length: n }, (_, i) => `\${request.body.v${i}}`).join('')}y`;
    const template = { Resources: { Api: wsApi, Backend: { Type: 'AWS::ApiGatewayV2::Integration', Properties: { ApiId: { Ref: 'Api' }, IntegrationType: 'MOCK', TemplateSelectionExpression: expression, RequestTemplates: { [`x${'a'.repeat(30)}z`]: '{}' } } } } };
    const { ms, result } = timeIt(runs, () => lintTemplate(template));
    process.stdout.write(`selection-template-key-unreachable, ${n} variables: ${ms.toFixed(2)} ms, ${result.filter(f => f.rule === 'selection-template-key-unreachable').length} finding\n`);
  }
  // `((((.*)*)*)*)x`: JavaScript's RegExp backtracks polynomially in the depth on each 3-character status.
  for (const depth of [8, 16, 32, 64]) {
    const key = `/${'('.repeat(depth)}.*${')*'.repeat(depth)}x/`;
    const template = {
      Resources: {
        Api: wsApi,
        Backend: { Type: 'AWS::ApiGatewayV2::Integration', Properties: { ApiId: { Ref: 'Api' }, IntegrationType: 'HTTP', IntegrationUri: 'https://example.com' } },
        Send: { Type: 'AWS::ApiGatewayV2::Route', Properties: { ApiId: { Ref: 'Api' }, RouteKey: 'send', RouteResponseSelectionExpression: '$default', Target: { 'Fn::Join': ['', ['integrations/', { Ref: 'Backend' }]] } } },
        Response: { Type: 'AWS::ApiGatewayV2::IntegrationResponse', Properties: { ApiId: { Ref: 'Api' }, IntegrationId: { Ref: 'Backend' }, IntegrationResponseKey: key } },
      },
    };
    const { ms, result } = timeIt(runs, () => lintTemplate(template));
    process.stdout.write(`ws-integration-response-default, ${depth} nested groups: ${ms.toFixed(2)} ms, ${result.filter(f => f.rule === 'ws-integration-response-default').length} finding\n`);
  }
  // One over-long value: a RouteSelectionExpression of 100,000 stray braces.
  const long = { Resources: { Api: { ...wsApi, Properties: { ...wsApi.Properties, RouteSelectionExpression: '{'.repeat(100_000) } } } };
  const { ms, result } = timeIt(Math.min(runs, 3), () => lintTemplate(long));
  process.stdout.write(`100,000 stray braces in a RouteSelectionExpression: ${ms.toFixed(0)} ms, ${result.length} findings, ${JSON.stringify(result).length} bytes of JSON, longest message ${Math.max(...result.map(f => f.message.length))} characters\n`);
}

function main() {
  const runs = Number(option('runs', '3'));
  const sizes = option('sizes', '1000,10000,100000').split(',').map(Number);
  const bin = resolve(option('bin', join(__dirname, '..', 'lib', 'cli', 'main.js')));
  hostileCases(runs);
  if (!existsSync(bin)) {
    process.stderr.write(`bench: ${bin} does not exist; compile first (or pass --bin)\n`);
    process.exitCode = 2;
    return;
  }
  lintScaling(bin, sizes, runs, process.argv.includes('--routes-only'));
}

if (require.main === module) main();
