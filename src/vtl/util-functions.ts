/**
 * `$util` functions. Choices where the sources disagree (spec/vtl-behavior.md §2.7, §4.4) are the constants
 * below: one place to change.
 */

/**
 * commons-lang 2 `StringEscapeUtils.escapeJavaScript`, which AWS's own VTL editor sample uses, also escapes
 * `/` as `\/`; unverified on API Gateway itself.
 */
export const ESCAPE_JS_SLASH = true;
/** commons-lang 2 escapes non-ASCII as `\uXXXX` (upper-case hex); unverified on API Gateway itself. */
export const ESCAPE_JS_NON_ASCII = true;

export class UtilError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UtilError';
  }
}

function hex4(code: number): string {
  return code.toString(16).toUpperCase().padStart(4, '0');
}

/** The escape of one character, or undefined when it stays as it is. */
function escapeOf(ch: number): string | undefined {
  if (ch > 0x7f) return ESCAPE_JS_NON_ASCII ? `\\u${hex4(ch)}` : undefined;
  if (ch < 0x20) {
    switch (ch) {
      case 0x08: return '\\b';
      case 0x0a: return '\\n';
      case 0x09: return '\\t';
      case 0x0c: return '\\f';
      case 0x0d: return '\\r';
      default: return `\\u${hex4(ch)}`;
    }
  }
  switch (ch) {
    case 0x27: return '\\\'';
    case 0x22: return '\\"';
    case 0x5c: return '\\\\';
    case 0x2f: return ESCAPE_JS_SLASH ? '\\/' : undefined;
    default: return undefined;
  }
}

/**
 * Escapes using JavaScript string rules: `'` becomes `\'` (which is not valid JSON). The runs between
 * escapes are copied as slices (one string a character would cost the garbage collector seconds on a
 * 10 MB payload).
 */
export function escapeJavaScript(s: string): string {
  const parts: string[] = [];
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const esc = escapeOf(s.charCodeAt(i));
    if (esc === undefined) continue;
    if (i > start) parts.push(s.slice(start, i));
    parts.push(esc);
    start = i + 1;
  }
  if (start === 0) return s;
  parts.push(s.slice(start));
  return parts.join('');
}

const URL_SAFE = /[A-Za-z0-9.\-*_]/;

/** `java.net.URLEncoder.encode(s, "UTF-8")`: form encoding, a space is `+`. */
export function urlEncode(s: string): string {
  let out = '';
  for (const ch of s) {
    if (ch === ' ') {out += '+';} else if (URL_SAFE.test(ch)) {out += ch;} else {
      for (const b of Buffer.from(toWellFormed(ch), 'utf8')) out += `%${b.toString(16).toUpperCase().padStart(2, '0')}`;
    }
  }
  return out;
}

/** A lone surrogate encodes as `?` in Java's UTF-8 encoder. */
function toWellFormed(ch: string): string {
  const c = ch.charCodeAt(0);
  return ch.length === 1 && c >= 0xd800 && c <= 0xdfff ? '?' : ch;
}

/** `java.net.URLDecoder.decode(s, "UTF-8")`: `+` is a space; a malformed `%` escape is an error. */
export function urlDecode(s: string): string {
  const bytes: number[] = [];
  let out = '';
  const flush = () => {
    if (bytes.length) {
      out += Buffer.from(bytes).toString('utf8');
      bytes.length = 0;
    }
  };
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '%') {
      const h = s.slice(i + 1, i + 3);
      if (!/^[0-9a-fA-F]{2}$/.test(h)) {
        throw new UtilError(`URLDecoder: Illegal hex characters in escape (%) pattern at index ${i}`);
      }
      bytes.push(parseInt(h, 16));
      i += 2;
      continue;
    }
    flush();
    out += c === '+' ? ' ' : c;
  }
  flush();
  return out;
}

export function base64Encode(s: string): string {
  return Buffer.from(s, 'utf8').toString('base64');
}

/** Decodes standard base64 (padding optional) to UTF-8 text; other characters are an error, as in Java. */
export function base64Decode(s: string): string {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(s) || s.replace(/=+$/, '').length % 4 === 1) {
    throw new UtilError('Illegal base64 character or length');
  }
  return Buffer.from(s, 'base64').toString('utf8');
}
