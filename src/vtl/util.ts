/** `$util`: the six documented functions; anything else (or a wrong argument count) gives null. */
import { built, work } from './budget';
import { EvaluationError } from './errors';
import { JsonSyntaxError, parseJson } from './json';
import { base64Decode, base64Encode, escapeJavaScript, urlDecode, urlEncode, UtilError } from './util-functions';
import { javaToString, Value } from './values';

/** The `$util` functions and how many arguments each takes (also used by the static checks). */
export const UTIL_FUNCTIONS: Readonly<Record<string, number>> = {
  escapeJavaScript: 1,
  parseJson: 1,
  urlEncode: 1,
  urlDecode: 1,
  base64Encode: 1,
  base64Decode: 1,
};

function result(s: string): string {
  built(s.length);
  return s;
}

export function callUtil(name: string, args: Value[]): Value {
  if (!Object.prototype.hasOwnProperty.call(UTIL_FUNCTIONS, name) || UTIL_FUNCTIONS[name] !== args.length) return null;
  const a = args[0];
  // A null argument gives empty text (documented for escapeJavaScript; assumed for the others).
  if (a === null) return '';
  const s = javaToString(a);
  // Each function scans its argument and builds a new value (parseJson: about as large as its text).
  work(s.length);
  try {
    switch (name) {
      case 'escapeJavaScript': return result(escapeJavaScript(s));
      case 'urlEncode': return result(urlEncode(s));
      case 'urlDecode': return result(urlDecode(s));
      case 'base64Encode': return result(base64Encode(s));
      case 'base64Decode': return result(base64Decode(s));
      case 'parseJson':
        built(s.length);
        return parseJson(s);
      default: return null;
    }
  } catch (e) {
    if (e instanceof JsonSyntaxError) throw new EvaluationError(`$util.parseJson: invalid JSON (${e.message})`);
    if (e instanceof UtilError) throw new EvaluationError(`$util.${name}: ${e.message}`);
    throw e;
  }
}
