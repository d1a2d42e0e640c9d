import * as fc from 'fast-check';
import { jsonSyntaxProblem } from '../../src/cli/json-syntax';
import { escapeControls, escapeJsonControls, excerpt } from '../../src/cli/terminal-text';

/** Any character a terminal acts on: C0, DEL, C1, line separators, bidirectional controls. */
// eslint-disable-next-line no-control-regex
const RAW_CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

describe('escapeControls', () => {
  test.each([
    ['ESC (a title or clear sequence)', 'a\u001b]0;owned\u0007b', 'a\\x1b]0;owned\\x07b'],
    ['CR and LF inside a value', 'x\r\nforged: error', 'x\\r\\nforged: error'],
    ['a tab', 'a\tb', 'a\\tb'],
    ['NUL and DEL', '\u0000\u007f', '\\x00\\x7f'],
    ['a C1 control (CSI)', '\u009b2J', '\\x9b2J'],
    ['a right-to-left override and a line separator', 'a\u202eb\u2028c', 'a\\u202eb\\u2028c'],
    ['printable text, backslashes and non-ASCII letters', 'C:\\stage é ü 漢', 'C:\\stage é ü 漢'],
  ])('%s', (_name, text, escaped) => {
    expect(escapeControls(text)).toBe(escaped);
  });

  test('keepLines keeps line feeds and tabs, and escapes the rest', () => {
    expect(escapeControls('a\n\tb\r\u001b[2J', { keepLines: true })).toBe('a\n\tb\\r\\x1b[2J');
  });

  test('no control character is left, whatever the input', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), text => !RAW_CONTROL.test(escapeControls(text))));
  });
});

describe('escapeJsonControls', () => {
  test('the JSON stays valid, with the same value, and no raw control character is left', () => {
    fc.assert(fc.property(fc.jsonValue(), fc.string({ unit: 'binary' }), (value, text) => {
      const json = escapeJsonControls(JSON.stringify({ value, text }, null, 2));
      const back = JSON.parse(json) as { value: unknown; text: string };
      expect(back.text).toBe(text);
      expect(back).toEqual(JSON.parse(JSON.stringify({ value, text })));
      // Outside strings, JSON.stringify writes only line feeds and spaces: the indentation.
      return !RAW_CONTROL.test(json.replace(/\n/g, ''));
    }));
  });
});

describe('excerpt', () => {
  test('a short text is kept, a long one elided in the middle, both escaped', () => {
    expect(excerpt('a\u001bb', 10)).toBe('a\\x1bb');
    const long = excerpt('x'.repeat(1000), 20);
    expect(long).toBe(`${'x'.repeat(9)}…${'x'.repeat(10)}`);
  });
});

describe('jsonSyntaxProblem', () => {
  test.each([
    ['{}'], ['[]'], [' 1 '], ['-0.5e+3'], ['"a\\u00e9\\n"'], ['{"a":[1,true,false,null,{"b":"c"}]}'], ['\t\r\n[ ]'],
  ])('valid: %s', text => {
    expect(jsonSyntaxProblem(text)).toBeUndefined();
  });

  test.each<[string, number]>([
    ['', 0],
    ['{"a": x}', 6],
    ['{"a" 1}', 5],
    ['{"a": 1,}', 8],
    ['[1, 2', 5],
    ['[1 2]', 3],
    ['{a: 1}', 1],
    ['"abc', 4],
    ['"a\u0001b"', 2],
    ['"\\x"', 1],
    ['01', 1],
    ['-', 0],
    ['[1]]', 3],
    ['tru', 0],
  ])('invalid: %j breaks at offset %d', (text, offset) => {
    expect(jsonSyntaxProblem(text)?.offset).toBe(offset);
  });

  test('deep nesting is no problem for the scanner (no recursion)', () => {
    expect(jsonSyntaxProblem('['.repeat(200_000) + ']'.repeat(200_000))).toBeUndefined();
    expect(jsonSyntaxProblem('['.repeat(200_000))?.offset).toBe(200_000);
  });

  test('agrees with JSON.parse on valid JSON and on mutations of it', () => {
    const parses = (text: string) => {
      try {
        JSON.parse(text);
        return true;
      } catch {
        return false;
      }
    };
    const mutated = fc.tuple(fc.jsonValue(), fc.nat(), fc.string({ maxLength: 3 }), fc.nat({ max: 3 })).map(([value, at, insert, remove]) => {
      const text = JSON.stringify(value);
      const i = text.length ? at % text.length : 0;
      return text.slice(0, i) + insert + text.slice(i + remove);
    });
    fc.assert(fc.property(fc.oneof(fc.json(), mutated, fc.string()), text => {
      expect(jsonSyntaxProblem(text) === undefined).toBe(parses(text));
    }), { numRuns: 2000 });
  });
});
