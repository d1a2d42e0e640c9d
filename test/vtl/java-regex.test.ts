import * as fc from 'fast-check';
import { Budget, withBudget } from '../../src/vtl/budget';
import { JavaRegexError, javaMatches, javaReplaceAll, javaReplaceFirst, javaSplit } from '../../src/vtl/java-regex';
import { compileJavaRegex } from '../../src/vtl/regex/program';
import { execute, MAX_BACKTRACK_STEPS } from '../../src/vtl/regex/run';

/** Java's results, as java.util.regex gives them (String.matches / replaceAll / replaceFirst / split). */
describe('Java semantics', () => {
  test.each<[string, string, boolean]>([
    ['abc', 'abc', true],
    ['abc', 'ab', false], // matches() is a whole-string match
    ['abc', 'a.c', true],
    ['a\nc', 'a.c', false],
    ['a\nc', '(?s)a.c', true],
    ['ABC', '(?i)abc', true],
    ['aBC', 'a(?i)bc', true],
    ['ABC', 'a(?i)bc', false],
    ['aaa', 'a*+a', false], // possessive: gives nothing back
    ['aaa', '(?>a*)a', false], // atomic group
    ['aaa', 'a*a', true],
    ['abab', '(ab)\\1', true],
    ['abcd', '(?<x>ab)cd', true],
    ['abab', '(?<x>ab)\\k<x>', true],
    ['a.b', '\\Qa.b\\E', true],
    ['axb', '\\Qa.b\\E', false],
    ['e', '[a-z&&[^e]]', false],
    ['d', '[a-z&&[^e]]', true],
    ['x', '[ab[xy]]', true],
    ['Ab', '\\p{Upper}\\p{Lower}', true],
    ['é', '\\p{L}', true],
    ['\t', '\\h', true],
    ['foobar', 'foo(?=bar).*', true],
    ['foobaz', 'foo(?!bar).*', true],
    ['xbar', '.(?<=x)bar', true],
    ['ybar', '.(?<!x)bar', true],
    ['a]', '[]a]+', true],
    ['😀', '.', true], // one code point
    ['ab', 'a{1,2}b{1}', true],
    ['aaab', 'a{1,2}b', false],
    ['', 'a*', true],
    ['a b', 'a\\ b', true],
    ['ab', '(?x) a  b # comment', true],
  ])('"%s".matches("%s") is %s', (s, p, expected) => {
    expect(javaMatches(s, p)).toBe(expected);
  });

  test.each<[string, string, string, string]>([
    ['a1b22', '(\\d+)', '<$1>', 'a<1>b<22>'],
    ['abc', 'b*', '-', '-a--c-'],
    ['it\\\'s', "\\\\'", "'", "it's"], // the escapeJavaScript idiom: replaceAll("\\'", "'")
    ['2024-01-02', '(?<y>\\d+)-(?<m>\\d+)-(?<d>\\d+)', '${d}/${m}/${y}', '02/01/2024'],
    ['a.b.c', '\\.', '\\$', 'a$b$c'],
    ['aaa', 'a', '$0$0', 'aaaaaa'],
    ['abc', 'x', 'y', 'abc'],
    ['line\nend\n', '$', '!', 'line\nend!\n!'],
  ])('"%s".replaceAll("%s", "%s") is "%s"', (s, p, r, expected) => {
    expect(javaReplaceAll(s, p, r)).toBe(expected);
  });

  test('replaceFirst replaces one match', () => {
    expect(javaReplaceFirst('a1b2', '\\d', '#')).toBe('a#b2');
  });

  test.each<[string, string, number, string[]]>([
    ['a,b,,', ',', 0, ['a', 'b']],
    ['a,b,,', ',', -1, ['a', 'b', '', '']],
    ['a,b,c', ',', 2, ['a', 'b,c']],
    [',a', ',', 0, ['', 'a']],
    ['abc', '', 0, ['a', 'b', 'c']],
    ['', ',', 0, ['']],
    [',', ',', 0, []],
    ['a1b22c', '\\d+', 0, ['a', 'b', 'c']],
    ['boo:and:foo', 'o', 0, ['b', '', ':and:f']],
  ])('"%s".split("%s", %d)', (s, p, limit, expected) => {
    expect(javaSplit(s, p, limit)).toEqual(expected);
  });

  test.each([
    '(', 'a)', '*a', 'a{', '[a', '\\', 'a{2,1}', '\\y', '(?<1a>x)', '(?<a>x)(?<a>y)', '\\k<nope>', '(?<=a*)b', '\\p{Nope}', '[b-a]',
  ])('Pattern.compile("%s") throws PatternSyntaxException', p => {
    expect(() => compileJavaRegex(p)).toThrow(JavaRegexError);
  });

  test.each([
    ['$2', '(a)'], ['${nope}', '(a)'], ['$', 'a'], ['\\', 'a'], ['$x', 'a'],
  ])('replacement "%s" with pattern "%s" is refused as Java refuses it', (r, p) => {
    expect(() => javaReplaceAll('a', p, r)).toThrow(JavaRegexError);
  });
});

