import * as fc from 'fast-check';
import { boundedFind, REGEX_MAX_STATES, REGEX_STEP_BUDGET } from '../../src/expressions/bounded-regex';

/** What a successful call gives (ws-integration-response-default matches keys against these). */
const SUCCESS = ['', ...Array.from({ length: 100 }, (_, i) => String(200 + i))];
/** Short strings over an alphabet the patterns below use. */
const inputs = fc.array(fc.stringMatching(/^[a-c0-9 _.-]{0,6}$/), { minLength: 1, maxLength: 5 });

/** Random patterns from the pieces the matcher reads, plus a few it must refuse. */
const piece = fc.constantFrom(
  'a', 'b', 'c', '0', '2', '9', ' ', '_', '-', '.', '\\d', '\\D', '\\w', '\\W', '\\s', '\\S', '\\.', '\\-',
  '[a-c]', '[0-9_]', '[\\d.]', '[-a]', '[b-]', '(', ')', '(?:', '|', '*', '+', '?', '*?', '+?', '{2}', '{1,}', '{0,2}',
  '^', '$', '(?=a)', '\\1', '*+', '[a-b-c]', '\\h', ']', '}', '{',
);
const pattern = fc.array(piece, { maxLength: 12 }).map(ps => ps.join(''));

function jsFinds(p: string, values: readonly string[]): boolean | undefined {
  let re: RegExp;
  try {
    re = new RegExp(p);
  } catch {
    return undefined;
  }
  return values.some(v => re.test(v));
}

describe('boundedFind', () => {
  test('when it decides, it agrees with JavaScript on ASCII input without line terminators', () => {
    fc.assert(fc.property(pattern, inputs, (p, values) => {
      const r = boundedFind(p, values);
      if (r.verdict === 'unknown') return;
      expect(jsFinds(p, values)).toBe(r.verdict === 'match');
    }), { numRuns: 3000 });
  });

  test('it decides the patterns integration response keys are made of', () => {
    expect(boundedFind('2\\d{2}', SUCCESS).verdict).toBe('match');
    expect(boundedFind('4\\d{2}', SUCCESS).verdict).toBe('no-match');
    expect(boundedFind('.*error.*', SUCCESS).verdict).toBe('no-match');
    expect(boundedFind('^$', SUCCESS).verdict).toBe('match');
    expect(boundedFind('[45]\\d\\d', SUCCESS).verdict).toBe('no-match');
    expect(boundedFind('(?:20[0-4]|5\\d\\d)', SUCCESS).verdict).toBe('match');
  });

  test('what Java and JavaScript read differently, or only Java reads, is unknown', () => {
    for (const p of ['5\\d++', '\\h*5', '(?i)ok', '(?=2)', '(a)\\1', '[a-z&&[^e]]', '\\Qa.b\\E', '^*', '[\\d-x]', 'a{2', '\\u0041']) {
      expect([p, boundedFind(p, SUCCESS).verdict]).toEqual([p, 'unknown']);
    }
  });

  test('nested quantified groups that make JavaScript backtrack for seconds are decided in bounded steps', () => {
    for (const depth of [8, 32, 64]) {
      const p = '('.repeat(depth) + '.*' + ')*'.repeat(depth) + 'x';
      const r = boundedFind(p, SUCCESS);
      expect(r.verdict).toBe('no-match');
      // Each position of each value visits each state at most once.
      expect(r.steps).toBeLessThanOrEqual((4 * depth + 4) * 4 * SUCCESS.length);
    }
    const empties = '(|)'.repeat(30) + 'x';
    const r = boundedFind(empties, SUCCESS);
    expect(r.verdict).toBe('no-match');
    expect(r.steps).toBeLessThan(200 * 4 * SUCCESS.length);
  });

  test('past its limits it answers unknown without doing the work', () => {
    expect(boundedFind('((a{100}){100}){100}', SUCCESS)).toEqual({ verdict: 'unknown', steps: 0, reason: 'too-large' });
    expect(boundedFind('('.repeat(1000) + 'a' + ')'.repeat(1000), SUCCESS).reason).toBe('unsupported');
    const big = `a{${REGEX_MAX_STATES / 2 - 10}}`;
    const r = boundedFind(big + 'x', ['a'.repeat(20000)], 1000);
    expect(r).toEqual({ verdict: 'unknown', steps: 1000, reason: 'budget' });
    expect(REGEX_STEP_BUDGET).toBeGreaterThan(0);
  });

  test('any string as a pattern: never throws, steps within the budget', () => {
    fc.assert(fc.property(fc.string({ maxLength: 60 }), p => {
      const r = boundedFind(p, SUCCESS, 50_000);
      expect(r.steps).toBeLessThanOrEqual(50_000);
    }), { numRuns: 2000 });
  });
});
