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

/** Escapes using JavaScript string rules: `'` becomes `\'` (which is not valid JSON). */
export function escapeJavaScript(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    if (ch > 0x7f) {
      out += ESCAPE_JS_NON_ASCII ? `\\u${hex4(ch)}` : s[i];
      continue;
    }
    if (ch < 0x20) {
      switch (ch) {
        case 0x08: out += '\\b'; break;
        case 0x0a: out += '\\n'; break;
        case 0x09: out += '\\t'; break;
        case 0x0c: out += '\\f'; break;
        case 0x0d: out += '\\r'; break;
        default: out += `\\u${hex4(ch)}`;
      }
      continue;
    }
    switch (s[i]) {
      case '\'': out += '\\\''; break;
      case '"': out += '\\"'; break;
      case '\\': out += '\\\\'; break;
      case '/': out += ESCAPE_JS_SLASH ? '\\/' : '/'; break;
      default: out += s[i];
    }
  }
  return out;
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
