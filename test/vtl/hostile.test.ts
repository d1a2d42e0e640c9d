/**
 * The hostile corpus of issue 14 (items 1 and 2, and 7's override names and context keys): each case ends
 * with a result or a clear error naming the limit, and its cost is asserted in steps, bytes and counts
 * (the render's budget), never in wall-clock time.
 */
import { Budget, BudgetLimits, MAX_MEMORY, MAX_WORK } from '../../src/vtl/budget';
import { renderParsed, renderTemplate } from '../../src/vtl/evaluate';
import { MAX_PAYLOAD_BYTES } from '../../src/vtl/input';
import { MAX_JSONPATH_RESULTS } from '../../src/vtl/jsonpath';
import { parseTemplate } from '../../src/vtl/parse';
import { MAX_BACKTRACK_STEPS } from '../../src/vtl/regex/run';
import { RenderRequestInput } from '../../src/vtl/request';

function render(template: string, request: RenderRequestInput = {}, limits: BudgetLimits = {}) {
  const parsed = parseTemplate(template);
  if (!parsed.ok) throw new Error(parsed.problems[0].message);
  const budget = new Budget(limits);
  const outcome = renderParsed(parsed.template, request, budget);
  return { ...outcome, budget };
}

const A40 = 'a'.repeat(40);

describe('regular expressions in templates cannot run away', () => {
  test.each([
    ['groups', `${'('.repeat(50_000)}x${')'.repeat(50_000)}`],
    ['classes', `${'['.repeat(50_000)}x${']'.repeat(50_000)}`],
  ])('%s nested 50,000 deep stop with the nesting limit, not a stack overflow', (_, pattern) => {
    const r = render(`#set($s = "x")$s.matches("${pattern}")`);
    expect(r.errors).toEqual([expect.stringContaining('nests groups or classes deeper than 200 levels')]);
  });

  test.each([
    ['3,000 optional groups on 30 characters', `#set($s = "${'b'.repeat(30)}")$s.replaceAll("${'(a?)'.repeat(3000)}", "x")`],
    ['2,000 repeated empty loops on 2,000 characters', `#set($s = "${'b'.repeat(2000)}")$s.replaceAll("(?:(?:)*){0,2000}x", "y")`],
  ])('%s: the work between reads (jumps, splits, copied groups) is charged, so the budget stops it', (_, template) => {
    const r = render(template);
    expect(r.errors).toEqual([expect.stringContaining('the work budget of 100,000,000 steps is spent')]);
  });

  test('200 nested groups still match', () => {
    expect(render(`#set($s = "x")$s.matches("${'('.repeat(200)}x${')'.repeat(200)}")`).output).toBe('true');
  });

  test.each([
    ['matches', `#set($s = "${A40}")$s.matches("(a+)+b")`, 'false'],
    ['replaceAll', `#set($s = "${A40}")$s.replaceAll("(a|aa)+c", "x")`, A40],
    ['replaceFirst', `#set($s = "${A40}")$s.replaceFirst("(a*)*b", "x")`, A40],
    ['split', `#set($s = "${A40}")$s.split("(a|a)*b").size()`, '1'],
  ])('%s with a catastrophic pattern on 40 characters answers in linear work', (_, template, expected) => {
    const r = render(template);
    expect(r.errors).toEqual([]);
    expect(r.output).toBe(expected);
    expect(r.budget.work).toBeLessThan(20_000);
  });

  test('the same pattern on ten times the input costs at most eleven times the work', () => {
    const cost = (n: number) => render(`#set($s = "${'a'.repeat(n)}")$s.matches("(a+)+b")`).budget.work;
    expect(cost(400)).toBeLessThanOrEqual(11 * cost(40));
  });

  test('a back reference that backtracks exponentially stops with an error naming the step budget', () => {
    const r = render(`#set($s = "${A40}")$s.matches("(a+)+\\1b")`);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatch(/^line 1, column \d+: regular expression stopped: the backtracking budget of 1000000 steps is spent/);
    // 12 per step, and the capture slots each saved alternative copies.
    expect(r.budget.work).toBeLessThanOrEqual(MAX_BACKTRACK_STEPS * 14 + 20_000);
  });

  test('many backtracking calls stop at the render budget', () => {
    // On 16 characters, one call stays under its own step budget (about 560,000 steps); a hundred do not.
    const r = render(`#set($s = "${'a'.repeat(16)}")#foreach($i in [1..100])#set($ok = $s.matches("(?=(a+)+b).*"))#end`);
    expect(r.errors[0]).toMatch(/work budget of 100,000,000 steps/);
    expect(r.budget.work).toBeLessThanOrEqual(MAX_WORK + MAX_BACKTRACK_STEPS * 12);
  });

  test('an invalid pattern is the PatternSyntaxException Java throws', () => {
    expect(render('#set($s = "a")$s.matches("(a")').errors[0]).toMatch(/PatternSyntaxException: Unclosed group/);
  });
});

