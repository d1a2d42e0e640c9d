/**
 * The template parser on large and hostile input: parse and lint time of a WebSocket mapping template at 1x,
 * 10x and 100x its size (3, 30 and 300 KB), legal, with a syntax error at its very end, written on one
 * line, and nested 10x deeper at each size (past MAX_NESTING: a syntax finding). Each 10x of input should
 * cost at most 11x of time; a 300 KB template should parse, or report its error, in under 200 ms.
 *
 *   npx ts-node --transpile-only bench/hostile-parse.ts [--before]
 *
 * Each figure is the median over BENCH_RUNS fresh processes (5 by default; see harness.ts) of: the first
 * parse in the process (`cold`, what `switchyard lint` pays), the mean of the parses that follow it for half a
 * second (`warm`), each with the CPU time of the process (on a shared machine, wall time also counts the
 * time spent waiting for a core), and the whole rule engine on a CloudFormation template holding the
 * mapping template (`lint`, cold). `--before` adds velocityjs's parser behind the former adapter
 * (test/vtl/velocityjs-oracle.ts), for comparison; it takes minutes at 300 KB. A measure, never a test.
 */
import { median, RUNS, sampleChild } from './harness';
import { lintTemplate } from '../src/rules/engine';
import { parseTemplate } from '../src/vtl/parse';

const SIZES_KB = [3, 30, 300];
const CASES = ['legal', 'error-at-end', 'one-line', 'deep-if'] as const;
type Case = typeof CASES[number];

/** Wall and CPU time of one measure, in ms. */
interface Time { readonly ms: number; readonly cpuMs: number }

interface Sample {
  readonly cold: Time;
  /** The mean of more parses in the same process. */
  readonly warm: Time;
  /** Null for velocityjs's parser: the rule engine only runs the library's. */
  readonly lint: Time | null;
  /** What the parser answered: `ok`, or the problem's line:column and message. */
  readonly result: string;
}

/** One statement group of a realistic WebSocket request template: `$input.path`/`$util` on every line. */
function group(i: number): string {
  return `  "field${i}": "$util.escapeJavaScript($input.path('$.data.field${i}'))",
  #if($input.path('$.flags.f${i}') == true)
  "flag${i}": $input.json('$.flags.f${i}'),
  #end
  #set($v${i} = $input.path('$.values[${i}]'))
  "conn${i}": "$context.connectionId-$v${i}",
`;
}

/** A template of about `kb` kilobytes for a case. */
export function template(kind: Case, kb: number): string {
  const bytes = kb * 1024;
  if (kind === 'deep-if') {
    // 3 KB nests about 430 deep: past MAX_NESTING at every size, so each size reports the same finding.
    const depth = Math.floor(bytes / 7);
    return '#if($a)'.repeat(depth) + '#end'.repeat(depth);
  }
  const parts = ['{\n'];
  let length = 2;
  for (let i = 0; length < bytes; i++) {
    const g = kind === 'one-line' ? `"f${i}": "$util.escapeJavaScript($input.path('$.data.f${i}'))", ` : group(i);
    parts.push(g);
    length += g.length;
  }
  parts.push(kind === 'one-line' ? '"end": true}' : '  "end": true\n}\n');
  if (kind === 'error-at-end') parts.push('#set($last = )');
  return parts.join('');
}

/** A WebSocket API whose one integration carries the template, as `switchyard lint` reads it. */
function cloudFormation(text: string): object {
  return {
    Resources: {
      Api: { Type: 'AWS::ApiGatewayV2::Api', Properties: { Name: 'bench', ProtocolType: 'WEBSOCKET', RouteSelectionExpression: '$request.body.action' } },
      Integration: {
        Type: 'AWS::ApiGatewayV2::Integration',
        Properties: {
          ApiId: { Ref: 'Api' },
          IntegrationType: 'AWS',
          IntegrationMethod: 'POST',
          IntegrationUri: 'arn:aws:apigateway:us-east-1:kinesis:action/PutRecord',
          TemplateSelectionExpression: '\\$default',
          RequestTemplates: { $default: text },
        },
      },
    },
  };
}

function timed(fn: () => void): Time {
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  fn();
  const used = process.cpuUsage(cpu);
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, cpuMs: (used.user + used.system) / 1000 };
}

function child(kind: Case, kb: number, parser: string): void {
  const text = template(kind, kb);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const parse: typeof parseTemplate = parser === 'before' ? require('../test/vtl/velocityjs-oracle').parseWithVelocityjs : parseTemplate;
  let r: ReturnType<typeof parseTemplate> | undefined;
  const cold = timed(() => { r = parse(text); });
  // Warm: the mean of as many parses as fit in half a second (at least 3), so that small inputs are timed
  // over enough work to be measured at all.
  let runs = 0;
  const warmTotal = timed(() => {
    const until = process.hrtime.bigint() + 500_000_000n;
    while (runs < 3 || (parser !== 'before' && process.hrtime.bigint() < until && runs < 1000)) {
      parse(text);
      runs++;
    }
  });
  const warm = { ms: warmTotal.ms / runs, cpuMs: warmTotal.cpuMs / runs };
  const lint = parser === 'before' ? null : timed(() => lintTemplate(cloudFormation(text)));
  const p = r!.ok ? undefined : r!.problems[0];
  const sample: Sample = { cold, warm, lint, result: p ? `${p.line}:${p.column} ${p.message}` : 'ok' };
  process.stdout.write(JSON.stringify(sample));
}

const fixed = (n: number, width: number) => n.toFixed(1).padStart(width);
const both = (t: Time) => `${fixed(t.ms, 8)} (cpu ${fixed(t.cpuMs, 7)})`;

function main(): void {
  const parsers = process.argv.includes('--before') ? ['after', 'before'] : ['after'];
  process.stdout.write(`hostile-parse: median of ${RUNS} processes per figure, ms (wall, and CPU of the process)\n`);
  for (const parser of parsers) {
    for (const kind of CASES) {
      const rows: Sample[] = [];
      for (const kb of SIZES_KB) {
        const samples: Sample[] = [];
        for (let i = 0; i < RUNS; i++) samples.push(sampleChild<Sample>(__filename, [kind, String(kb), parser]));
        const med = (get: (s: Sample) => Time): Time => ({ ms: median(samples.map(s => get(s).ms)), cpuMs: median(samples.map(s => get(s).cpuMs)) });
        const lint = samples[0].lint ? med(s => s.lint!) : null;
        const row: Sample = { cold: med(s => s.cold), warm: med(s => s.warm), lint, result: samples[0].result };
        rows.push(row);
        process.stdout.write(`${parser.padEnd(6)} ${kind.padEnd(13)} ${String(kb).padStart(4)} KB  parse cold ${both(row.cold)}  warm ${both(row.warm)}`
          + `${row.lint ? `  lint ${both(row.lint)}` : ''}  -> ${row.result.slice(0, 60)}\n`);
      }
      const ratio = (get: (s: Sample) => number) => rows.slice(1).map((row, i) => `${(get(row) / get(rows[i])).toFixed(1)}x`).join(', ');
      process.stdout.write(`${parser.padEnd(6)} ${kind.padEnd(13)} each 10x of input costs (target at most 11x): warm parse ${ratio(s => s.warm.ms)}`
        + ` (cpu ${ratio(s => s.warm.cpuMs)})${parser === 'after' ? `; lint ${ratio(s => s.lint!.ms)} (cpu ${ratio(s => s.lint!.cpuMs)})` : ''}\n`);
    }
  }
}

if (process.argv[2] === 'child') child(process.argv[3] as Case, Number(process.argv[4]), process.argv[5]);
else if (require.main === module) main();
