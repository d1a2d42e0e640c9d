// js-yaml is built into lib/bundle.js at compile time (see .projenrc.ts), so the package does not depend on it.
// eslint-disable-next-line import/no-extraneous-dependencies
import { FAILSAFE_SCHEMA, load, Type } from 'js-yaml';
import { javaDoubleText, SHORT_FORMS } from './cfn-yaml-tags';

/**
 * The fast path of the YAML reader: js-yaml reads an ordinary template about five times faster than the
 * `yaml` package, whose parse gives positions, duplicate keys and unknown tags exactly. This reader gives the
 * value only, for the documents on which both readers are known to agree, and says `undefined` (read it the
 * exact way) on anything else: a syntax error, a duplicate key, a tag it does not know, an alias, a directive,
 * nesting past js-yaml's depth limit, more than one document. test/cli/cfn-yaml-fast.test.ts checks the
 * agreement on the corpus and on generated documents.
 */

/**
 * YAML 1.2 core schema resolution of a plain scalar (YAML 1.2.2, section 10.3.2), as the exact reader resolves
 * it: null, booleans, integers in base 10, 8 (`0o`) and 16 (`0x`), floats as CloudFormation's Java text.
 */
const NULL = /^(?:~|null|Null|NULL)?$/;
const BOOL = /^(?:true|True|TRUE|false|False|FALSE)$/;
const INT_DEC = /^[-+]?[0-9]+$/;
const INT_OCT = /^0o[0-7]+$/;
const INT_HEX = /^0x[0-9a-fA-F]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;
const INFINITY = /^[-+]?\.(?:inf|Inf|INF)$/;
const NAN = /^\.(?:nan|NaN|NAN)$/;

function plainScalar(name: string, test: RegExp, construct: (text: string) => unknown): Type {
  return new Type(`tag:yaml.org,2002:${name}`, {
    kind: 'scalar',
    resolve: (text: string | null) => text !== null && test.test(text),
    construct: (text: string) => construct(text),
  });
}

function floatOf(text: string): number {
  if (NAN.test(text)) return NaN;
  if (INFINITY.test(text)) return text.startsWith('-') ? -Infinity : Infinity;
  return Number(text);
}

const IMPLICIT = [
  new Type('tag:yaml.org,2002:null', {
    kind: 'scalar',
    resolve: (text: string | null) => text === null || NULL.test(text),
    construct: () => null,
  }),
  plainScalar('bool', BOOL, text => text[0] === 't' || text[0] === 'T'),
  // One type per tag: js-yaml keeps only the last type given for a tag.
  plainScalar('int', { test: (text: string) => INT_DEC.test(text) || INT_OCT.test(text) || INT_HEX.test(text) } as RegExp,
    text => (text[1] === 'o' ? parseInt(text.slice(2), 8) : text[1] === 'x' ? parseInt(text.slice(2), 16) : Number(text))),
  plainScalar('float', { test: (text: string) => FLOAT.test(text) || INFINITY.test(text) || NAN.test(text) } as RegExp,
    text => javaDoubleText(floatOf(text))),
];

function shortForm(name: string, key: string): Type[] {
  const tag = `!${name}`;
  const scalar = new Type(tag, {
    kind: 'scalar',
    // An empty value under a tag (`!Ref`) is the empty text, as the exact reader gives it.
    construct: name === 'GetAtt'
      ? (text: string | null) => {
        const value = text ?? '';
        const dot = value.indexOf('.');
        return { [key]: dot < 0 ? [value] : [value.slice(0, dot), value.slice(dot + 1)] };
      }
      : (text: string | null) => ({ [key]: text ?? '' }),
  });
  // An empty node under the tag reaches js-yaml's last type for it, this one, as null.
  const wrap = (value: unknown) => ({ [key]: value ?? '' });
  return [scalar, new Type(tag, { kind: 'sequence', construct: wrap }), new Type(tag, { kind: 'mapping', construct: wrap })];
}

const SCHEMA = FAILSAFE_SCHEMA.extend({
  implicit: IMPLICIT,
  explicit: Object.entries(SHORT_FORMS).flatMap(([name, key]) => shortForm(name, key)),
});

/**
 * Text that may hold an alias (`*name` after a space, a flow indicator or a line start) or a directive: such a
 * document is read the exact way, which bounds aliases (js-yaml shares the aliased object, and a shared object
 * can stand for exponentially many values once walked) and honours `%YAML 1.1`; so is a tab in a line's
 * indentation, or a `#` right after a quoted scalar or a flow collection (YAML wants a space before a comment),
 * where the two readers differ on what YAML allows. A false match only costs time.
 */
const NEEDS_EXACT_READER = /(?:^|[\s,[{:])\*[^\s,[\]{}]|^%|^[ -]*\t|["'\]}]#/m;


/**
 * Whether a mapping has a key that js-yaml may have written differently from the exact reader: "null" (a null
 * key, `~: x`, which the exact reader makes ""), or a key made from a collection (`[a, b]: x` is "a,b" here,
 * `{a: 1}: x` is "[object Object]", where the exact reader writes the collection's YAML text).
 * A stack, not recursion: the value is as deep as js-yaml's depth limit allows.
 */
function hasKeyReadDifferently(root: unknown): boolean {
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const value = stack.pop();
    if (Array.isArray(value)) {
      // One by one: spreading a list of some 100,000 items into push's arguments overflows the stack.
      for (const item of value) stack.push(item);
    } else if (value !== null && typeof value === 'object') {
      for (const key in value) {
        if (key === 'null' || key.includes(',') || key === '[object Object]') return true;
        stack.push((value as Record<string, unknown>)[key]);
      }
    }
  }
  return false;
}

/** The template's value, or undefined when it must be read by the exact reader. */
export function readCfnYamlFast(text: string): { value: unknown } | undefined {
  if (NEEDS_EXACT_READER.test(text)) return undefined;
  try {
    // A document with an anchor is declined whatever the text around its aliases looks like (`{"k":*a}` has no
    // space before `*`): the pattern above is only the cheap first test. js-yaml shares an aliased object, so
    // loading is cheap; walking it (below, and in the model) is what an alias bomb makes long.
    let anchored = false;
    const listener = (_event: string, state: { anchor?: string | null }) => {
      if (state.anchor !== undefined && state.anchor !== null) anchored = true;
    };
    const value = load(text, { schema: SCHEMA, listener: listener as never });
    return anchored || value === undefined || hasKeyReadDifferently(value) ? undefined : { value };
  } catch {
    // Every js-yaml error (a syntax error, a duplicate key, an unknown tag, depth) is decided by the exact reader.
    return undefined;
  }
}