describe('JSONPath results are bounded', () => {
  /** 412 bytes of arrays nested 206 deep. */
  const nested = `${'['.repeat(206)}${']'.repeat(206)}`;

  test('$..[*]..[*]..[*]..[*] on a 412-byte body stops at the result bound, within a few megabytes', () => {
    expect(Buffer.byteLength(nested)).toBe(412);
    const r = render("$input.path('$..[*]..[*]..[*]..[*]').size()", { body: nested });
    expect(r.errors[0]).toMatch(new RegExp(`JSONPath selects more than ${MAX_JSONPATH_RESULTS} values`));
    expect(r.budget.memory).toBeLessThan(16 * 1024 * 1024);
  });

  test('a shallower $..[*]..[*] on the same body answers', () => {
    const r = render("$input.path('$..[*]..[*]').size()", { body: nested });
    expect(r.errors).toEqual([]);
    // $.. gives the 206 arrays, [*] their 205 children; .. under the child at depth j gives 206 - j arrays
    // (21,115 in all), and [*] the child of each but the innermost array (met 205 times): 20,910.
    expect(r.output).toBe('20910');
  });

  test('a filter with a catastrophic =~ regex is a whole-string Java match, in linear work', () => {
    const r = render('$input.path("$[?(@.s =~ /(a+)+b/)].s")', { body: JSON.stringify([{ s: A40 }, { s: `${A40}b` }, { s: 'xab' }]) });
    expect(r.errors).toEqual([]);
    expect(r.output).toBe(`["${A40}b"]`);
    expect(r.budget.work).toBeLessThan(50_000);
  });

  test('a filter whose operand is a $.. path walks the document once, not once per candidate', () => {
    const body = JSON.stringify(Array.from({ length: 2000 }, (_, i) => ({ x: i, y: [i, i + 1] })));
    const r = render('$input.path("$[?(@.x == $..y[1])]").size()', { body });
    expect(r.errors).toEqual([]);
    expect(r.output).toBe('1');
    // One walk over the 2,000 items (about 10,000 values), plus the 2,000 comparisons.
    expect(r.budget.work).toBeLessThan(1_000_000);
  });

  test('$[*] over 200,000 items works as Java does', () => {
    const r = render("$input.path('$[*]').size()", { body: JSON.stringify(Array.from({ length: 200_000 }, (_, i) => i)) });
    expect(r.errors).toEqual([]);
    expect(r.output).toBe('200000');
  });

  test('.. over a document a template made contain itself is the StackOverflowError Java would meet', () => {
    const r = render("#set($d = $input.path('$'))#set($d.self = $d)$input.path('$..x')", { body: '{"x": 1}' });
    expect(r.errors[0]).toMatch(/StackOverflowError/);
  });
});

describe('integers are bounded as Java bounds them, by budget', () => {
  test('squaring a BigInteger again and again stops by the work budget, not "internal evaluation failure"', () => {
    const r = render('#set($x = 3)#foreach($i in [1..40])#set($x = $x * $x)#end$x');
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatch(/work budget of 100,000,000 steps/);
    expect(r.errors[0]).not.toMatch(/internal/);
    expect(r.budget.memory).toBeLessThan(1024 * 1024);
  });

  test('a few squarings stay exact', () => {
    expect(renderTemplate('#set($x = 3)#foreach($i in [1..7])#set($x = $x * $x)#end$x').output).toBe((BigInt(3) ** BigInt(128)).toString());
  });
});

describe('the work budget counts what is done', () => {
  const body = 'x'.repeat(8 * 1024 * 1024);

  test('hashCode() of an 8 MB string costs its length', () => {
    const r = render('$input.body.hashCode()', { body });
    expect(r.errors).toEqual([]);
    expect(r.budget.work).toBeGreaterThanOrEqual(body.length);
  });

  test('hashCode() wraps as Java int arithmetic does', () => {
    // String.hashCode: s[0]*31^(n-1) + ... + s[n-1], as a 32-bit int; computed here with BigInt.
    const s = 'hello world, this is a longer string é';
    let h = BigInt(0);
    for (const c of s) h = h * BigInt(31) + BigInt(c.charCodeAt(0));
    expect(renderTemplate(`#set($s = "${s}")$s.hashCode() $s.substring(0, 0).hashCode()`).output).toBe(`${BigInt.asIntN(32, h)} 0`);
  });

  test('a list of large strings stops by budget, before holding gigabytes', () => {
    const r = render('#set($l = [])#foreach($i in [1..1000])#set($d = $l.add("$input.body$i"))#end$l.size()', { body });
    expect(r.errors[0]).toMatch(/(work|memory) budget/);
    expect(r.budget.memory).toBeLessThanOrEqual(MAX_MEMORY + 2 * (body.length + 8));
  });

  test('a lower budget stops earlier, naming its limit', () => {
    const r = render('#foreach($i in [1..1000])$i#end', {}, { work: 10_000 });
    expect(r.errors[0]).toMatch(/work budget of 10,000 steps/);
    const m = render('#set($l = [])#foreach($i in [1..1000])#set($d = $l.add("$i$i$i"))#end', {}, { memory: 4096 });
    expect(m.errors[0]).toMatch(/memory budget of 4,096 bytes/);
  });

  test('a legitimate template on a 2 MB payload spends under a tenth of the budgets (so 10 MB stays under half)', () => {
    const items = Array.from({ length: 41_000 }, (_, i) => ({ id: i, name: `item ${i}`, tags: ['a', 'b'] }));
    const text = JSON.stringify({ items });
    expect(text.length).toBeGreaterThan(2_000_000);
    const r = render('#set($all = $input.path(\'$.items\'))$all.size() $input.json(\'$.items[*].id\').length() $input.json(\'$\').length() $util.escapeJavaScript($input.body).length()', { body: text });
    expect(r.errors).toEqual([]);
    expect(r.budget.work).toBeLessThan(MAX_WORK / 10);
    expect(r.budget.memory).toBeLessThan(MAX_MEMORY / 10);
  });
});

