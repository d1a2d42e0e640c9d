import * as fc from 'fast-check';
import {
  basePathProblem, domainNameArnProblem, domainNameProblem, headerGlobProblem, headerNameProblem, mappingKeyProblem, mappingKeyShapeProblem,
  priorityProblem, truststoreUriProblem,
} from '../../src/rules/domain/checks';

const GLOB_CHARS = "abcXYZ019?-!#$%&'.^_`|~".split('');
const KEY_CHARS = "abcXYZ019$-_.+!*'()".split('');
const word = (chars: string[], max: number) => fc.array(fc.constantFrom(...chars), { minLength: 1, maxLength: max }).map(a => a.join(''));

describe('domain checks over random input', () => {
  test('never throw, and answer a message or nothing', () => {
    const checks = [
      basePathProblem, domainNameArnProblem, domainNameProblem, headerGlobProblem, headerNameProblem, truststoreUriProblem,
      (s: string) => mappingKeyProblem(s, false), (s: string) => mappingKeyProblem(s, true),
    ];
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 600 }), s => {
      for (const check of checks) {
        const problem = check(s);
        expect(problem === undefined || (typeof problem === 'string' && problem.length > 10)).toBe(true);
      }
    }));
    fc.assert(fc.property(fc.double(), n => {
      const problem = priorityProblem(n);
      expect(problem === undefined).toBe(Number.isInteger(n) && n >= 1 && n <= 1_000_000);
    }));
  });

  test('prefix, suffix and short infix globs of allowed characters are accepted; a wildcard inside is not', () => {
    fc.assert(fc.property(word(GLOB_CHARS, 30), word(GLOB_CHARS, 30), (a, b) => {
      expect(headerGlobProblem(`${a}*`)).toBeUndefined();
      expect(headerGlobProblem(`*${a}`)).toBeUndefined();
      if (a.length <= 38) expect(headerGlobProblem(`*${a}*`)).toBeUndefined();
      expect(headerGlobProblem(`${a}*${b}`)).toBeDefined();
      expect(headerGlobProblem(`*${a}*${b}`)).toBeDefined();
    }));
  });

  test('multi-level keys of allowed levels are accepted for HTTP and rejected for WebSocket', () => {
    fc.assert(fc.property(fc.array(word(KEY_CHARS, 20), { minLength: 2, maxLength: 5 }), levels => {
      const key = levels.join('/');
      expect(mappingKeyProblem(key, false)).toBeUndefined();
      expect(mappingKeyProblem(key, true)).toBeDefined();
      expect(mappingKeyShapeProblem(key, false)).toBeUndefined();
      expect(mappingKeyShapeProblem(`/${key}`, false)).toBeDefined();
      expect(mappingKeyShapeProblem(levels.join('//'), false)).toBeDefined();
    }));
  });
});
