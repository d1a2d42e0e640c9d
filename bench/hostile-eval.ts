/**
 * Hostile templates and requests against the evaluator (issue 14, items 1 and 2), at the sizes the issue
 * names: time and peak memory of each class, each in a fresh process (so that one class's heap does not
 * count against the next), with the work and memory the render's budget counted and how the render ended.
 * A `baseline` class (an empty template) gives the process's own peak memory, to subtract.
 *
 *   npx ts-node --transpile-only bench/hostile-eval.ts
 */
import { sampleChild } from './harness';
import { Budget } from '../src/vtl/budget';
import { renderParsed } from '../src/vtl/evaluate';
import { parseTemplate } from '../src/vtl/parse';
import { RenderRequestInput } from '../src/vtl/request';

interface HostileCase {
  readonly template: string;
  readonly request?: () => RenderRequestInput;
}

const A40 = 'a'.repeat(40);

/** 412 bytes of arrays nested 206 deep: `..` after `[*]` multiplies the matches by the depth at each step. */
const NESTED_412 = `${'['.repeat(206)}${']'.repeat(206)}`;

const CASES: Record<string, HostileCase> = {
  'baseline': { template: '' },
  'regex matches (a+)+b, 40 chars': { template: `#set($s = "${A40}")$s.matches("(a+)+b")` },
  'regex replaceAll (a|aa)+c, 40 chars': { template: `#set($s = "${A40}")$s.replaceAll("(a|aa)+c", "x")` },
  'regex split (a*)*b, 40 chars': { template: `#set($s = "${A40}")$s.split("(a*)*b").size()` },
  'regex backreference (a+)+\\1b, 40 chars': { template: `#set($s = "${A40}")$s.matches("(a+)+\\1b")` },
  'regex (a|b)*c over 1 MB': { template: '$input.body.matches("(a|b)*c")', request: () => ({ body: 'ab'.repeat(512 * 1024) }) },
  'JSONPath $..[*]..[*]..[*]..[*], 412-byte body': { template: "$input.path('$..[*]..[*]..[*]..[*]').size()", request: () => ({ body: NESTED_412 }) },
  'JSONPath filter =~ /(a+)+b/, 40 chars': {
    template: '$input.path("$[?(@.s =~ /(a+)+b/)]").size()',
    request: () => ({ body: JSON.stringify([{ s: A40 }, { s: `${A40}b` }]) }),
  },
  'JSONPath filter with a $.. operand, 2,000 items': {
    template: '$input.path("$[?(@.x == $..y[1])]").size()',
    request: () => ({ body: JSON.stringify(Array.from({ length: 2000 }, (_, i) => ({ x: i, y: [i, i + 1] }))) }),
  },
  'BigInteger squared 40 times': { template: '#set($x = 3)#foreach($i in [1..40])#set($x = $x * $x)#end$x' },
  'hashCode() of an 8 MB string': { template: '$input.body.hashCode()', request: () => ({ body: 'x'.repeat(8 * 1024 * 1024) }) },
  'a list of 1,000 copies of an 8 MB string': {
    template: '#set($l = [])#foreach($i in [1..1000])#set($d = $l.add("$input.body$i"))#end$l.size()',
    request: () => ({ body: 'x'.repeat(8 * 1024 * 1024) }),
  },
  '$[*] over 200,000 items': { template: "$input.path('$[*]').size()", request: () => ({ body: JSON.stringify(Array.from({ length: 200_000 }, (_, i) => i)) }) },
  'addAll of a 131,000-item list': {
    template: "#set($m = [])#set($d = $m.addAll($input.path('$')))$m.size()",
    request: () => ({ body: JSON.stringify(Array.from({ length: 131_000 }, (_, i) => i)) }),
  },
  'a list that contains itself, printed': { template: '#set($l = [1])#set($d = $l.add($l))$l' },
  'legitimate: $input.json(\'$\') of a 9.6 MB payload': {
    template: "$input.json('$').length()",
    request: () => ({ body: JSON.stringify({ items: Array.from({ length: 190_000 }, (_, i) => ({ id: i, name: `item ${i}`, tags: ['a', 'b'] })) }) }),
  },
  'a 60 MB body': { template: '$input.body.length()', request: () => ({ body: 'y'.repeat(60 * 1024 * 1024) }) },
};

interface Sample {
  ms: number;
  peakMB: number;
  work: number;
  memory: number;
  result: string;
}

function child(name: string): void {
  const c = CASES[name];
  const parsed = parseTemplate(c.template);
  if (!parsed.ok) throw new Error(`${name}: the template does not parse`);
  const request = c.request?.() ?? {};
  const budget = new Budget();
  const start = process.hrtime.bigint();
  const outcome = renderParsed(parsed.template, request, budget);
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const result = outcome.errors.length ? `error: ${outcome.errors[0]}` : `output: ${outcome.output.slice(0, 40)}`;
  const sample: Sample = { ms, peakMB: process.resourceUsage().maxRSS / 1024, work: budget.work, memory: budget.memory, result };
  process.stdout.write(JSON.stringify(sample));
}

function main(): void {
  console.log(`${'class'.padEnd(48)} ${'time'.padStart(9)} ${'peak RSS'.padStart(9)} ${'work'.padStart(12)} ${'memory'.padStart(12)}  result`);
  for (const name of Object.keys(CASES)) {
    const s = sampleChild<Sample>(__filename, [name]);
    const result = s.result.length > 110 ? `${s.result.slice(0, 110)}...` : s.result;
    console.log(`${name.padEnd(48)} ${`${s.ms.toFixed(0)} ms`.padStart(9)} ${`${s.peakMB.toFixed(0)} MB`.padStart(9)} ${String(s.work).padStart(12)} ${String(s.memory).padStart(12)}  ${result}`);
  }
}

if (process.argv[2] === 'child') child(process.argv[3]);
else main();
