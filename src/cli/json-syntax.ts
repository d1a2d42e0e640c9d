/**
 * Where JSON text first breaks the grammar (RFC 8259), and why. JSON.parse says whether text parses, but
 * Node's message quotes the text (its first bytes, often, and no position): the CLI reports this position
 * instead, with an excerpt it escapes and bounds itself. One pass, no recursion: any depth, linear time.
 */
export interface JsonSyntaxProblem {
  /** Offset (UTF-16 code units) of the first character that cannot be there; the text's length at its end. */
  readonly offset: number;
  readonly reason: string;
}

type Expected = 'value' | 'value-or-]' | 'key' | 'key-or-}' | 'colon' | 'comma-or-close' | 'end';

const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
const STRING_ESCAPE = /["\\/bfnrt]|u[0-9a-fA-F]{4}/y;

/** The first syntax problem of `text`, or undefined when it is one valid JSON value. */
export function jsonSyntaxProblem(text: string): JsonSyntaxProblem | undefined {
  const closers: string[] = [];
  let expected = 'value' as Expected;
  let i = 0;
  const problem = (reason: string, offset = i): JsonSyntaxProblem => ({ offset, reason });
  const afterValue = () => { expected = closers.length ? 'comma-or-close' : 'end'; };

  /** Moves past the string starting at `i`; returns a problem if it is not one. */
  const string = (): JsonSyntaxProblem | undefined => {
    for (i++; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x22) { i++; return undefined; }
      if (c < 0x20) return problem('a control character must be escaped inside a string');
      if (c === 0x5c) {
        STRING_ESCAPE.lastIndex = i + 1;
        if (!STRING_ESCAPE.test(text)) return problem('invalid escape in a string');
        i = STRING_ESCAPE.lastIndex - 1;
      }
    }
    return problem('unterminated string');
  };

  for (;;) {
    while (i < text.length && ' \t\n\r'.includes(text[i])) i++;
    if (i >= text.length) return expected === 'end' ? undefined : problem('unexpected end of input');
    const c = text[i];
    switch (expected) {
      case 'end':
        return problem('unexpected text after the JSON value');
      case 'colon':
        if (c !== ':') return problem("expected ':' after a property name");
        i++;
        expected = 'value';
        break;
      case 'comma-or-close': {
        const closer = closers[closers.length - 1];
        if (c === ',') {
          i++;
          expected = closer === '}' ? 'key' : 'value';
        } else if (c === closer) {
          i++;
          closers.pop();
          afterValue();
        } else {
          return problem(`expected ',' or '${closer}'`);
        }
        break;
      }
      case 'key':
      case 'key-or-}':
        if (c === '}' && expected === 'key-or-}') {
          i++;
          closers.pop();
          afterValue();
          break;
        }
        if (c !== '"') return problem('expected a property name in double quotes');
        {
          const bad = string();
          if (bad) return bad;
        }
        expected = 'colon';
        break;
      default: // a value
        if (c === ']' && expected === 'value-or-]') {
          i++;
          closers.pop();
          afterValue();
        } else if (c === '{' || c === '[') {
          i++;
          closers.push(c === '{' ? '}' : ']');
          expected = c === '{' ? 'key-or-}' : 'value-or-]';
        } else if (c === '"') {
          const bad = string();
          if (bad) return bad;
          afterValue();
        } else if (text.startsWith('true', i) || text.startsWith('null', i)) {
          i += 4;
          afterValue();
        } else if (text.startsWith('false', i)) {
          i += 5;
          afterValue();
        } else {
          NUMBER.lastIndex = i;
          if (!NUMBER.test(text)) return problem('unexpected character, expected a value');
          i = NUMBER.lastIndex;
          afterValue();
        }
    }
  }
}
