/**
 * Adversarial properties of the evaluator (issue 14): random and mutated templates, expressions, JSONPath
 * and requests built from hostile pieces. Every render ends with a result or a clear error (never an
 * "internal evaluation failure", a stack overflow or a crash), and within its budgets: work and memory as
 * the budget counts them, in steps and bytes.
 */
import * as fc from 'fast-check';
import { Budget, BudgetLimits } from '../../src/vtl/budget';
import { renderParsed } from '../../src/vtl/evaluate';
import { parseTemplate } from '../../src/vtl/parse';
import { RenderOutcome, RenderRequestInput } from '../../src/vtl/request';
import { MAX_STRING_LENGTH } from '../../src/vtl/values';

/** Small budgets, so that a run that would loop or grow hits them within the test's time. */
const LIMITS: BudgetLimits = { work: 3_000_000, memory: 8 * 1024 * 1024 };

/** What a render may overshoot its budget by: the last charge, at most one string of the largest size. */
const SLACK = 2 * MAX_STRING_LENGTH + 64;

function check(template: string, request: RenderRequestInput): RenderOutcome | undefined {
  const parsed = parseTemplate(template);
  if (!parsed.ok) return undefined;
  const budget = new Budget(LIMITS);
  const before = Object.getOwnPropertyNames(Object.prototype).length;
  const outcome = renderParsed(parsed.template, request, budget);
  expect(typeof outcome.output).toBe('string');
  for (const e of outcome.errors) {
    expect(e).not.toMatch(/internal evaluation failure|Maximum call stack|Invalid string length|Invalid array length|BigInt/);
  }
  if (outcome.errors.length === 0) {
    expect(budget.work).toBeLessThanOrEqual(budget.maxWork);
    expect(budget.memory).toBeLessThanOrEqual(budget.maxMemory);
  } else {
    expect(budget.work).toBeLessThanOrEqual(budget.maxWork + SLACK);
    expect(budget.memory).toBeLessThanOrEqual(budget.maxMemory + SLACK);
  }
  // The sandbox: nothing a template does reaches the prototypes.
  expect(Object.getOwnPropertyNames(Object.prototype).length).toBe(before);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  return outcome;
}

const PATTERNS = ['(a+)+b', '(a|aa)*c', '(a*)*$', '(.*a){8}', '(a+)+\\1', '(?=(a+)+b)', 'a*+a', '(?<x>a)\\k<x>', '[a-', '(', '\\', 'x{2,1}', '\\p{L}+', '(?i)A', '$', '^', '', '.'];
const pattern = fc.constantFrom(...PATTERNS).map(p => p.replace(/\\/g, '\\\\'));

const PATHS = ['$', '$..*', '$..[*]', '$[*]', '$.a', '$.a.b', "$['a']", '$[0]', '$[-1:]', '$[0,1]', '$..a', '$[?(@.a)]', '$[?(@.a =~ /(a+)+b/)]', '$[?(@ == $..a)]', '$..[?(@.a > 1)]', '$.', '$[', '$[?(', '$..', 'a.b'];
const path = fc.array(fc.constantFrom(...PATHS), { minLength: 1, maxLength: 4 })
  .map(parts => parts[0] + parts.slice(1).map(p => p.replace(/^\$/, '')).join(''));

/** Pieces templates are made of: loops, growth, self-reference, big numbers, regexes, JSONPath. */
const piece: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    '#set($l = [1, "a"])', '#set($d = $l.add($l))', '#set($d = $l.addAll($l))', '$l', '$l.toString()', '#set($m = {"k": $l})',
    '#set($d = $m.put("self", $m))', '$m', '#set($s = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")', '#set($s = "$s$s")', '$s.hashCode()',
    '#set($n = 99999999999999999999)', '#set($n = $n * $n)', '$n', '#set($n = $n + 1)', '#foreach($i in [1..50])', '#foreach($i in $l)', '#end',
    '#if($s.length() > 3)', '#else', '$input.json(\'$\')', '$input.body', '$util.escapeJavaScript($s)', '$util.parseJson($input.body)',
    '$s.replace("a", "bb")', '#set($s = $s.replace("a", "aa"))', '#set($x = [$l, $m])', '$x', '$context.requestOverride.header.__proto__',
    '#set($context.requestOverride.header.__proto__ = "p")', '#set($context.responseOverride.status = 201)', '#break', '#stop', ' ',
  ),
  pattern.map(p => `$s.matches("${p}")`),
  fc.tuple(pattern, fc.constantFrom('x', '$1', '${x}', '\\\\$')).map(([p, r]) => `$s.replaceAll("${p}", "${r}")`),
  pattern.map(p => `$s.split("${p}").size()`),
  path.map(p => `$input.path("${p}")`),
  path.map(p => `$input.json("${p}")`),
);

const body = fc.oneof(
  fc.constant(''),
  fc.json({ maxDepth: 4 }),
  fc.string({ maxLength: 30 }),
  fc.nat(300).map(n => `${'['.repeat(n)}${']'.repeat(n)}`),
  fc.nat(40).map(n => JSON.stringify({ a: 'a'.repeat(n), b: [{ a: 2 }, { a: 'aab' }] })),
);

