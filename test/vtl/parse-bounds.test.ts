/**
 * The parser on large and hostile templates: nesting past MAX_NESTING is a `template-syntax` finding at the
 * construct that goes one level too deep, never a stack overflow; a template at the limit still parses,
 * and the analyzer and the evaluator walk it; the first syntax error of a large template is reported with
 * its exact position. Sizes and counts only: bench/hostile-parse.ts measures the time.
 */
import { analyzeTemplate } from '../../src/vtl/analyze';
import { renderTemplate } from '../../src/vtl/evaluate';
import { MAX_NESTING, parseTemplate } from '../../src/vtl/parse';

const problem = (t: string) => {
  const r = parseTemplate(t);
  if (r.ok) throw new Error('expected a problem');
  expect(r.problems).toHaveLength(1);
  return r.problems[0];
};

/** 1-based column of the `n`th (1-based) occurrence of `needle` in one-line `text`. */
const columnOf = (text: string, needle: string, n: number) => {
  let at = -1;
  for (let i = 0; i < n; i++) at = text.indexOf(needle, at + 1);
  return at + 1;
};

const DEEP = 20_000;

describe('nesting past MAX_NESTING is a syntax problem at the construct one level too deep', () => {
  test('the limit is named and small enough for recursive walks', () => {
    expect(MAX_NESTING).toBe(100);
  });

  test.each([
    ['#if', '#if($a)'.repeat(DEEP) + '#end'.repeat(DEEP), '#if', 'blocks'],
    ['#foreach', '#foreach($i in $l)'.repeat(DEEP) + '#end'.repeat(DEEP), '#foreach', 'blocks'],
    ['#macro and #define', '#macro(m)#define($d)'.repeat(DEEP) + '#end'.repeat(2 * DEEP), '#', 'blocks'],
    ['parentheses', `#set($x = ${'('.repeat(DEEP)}1${')'.repeat(DEEP)})`, '(', 'expressions'],
    ['lists', `#set($x = ${'['.repeat(DEEP)}${']'.repeat(DEEP)})`, '[', 'expressions'],
    ['maps', `#set($x = ${'{"k": '.repeat(DEEP)}1${'}'.repeat(DEEP)})`, '{', 'expressions'],
    ['method arguments', `$a${'.b($a'.repeat(DEEP)}${')'.repeat(DEEP)}`, '(', 'expressions'],
    ['indexes', `$a${'[$a'.repeat(DEEP)}${']'.repeat(DEEP)}`, '[', 'expressions'],
    ['negations', `#if(${'!'.repeat(DEEP)}$a)#end`, '!', 'expressions'],
    ['a chain of operators', `#set($x = 1${' + 1'.repeat(DEEP)})`, '+', 'expressions'],
  ])('%s', (_name, text, opener, what) => {
    // The first opener is the directive's own `(` for parentheses and method arguments, which does not count.
    const skip = text.startsWith('#set(') && opener === '(' ? 1 : 0;
    const p = problem(text);
    expect(p.message).toBe(`${what} nested deeper than ${MAX_NESTING} levels`);
    expect(p).toMatchObject({ line: 1, column: columnOf(text, opener, MAX_NESTING + 1 + skip) });
    const [issue] = analyzeTemplate(text);
    expect(issue).toMatchObject({ rule: 'template-syntax', line: 1, column: p.column });
    expect(renderTemplate(text).errors).toEqual([`line 1, column ${p.column}: ${p.message}`]);
  });

  test('blocks and expressions at the limit parse, analyze and render', () => {
    const blocks = '#if($a)'.repeat(MAX_NESTING) + 'x' + '#end'.repeat(MAX_NESTING);
    const parens = `#set($x = ${'('.repeat(MAX_NESTING)}1${')'.repeat(MAX_NESTING)})$x`;
    const chain = `#set($x = 1${' + 1'.repeat(MAX_NESTING)})$x`;
    for (const text of [blocks, parens, chain]) expect(parseTemplate(text).ok).toBe(true);
    expect(analyzeTemplate(blocks)).toEqual([]);
    expect(renderTemplate(blocks).errors).toEqual([]);
    expect(renderTemplate(parens).output).toBe('1');
    expect(renderTemplate(chain).output).toBe(String(MAX_NESTING + 1));
  });

  test('one level more than the limit is a problem', () => {
    const blocks = '#if($a)'.repeat(MAX_NESTING + 1) + '#end'.repeat(MAX_NESTING + 1);
    expect(problem(blocks)).toMatchObject({ line: 1, column: 7 * MAX_NESTING + 1 });
  });

  test('a long flat template is not deep: 20,000 sibling blocks parse', () => {
    const r = parseTemplate('#if($a)x#end'.repeat(DEEP));
    expect(r.ok && r.template.nodes.length).toBe(DEEP);
  });
});

describe('large templates: the first syntax error, with its exact position', () => {
  const group = (i: number) => `  "f${i}": "$util.escapeJavaScript($input.path('$.d.f${i}'))",\n  #set($v${i} = $input.path('$.v[${i}]'))\n`;
  const large = Array.from({ length: 5000 }, (_, i) => group(i)).join('');

  test('a 300 KB template with an error on its last line', () => {
    expect(large.length).toBeGreaterThan(300_000);
    const lines = large.split('\n').length;
    expect(problem(`${large}#set($a = )`)).toMatchObject({ line: lines, column: 11 });
  });

  test('the first of several errors is reported', () => {
    const text = `${group(0)}#set($a = )\n${large}#if(`;
    expect(problem(text)).toMatchObject({ line: 3, column: 11 });
  });

  test('an error after many repetitions of the text before it (the old locator searched for that text)', () => {
    const text = `${'$util.escapeJavaScript('.repeat(3)}#set`;
    expect(problem(text)).toMatchObject({ line: 1, column: 3 * '$util.escapeJavaScript('.length });
  });

  test('a large legal template parses into one node per statement', () => {
    const r = parseTemplate(large);
    expect(r.ok && r.template.nodes.filter(n => n.kind === 'set')).toHaveLength(5000);
  });
});

describe('text the lexer once scanned again and again', () => {
  // Before, each of these took from 4 s to over 100 s at 300 KB (a run of backslashes rescanned from each start;
  // an unclosed `#*` or `#[[` searched to the end once per opener). A regression makes jest's timeout fail them.
  test.each([
    ['300,000 backslashes before a reference', `${'\\'.repeat(300_000)}x$a`, true],
    ['100,000 unclosed comments', '#*a'.repeat(100_000), true],
    ['100,000 unclosed raw blocks', '#[['.repeat(100_000), true],
  ])('%s', (_name, text, ok) => {
    expect(parseTemplate(text).ok).toBe(ok);
  });

  test('a closed comment and raw block after unclosed ones are still read', () => {
    const parsed = parseTemplate('#*a #*b*# $x #[[c #[[$y]]#');
    expect(parsed.ok).toBe(true);
  });
});
