/**
 * Java regular expressions (java.util.regex) on JavaScript's engine, for `replaceAll`, `replaceFirst`,
 * `matches` and `split`. The translation covers what templates use: `\Q..\E`, `\A`/`\z`/`\Z`, `\h`, `\R`,
 * POSIX `\p{Alpha}`-style classes, possessive quantifiers and atomic groups (read as greedy / plain groups),
 * a leading `(?i)`-style flag group, and Java's replacement syntax (`$1`, `${name}`, `\$`).
 * What cannot be translated raises `JavaRegexError`, which the evaluator turns into a run-time error, as a
 * `PatternSyntaxException` is in Java.
 */

export class JavaRegexError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'JavaRegexError';
  }
}

const POSIX: Record<string, string> = {
  Lower: 'a-z',
  Upper: 'A-Z',
  ASCII: '\\x00-\\x7F',
  Alpha: 'a-zA-Z',
  Digit: '0-9',
  Alnum: 'a-zA-Z0-9',
  Punct: '!-\\/:-@\\[-`{-~',
  Graph: '!-~',
  Print: ' -~',
  Blank: ' \\t',
  Cntrl: '\\x00-\\x1F\\x7F',
  XDigit: '0-9a-fA-F',
  Space: ' \\t\\n\\x0B\\f\\r',
  javaLowerCase: 'a-z',
  javaUpperCase: 'A-Z',
  javaWhitespace: ' \\t\\n\\x0B\\f\\r\\x1C-\\x1F',
  L: 'a-zA-Z\\u00C0-\\u024F',
  IsAlphabetic: 'a-zA-Z\\u00C0-\\u024F',
  IsLetter: 'a-zA-Z\\u00C0-\\u024F',
  IsDigit: '0-9',
  N: '0-9',
  Nd: '0-9',
  Lu: 'A-Z',
  Ll: 'a-z',
};
const H_CLASS = ' \\t\\xA0\\u1680\\u180e\\u2000-\\u200a\\u202f\\u205f\\u3000';

const cache = new Map<string, { source: string; flags: string }>();

function escapeLiteral(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/-]/g, c => `\\${c}`);
}

/** Translates a Java pattern to a JavaScript source and flags. */
export function translateJavaRegex(pattern: string): { source: string; flags: string } {
  const hit = cache.get(pattern);
  if (hit) return hit;
  let flags = '';
  let i = 0;
  const lead = /^\(\?([imsux]+)\)/.exec(pattern);
  if (lead) {
    for (const f of lead[1]) if ((f === 'i' || f === 'm' || f === 's') && !flags.includes(f)) flags += f;
    i = lead[0].length;
  }
  let out = '';
  let inClass = 0;
  const n = pattern.length;
  while (i < n) {
    const c = pattern[i];
    if (c === '\\') {
      const d = pattern[i + 1];
      if (d === undefined) throw new JavaRegexError(`unexpected internal error near index ${i}: trailing backslash`);
      if (d === 'Q') {
        const end = pattern.indexOf('\\E', i + 2);
        const lit = pattern.slice(i + 2, end === -1 ? n : end);
        out += escapeLiteral(lit);
        i = end === -1 ? n : end + 2;
        continue;
      }
      if (d === 'A') { out += '^'; i += 2; continue; }
      if (d === 'z') { out += '$(?![\\s\\S])'; i += 2; continue; }
      if (d === 'Z') { out += '(?=\\n?$(?![\\s\\S]))'; i += 2; continue; }
      if (d === 'h') { out += inClass ? H_CLASS : `[${H_CLASS}]`; i += 2; continue; }
      if (d === 'H') { out += `[^${H_CLASS}]`; i += 2; continue; }
      if (d === 'R') { out += '(?:\\r\\n|[\\n\\x0B\\f\\r\\x85\\u2028\\u2029])'; i += 2; continue; }
      if (d === 'e') { out += '\\x1B'; i += 2; continue; }
      if (d === 'a') { out += '\\x07'; i += 2; continue; }
      if (d === 'p' || d === 'P') {
        const m = /^\{(?:Is)?([A-Za-z]+)\}/.exec(pattern.slice(i + 2)) ?? /^([A-Za-z])/.exec(pattern.slice(i + 2));
        const name = m ? m[1] : '';
        const body = POSIX[name] ?? POSIX[`Is${name}`];
        if (!m || body === undefined) throw new JavaRegexError(`unsupported character class \\${d}${m ? m[0] : ''} near index ${i}`);
        if (inClass && d === 'P') throw new JavaRegexError(`unsupported negated class inside [] near index ${i}`);
        out += inClass ? body : d === 'p' ? `[${body}]` : `[^${body}]`;
        i += 2 + m[0].length;
        continue;
      }
      out += c + d;
      i += 2;
      continue;
    }
    if (inClass) {
      if (c === '[') {
        if (pattern[i + 1] === ':') {
          out += '\\[';
          i++;
          continue;
        }
        throw new JavaRegexError(`unsupported nested character class near index ${i}`);
      }
      if (c === '&' && pattern[i + 1] === '&') throw new JavaRegexError(`unsupported class intersection near index ${i}`);
      if (c === ']') inClass = 0;
      out += c;
      i++;
      continue;
    }
    if (c === '[') {
      inClass = 1;
      out += c;
      i++;
      // Java, like JavaScript, takes a `]` right after `[` or `[^` literally only in Java: escape it.
      if (pattern[i] === '^') { out += '^'; i++; }
      if (pattern[i] === ']') { out += '\\]'; i++; }
      continue;
    }
    if (c === '(' && pattern[i + 1] === '?' && pattern[i + 2] === '>') {
      out += '(?:';
      i += 3;
      continue;
    }
    if (c === '(' && pattern[i + 1] === '?' && /^[imsux-]+[:)]/.test(pattern.slice(i + 2))) {
      throw new JavaRegexError(`unsupported inline flags inside the pattern near index ${i}`);
    }
    if ((c === '+' || c === '*' || c === '?' || c === '}') && pattern[i + 1] === '+') {
      out += c;
      i += 2;
      continue;
    }
    out += c;
    i++;
  }
  try {
    // eslint-disable-next-line no-new
    new RegExp(out, flags);
  } catch (e) {
    throw new JavaRegexError(`invalid regular expression "${pattern}": ${e instanceof Error ? e.message : String(e)}`);
  }
  const result = { source: out, flags };
  if (cache.size > 500) cache.clear();
  cache.set(pattern, result);
  return result;
}