describe('large and self-containing collections without recursion', () => {
  test('addAll of a 131,000-item list', () => {
    const r = render("#set($m = [])#set($d = $m.addAll($input.path('$')))$m.size() #set($d = $m.addAll($m))$m.size()", { body: JSON.stringify(Array.from({ length: 131_000 }, (_, i) => i)) });
    expect(r.errors).toEqual([]);
    expect(r.output).toBe('131000 262000');
  });

  test('a list that contains itself prints as Java\'s AbstractCollection.toString does', () => {
    expect(render('#set($l = [1])#set($d = $l.add($l))$l $l.size()').output).toBe('[1, (this Collection)] 2');
    expect(render('#set($m = {"a": 1})#set($d = $m.put("self", $m))$m').output).toBe('{a=1, self=(this Map)}');
  });

  test('a list that contains itself through another is Java\'s StackOverflowError, at once', () => {
    const r = render('#set($a = [])#set($b = [$a])#set($d = $a.add($b))$a');
    expect(r.errors[0]).toMatch(/StackOverflowError/);
    expect(r.budget.work).toBeLessThan(10_000);
  });

  test('a list nested 100,000 deep prints without overflowing the stack', () => {
    const r = render('#set($l = [])#foreach($i in [1..100])#foreach($j in [1..1000])#set($l = [$l])#end#end$l.toString().length()');
    expect(r.errors).toEqual([]);
    expect(r.output).toBe(String(2 * 100_001));
  });
});

describe('API Gateway\'s payload limit', () => {
  test('a body past 10 MB fails as API Gateway fails the request (413), before the template runs', () => {
    const r = render('$input.body.length()', { body: 'y'.repeat(60 * 1024 * 1024) });
    expect(r.output).toBe('');
    expect(r.errors[0]).toMatch(/limit of 10485760 bytes \(10 MB\).*413/);
    expect(r.budget.work).toBe(0);
  });

  test('the limit counts UTF-8 bytes', () => {
    expect(render('ok', { body: 'é'.repeat(MAX_PAYLOAD_BYTES / 2) }).errors).toEqual([]);
    expect(render('ok', { body: 'é'.repeat(MAX_PAYLOAD_BYTES / 2 + 1) }).errors[0]).toMatch(/413/);
    expect(render('$input.body.length()', { body: 'x'.repeat(MAX_PAYLOAD_BYTES) }).output).toBe(String(MAX_PAYLOAD_BYTES));
  });
});

describe('override names and context keys are data', () => {
  test('__proto__ and constructor as override names are kept as overrides', () => {
    const r = renderTemplate('#set($context.requestOverride.header.__proto__ = "p")#set($context.requestOverride.querystring.constructor = "c")#set($context.responseOverride.header.hasOwnProperty = "h")');
    expect(r.errors).toEqual([]);
    expect(Object.keys(r.requestOverride.header)).toEqual(['__proto__']);
    expect(Object.getOwnPropertyDescriptor(r.requestOverride.header, '__proto__')?.value).toBe('p');
    expect(Object.getPrototypeOf(r.requestOverride.header)).toBe(Object.prototype);
    expect(JSON.parse(JSON.stringify(r))).toEqual(JSON.parse('{"output":"","requestOverride":{"header":{"__proto__":"p"},"querystring":{"constructor":"c"},"path":{}},"responseOverride":{"header":{"hasOwnProperty":"h"}},"errors":[]}'));
  });

  test('context keys such as __proto__ are read as data, and overrides carried in keep them', () => {
    const context = JSON.parse('{"__proto__": {"polluted": "yes"}, "constructor": "c", "requestOverride": {"header": {"__proto__": "carried"}}}');
    const r = renderTemplate('$context.__proto__.polluted|$context.constructor|$context.requestOverride.header.__proto__', { context });
    expect(r.output).toBe('yes|c|carried');
    expect(Object.getOwnPropertyDescriptor(r.requestOverride.header, '__proto__')?.value).toBe('carried');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  test('parameter names such as __proto__ are data', () => {
    const params = JSON.parse('{"path": {"__proto__": "p"}, "querystring": {}, "header": {"constructor": "h"}}');
    expect(renderTemplate("$input.params('__proto__')|$input.params('constructor')|$input.params().path.__proto__", { params }).output).toBe('p|h|p');
  });
});