describe('no pattern runs away', () => {
  const run = (f: () => unknown, limits = {}) => {
    const budget = new Budget(limits);
    let error: unknown;
    try {
      withBudget(budget, f);
    } catch (e) {
      error = e;
    }
    return { budget, error };
  };

  test.each(['(a+)+b', '(a|aa)+b', '(a*)*b', '(a|a)*b', '(.*a){12}b', '^(\\w+\\s?)*$'])('%s on 40 and 400 characters: linear work', p => {
    const small = run(() => javaMatches(`${'a'.repeat(40)}!`, p));
    const large = run(() => javaMatches(`${'a'.repeat(400)}!`, p));
    expect(small.error).toBeUndefined();
    expect(large.error).toBeUndefined();
    // Ten times the input costs at most eleven times the work (plus the fixed cost of a call).
    expect(large.budget.work).toBeLessThanOrEqual(11 * small.budget.work + 5000);
  });

  test('the same pattern in replaceAll and split stays linear', () => {
    const r = run(() => {
      javaReplaceAll('a'.repeat(40), '(a|aa)+c', 'x');
      javaSplit('a'.repeat(40), '(a*)*b');
    });
    expect(r.error).toBeUndefined();
    expect(r.budget.work).toBeLessThan(25_000);
  });

  test('a back reference that backtracks exponentially stops at the step budget with a clear error', () => {
    const r = run(() => javaMatches('a'.repeat(40), '(a+)+\\1b'));
    expect(String(r.error)).toMatch(/backtracking budget of 1000000 steps/);
    // Each step counts 12, and each saved alternative the capture slots it copies.
    expect(r.budget.work).toBeLessThanOrEqual(MAX_BACKTRACK_STEPS * 14 + 12 * 1024);
  });

  test('a look-ahead that backtracks exponentially stops too', () => {
    expect(String(run(() => javaMatches('a'.repeat(40), '(?=(a+)+b).*')).error)).toMatch(/backtracking budget/);
  });

  test('a huge counted repetition is refused, not expanded', () => {
    expect(String(run(() => compileJavaRegex('(a{1000}){1000}')).error)).toMatch(/too large/);
  });

  test('the render budget stops a linear search over a large input', () => {
    const r = run(() => javaMatches('ab'.repeat(100_000), '(a|b)*c'), { work: 100_000 });
    expect(String(r.error)).toMatch(/work budget of 100,000/);
  });
});

/**
 * Differential check: on the syntax Java and JavaScript share (no empty loops, no newlines), both engines
 * are leftmost-first backtracking engines, so the first match and its groups must agree with RegExp's.
 */
describe('property: the engine finds what a backtracking engine finds', () => {
  const atom = fc.constantFrom('a', 'b', '.', '[ab]', '[^a]', '\\d', 'c', '\\w');
  // Groups inside a repeated group capture nothing here: JavaScript clears them at each iteration, where
  // Java keeps the last value they took; and a repeated group never matches empty (JavaScript rejects an
  // empty iteration, Java keeps it).
  const grammar = (capturing: boolean) => (tie: (key: string) => fc.Arbitrary<unknown>) => {
    const self = tie(capturing ? 'p' : 'plain') as fc.Arbitrary<string>;
    const plain = tie('plain') as fc.Arbitrary<string>;
    return fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      atom,
      fc.tuple(self, self).map(([x, y]) => x + y),
      fc.tuple(self, self).map(([x, y]) => `${x}|${y}`),
      self.map(x => (capturing ? `(${x})` : `(?:${x})`)),
      self.map(x => `(?:${x})`),
      fc.tuple(atom, fc.constantFrom('*', '+', '?', '*?', '+?', '??', '{1,2}', '{2}')).map(([x, q]) => x + q),
      fc.tuple(plain, atom, fc.constantFrom('?', '??', '*', '+?')).map(([x, a, q]) => `${capturing ? '(' : '(?:'}(?:${x})${a})${q}`),
    );
  };
  const pattern = fc.letrec(tie => ({ p: grammar(true)(tie), plain: grammar(false)(tie) })).p as fc.Arbitrary<string>;
  const subject = fc.string({ unit: fc.constantFrom('a', 'b', 'c', '1', '_'), maxLength: 12 });

  test('find: same bounds and groups as RegExp', () => {
    fc.assert(fc.property(pattern, subject, (p, s) => {
      const js = new RegExp(p).exec(s);
      const prog = compileJavaRegex(p);
      const caps = execute(prog, s, 0, false);
      if (!js) {
        expect(caps).toBeNull();
        return;
      }
      expect(caps).not.toBeNull();
      const ours: Array<string | undefined> = [];
      for (let g = 0; g <= prog.groups; g++) ours.push(caps![2 * g] < 0 ? undefined : s.slice(caps![2 * g], caps![2 * g + 1]));
      expect(caps![0]).toBe(js.index);
      expect(ours).toEqual([...js]);
    }), { numRuns: Number(process.env.REGEX_RUNS ?? 1500) });
  });

  test('matches: same answer as a whole-string RegExp', () => {
    fc.assert(fc.property(pattern, subject, (p, s) => {
      expect(javaMatches(s, p)).toBe(new RegExp(`^(?:${p})$`).test(s));
    }), { numRuns: 1500 });
  });

  test('random pattern text: a program or PatternSyntaxException, never another error; running it stays in budget', () => {
    const text = fc.array(fc.constantFrom('a', 'b', '(', ')', '[', ']', '*', '+', '?', '{', '}', ',', '1', '2', '|', '\\', '^', '$', '.', '-', '&', '?:', '?=', '?<', '?!', '\\1', '\\Q', '\\E', '\\p{L}', '(?i)', 'x'), { maxLength: 16 }).map(a => a.join(''));
    fc.assert(fc.property(text, subject, (p, s) => {
      let prog;
      try {
        prog = compileJavaRegex(p);
      } catch (e) {
        if (e instanceof JavaRegexError) return;
        throw e;
      }
      const budget = new Budget({ work: 5_000_000 });
      withBudget(budget, () => {
        execute(prog, s, 0, false);
        execute(prog, s, 0, true);
      });
      expect(budget.work).toBeLessThanOrEqual(budget.maxWork);
    }), { numRuns: 1500 });
  });
});