describe('property: hostile templates end with a result or a clear error, within budget', () => {
  test('random templates of hostile pieces', () => {
    fc.assert(fc.property(fc.array(piece, { maxLength: 14 }).map(a => a.join('')), body, (template, b) => {
      check(template, { body: b });
    }), { numRuns: 400 });
  });

  test('mutations of a hostile template', () => {
    const seed = '#set($l = [])#set($s = "aaaaaaaaaaaaaaaaaaaa")\n#foreach($i in [1..20])#set($d = $l.add("$s$i"))#set($s = "$s$s")#end\n'
      + '$l.size() $s.matches("(a+)+b") $input.path(\'$..[*]..[*]\').size() #set($n = 12345678901234567890)#foreach($i in [1..10])#set($n = $n * $n)#end$n\n';
    const edit = fc.tuple(fc.nat(seed.length), fc.nat(6), fc.oneof(piece, fc.constantFrom('(', ')', '[', ']', '"', '$', '#', '..', '*', '\\')));
    fc.assert(fc.property(fc.array(edit, { minLength: 1, maxLength: 5 }), body, (edits, b) => {
      let text = seed;
      for (const [at, del, ins] of edits) text = text.slice(0, at) + ins + text.slice(at + del);
      check(text, { body: b });
    }), { numRuns: 300 });
  });

  test('random expressions: arithmetic on huge integers, strings, lists and maps', () => {
    const leaf = fc.oneof(
      fc.bigInt({ min: -(BigInt(2) ** BigInt(200)), max: BigInt(2) ** BigInt(200) }).map(String),
      fc.integer().map(String), fc.double({ noNaN: true }).map(d => String(d).replace(/e.*/, '')).filter(d => /^-?\d+(\.\d+)?$/.test(d)),
      fc.constantFrom('"a"', "'b'", '$x', '$l', '$m', 'null', 'true', '[1, 2]', '{"k": 1}', '[1..5]'),
    );
    const expr: fc.Arbitrary<string> = fc.letrec<{ e: string }>(tie => ({
      e: fc.oneof({ depthSize: 'small' }, leaf, fc.tuple(tie('e'), fc.constantFrom('+', '-', '*', '/', '%', '==', '<', '&&'), tie('e')).map(([a, op, b]) => `(${a} ${op} ${b})`)),
    })).e;
    fc.assert(fc.property(fc.array(expr, { minLength: 1, maxLength: 6 }), exprs => {
      const template = `#set($x = 7)#set($l = [1])#set($m = {})${exprs.map(e => `#set($x = ${e})$x|`).join('')}#foreach($i in [1..30])#set($x = $x * $x)#end$x`;
      check(template, {});
    }), { numRuns: 300 });
  });

  test('random JSONPath over random and deeply nested bodies', () => {
    fc.assert(fc.property(path, body, (p, b) => {
      check(`$input.path("${p}") $input.json("${p}")`, { body: b });
    }), { numRuns: 600 });
  });

  test('random requests: keys such as __proto__ stay data, overrides are own properties', () => {
    const key = fc.oneof(fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf'), fc.string({ maxLength: 6 }));
    // Objects as JSON.parse makes them from a request file: `__proto__` is an own property there.
    const objectOf = <T>(value: fc.Arbitrary<T>) => fc.array(fc.tuple(key, value), { maxLength: 4 })
      .map(entries => JSON.parse(`{${entries.map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`).join(',')}}`) as Record<string, T>);
    const record = objectOf(fc.string({ maxLength: 6 }));
    const context = objectOf(fc.oneof(fc.string({ maxLength: 4 }), objectOf(fc.string({ maxLength: 4 }))));
    const template = fc.array(fc.oneof(
      key.map(k => `#set($context.requestOverride.header["${k.replace(/["$#\\]/g, '')}"] = "v")`),
      key.map(k => `#set($context.responseOverride.header["${k.replace(/["$#\\]/g, '')}"] = "w")`),
      key.map(k => `$context["${k.replace(/["$#\\]/g, '')}"]`),
      key.map(k => `$input.params("${k.replace(/["$#\\]/g, '')}")`),
      fc.constant('$context'), fc.constant('$input.params()'), fc.constant('$stageVariables'),
    ), { maxLength: 8 }).map(a => a.join('|'));
    fc.assert(fc.property(template, record, record, context, record, body, (t, pathParams, header, ctx, stage, b) => {
      const outcome = check(t, { body: b, params: { path: pathParams, header, querystring: {} }, context: ctx, stageVariables: stage });
      if (!outcome) return;
      for (const overrides of [outcome.requestOverride.header, outcome.responseOverride.header]) {
        expect(Object.getPrototypeOf(overrides)).toBe(Object.prototype);
        for (const k of Object.keys(overrides)) expect(typeof Object.getOwnPropertyDescriptor(overrides, k)?.value).toBe('string');
      }
    }), { numRuns: 400 });
  });
});