function regex(pattern: string, extraFlags: string): RegExp {
  const { source, flags } = translateJavaRegex(pattern);
  return new RegExp(source, flags + extraFlags);
}

/** Expands a Java replacement string for one match. */
function expandReplacement(replacement: string, m: RegExpExecArray): string {
  let out = '';
  for (let i = 0; i < replacement.length; i++) {
    const c = replacement[i];
    if (c === '\\') {
      i++;
      if (i >= replacement.length) throw new JavaRegexError('character to be escaped is missing');
      out += replacement[i];
      continue;
    }
    if (c !== '$') {
      out += c;
      continue;
    }
    i++;
    if (i >= replacement.length) throw new JavaRegexError('Illegal group reference: group index is missing');
    if (replacement[i] === '{') {
      const end = replacement.indexOf('}', i);
      const name = end === -1 ? '' : replacement.slice(i + 1, end);
      if (!name || !m.groups || !(name in m.groups)) throw new JavaRegexError(`No group with name {${name}}`);
      out += m.groups[name] ?? '';
      i = end;
      continue;
    }
    if (!/[0-9]/.test(replacement[i])) throw new JavaRegexError('Illegal group reference');
    let group = Number(replacement[i]);
    if (group >= m.length) throw new JavaRegexError(`No group ${group}`);
    // Java takes further digits while they still name an existing group.
    while (i + 1 < replacement.length && /[0-9]/.test(replacement[i + 1])) {
      const next = group * 10 + Number(replacement[i + 1]);
      if (next >= m.length) break;
      group = next;
      i++;
    }
    out += m[group] ?? '';
  }
  return out;
}

function replaceWith(s: string, pattern: string, replacement: string, all: boolean): string {
  const r = regex(pattern, 'g');
  let out = '';
  let last = 0;
  let m: RegExpExecArray | null;
  while ((m = r.exec(s)) !== null) {
    out += s.slice(last, m.index) + expandReplacement(replacement, m);
    last = m.index + m[0].length;
    if (m[0].length === 0) {
      if (r.lastIndex < s.length) out += s[r.lastIndex];
      r.lastIndex++;
      last = r.lastIndex;
      if (last > s.length) break;
    }
    if (!all) break;
  }
  return out + s.slice(Math.min(last, s.length));
}

export function javaReplaceAll(s: string, pattern: string, replacement: string): string {
  return replaceWith(s, pattern, replacement, true);
}

export function javaReplaceFirst(s: string, pattern: string, replacement: string): string {
  return replaceWith(s, pattern, replacement, false);
}

export function javaMatches(s: string, pattern: string): boolean {
  const { source, flags } = translateJavaRegex(pattern);
  return new RegExp(`^(?:${source})$(?![\\s\\S])`, flags).test(s);
}

/** `String.split(regex, limit)` with Java's rules for leading and trailing empty strings. */
export function javaSplit(s: string, pattern: string, limit = 0): string[] {
  const r = regex(pattern, 'g');
  const parts: string[] = [];
  let last = 0;
  let matched = false;
  let m: RegExpExecArray | null;
  while ((m = r.exec(s)) !== null) {
    if (limit > 0 && parts.length === limit - 1) break;
    if (m[0].length === 0) {
      // A zero-width match never splits at the very start or end (Java 8+).
      if (m.index === 0 || m.index >= s.length) {
        r.lastIndex++;
        if (r.lastIndex > s.length) break;
        continue;
      }
      r.lastIndex++;
    }
    matched = true;
    parts.push(s.slice(last, m.index));
    last = m.index + m[0].length;
  }
  if (!matched) return [s];
  parts.push(s.slice(last));
  if (limit === 0) while (parts.length > 0 && parts[parts.length - 1] === '') parts.pop();
  return parts;
}
