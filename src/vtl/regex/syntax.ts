/**
 * Java regular-expression syntax (java.util.regex.Pattern) to a tree the engine compiles. It reads what
 * Pattern reads: flags (`(?imsxdu)`, scoped `(?i:...)`, `(?-i)`), `\Q..\E`, classes with ranges, nesting
 * (union) and `&&` (intersection), POSIX and Unicode properties (`\p{Alpha}`, `\p{Lu}`, `\p{IsLatin}`),
 * Java's escapes, greedy, lazy and possessive quantifiers, capturing, named, non-capturing and atomic groups,
 * look-ahead and look-behind, and back references. What Pattern refuses raises `JavaRegexError`, which
 * the evaluator reports as the `PatternSyntaxException` Java throws.
 */
import { BudgetExceeded } from '../budget';

/**
 * The deepest nesting of groups and classes a pattern may have. Real patterns nest a few levels; the evaluator's
 * own stack ends in the thousands.
 */
export const MAX_REGEX_NESTING = 200;

export class JavaRegexError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'JavaRegexError';
  }
}

/** A set of code points. */
export type CharTest = (cp: number) => boolean;

export type RegexNode =
  | { readonly t: 'char'; readonly test: CharTest; readonly literal?: number }
  | { readonly t: 'seq'; readonly items: RegexNode[] }
  | { readonly t: 'alt'; readonly items: RegexNode[] }
  | { readonly t: 'group'; readonly index: number | undefined; readonly node: RegexNode }
  | { readonly t: 'repeat'; readonly node: RegexNode; readonly min: number; readonly max: number; readonly greedy: boolean; readonly possessive: boolean }
  | { readonly t: 'assert'; readonly kind: AssertKind }
  | { readonly t: 'look'; readonly ahead: boolean; readonly negate: boolean; readonly node: RegexNode }
  | { readonly t: 'atomic'; readonly node: RegexNode }
  | { readonly t: 'backref'; readonly index: number; readonly ignoreCase: boolean };

export type AssertKind = 'begin' | 'end' | 'lineBegin' | 'lineEnd' | 'unixLineBegin' | 'unixLineEnd' | 'endOfInput'
  | 'endBeforeFinalTerminator' | 'unixEnd' | 'wordBoundary' | 'notWordBoundary' | 'previousMatchEnd';

export interface ParsedRegex {
  readonly node: RegexNode;
  /** Capturing groups, not counting group 0. */
  readonly groups: number;
  readonly names: ReadonlyMap<string, number>;
}

/** Pattern flags (also the initial ones, as `Pattern.compile(p, flags)` takes them). */
export interface RegexFlags {
  i: boolean;
  m: boolean;
  s: boolean;
  x: boolean;
  d: boolean;
  u: boolean;
}

export const NO_FLAGS: Readonly<RegexFlags> = { i: false, m: false, s: false, x: false, d: false, u: false };

const isAsciiWord = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
const isDigit = (c: number) => c >= 48 && c <= 57;
const isSpace = (c: number) => c === 32 || (c >= 9 && c <= 13);
const isHorizontal = (c: number) => c === 32 || c === 9 || c === 0xa0 || c === 0x1680 || c === 0x180e
  || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000;
const isVertical = (c: number) => (c >= 10 && c <= 13) || c === 0x85 || c === 0x2028 || c === 0x2029;
export const isLineTerminator = (c: number) => c === 10 || c === 13 || c === 0x85 || c === 0x2028 || c === 0x2029;

function range(lo: number, hi: number): CharTest {
  return c => c >= lo && c <= hi;
}

function anyOf(...tests: CharTest[]): CharTest {
  return c => tests.some(t => t(c));
}

function fromJsProperty(name: string): CharTest | undefined {
  for (const source of [`\\p{${name}}`, `\\p{Script=${name}}`, `\\p{General_Category=${name}}`]) {
    try {
      const r = new RegExp(`^${source}$`, 'u');
      return c => r.test(String.fromCodePoint(c));
    } catch {
      // not a name JavaScript knows in this form
    }
  }
  return undefined;
}

const POSIX: Record<string, CharTest> = {
  Lower: range(97, 122),
  Upper: range(65, 90),
  ASCII: range(0, 0x7f),
  Alpha: anyOf(range(97, 122), range(65, 90)),
  Digit: isDigit,
  Alnum: anyOf(range(97, 122), range(65, 90), isDigit),
  Punct: anyOf(range(0x21, 0x2f), range(0x3a, 0x40), range(0x5b, 0x60), range(0x7b, 0x7e)),
  Graph: range(0x21, 0x7e),
  Print: range(0x20, 0x7e),
  Blank: c => c === 32 || c === 9,
  Cntrl: c => c <= 0x1f || c === 0x7f,
  XDigit: c => isDigit(c) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102),
  Space: isSpace,
  javaLowerCase: c => { const s = String.fromCodePoint(c); return s !== s.toUpperCase() && s === s.toLowerCase(); },
  javaUpperCase: c => { const s = String.fromCodePoint(c); return s !== s.toLowerCase() && s === s.toUpperCase(); },
  javaWhitespace: c => (c >= 9 && c <= 13) || (c >= 0x1c && c <= 0x20) || c === 0x1680 || (c >= 0x2000 && c <= 0x2006)
    || (c >= 0x2008 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x205f || c === 0x3000,
  javaDigit: c => /^\p{Nd}$/u.test(String.fromCodePoint(c)),
  javaLetter: c => /^\p{L}$/u.test(String.fromCodePoint(c)),
  javaLetterOrDigit: c => /^[\p{L}\p{Nd}]$/u.test(String.fromCodePoint(c)),
  javaAlphabetic: c => /^\p{Alphabetic}$/u.test(String.fromCodePoint(c)),
};

function property(name: string): CharTest {
  const known = POSIX[name] ?? (name.startsWith('Is') ? POSIX[name.slice(2)] : undefined);
  if (known) return known;
  const bare = name.replace(/^(Is|script=|sc=|general_category=|gc=)/i, '');
  const js = fromJsProperty(bare) ?? fromJsProperty(bare.charAt(0).toUpperCase() + bare.slice(1).toLowerCase());
  if (js) return js;
  throw new JavaRegexError(`Unknown character property name {${name}}`);
}

/** Java's `\b` word characters: letters, digits and `_` (Unicode). */
export function isWordChar(c: number): boolean {
  if (c < 128) return isAsciiWord(c);
  return /^[\p{L}\p{Nd}\p{Mn}_]$/u.test(String.fromCodePoint(c));
}

function otherCase(c: number, unicode: boolean): number[] {
  if (c < 128 || !unicode) {
    if (c >= 65 && c <= 90) return [c + 32];
    if (c >= 97 && c <= 122) return [c - 32];
    return [];
  }
  const s = String.fromCodePoint(c);
  const out: number[] = [];
  for (const t of [s.toLowerCase(), s.toUpperCase()]) {
    const d = t.codePointAt(0)!;
    if (t.length === s.length && d !== c) out.push(d);
  }
  return out;
}

function caseless(test: CharTest, flags: RegexFlags): CharTest {
  if (!flags.i) return test;
  return c => test(c) || otherCase(c, flags.u).some(test);
}

class Parser {
  private i = 0;
  private groups = 0;
  private depth = 0;
  private readonly names = new Map<string, number>();
  private readonly backrefNames: Array<{ name: string; at: number }> = [];

  constructor(private readonly p: string, private flags: RegexFlags) {}

  /**
   * Parses one group or class inside the others: the parser, the compiler and the matcher's tests recurse once per
   * level, so nesting past MAX_REGEX_NESTING stops the evaluation with a clear error, not a stack overflow.
   */
  private nested<T>(parse: () => T): T {
    if (++this.depth > MAX_REGEX_NESTING) {
      throw new BudgetExceeded(`the regular expression nests groups or classes deeper than ${MAX_REGEX_NESTING} levels`);
    }
    try {
      return parse();
    } finally {
      this.depth--;
    }
  }

  fail(message: string, at = this.i): never {
    throw new JavaRegexError(`${message} near index ${at}`);
  }

  parse(): ParsedRegex {
    const node = this.alternation();
    if (this.i < this.p.length) this.fail('Unmatched closing \')\'');
    for (const r of this.backrefNames) if (!this.names.has(r.name)) this.fail(`named capturing group <${r.name}> does not exist`, r.at);
    return { node, groups: this.groups, names: this.names };
  }

  private peek(k = 0): string | undefined {
    return this.p[this.i + k];
  }

  /** In comments mode (`x`), whitespace and `#...` comments between tokens are ignored. */
  private skipComments(): void {
    if (!this.flags.x) return;
    for (;;) {
      const c = this.p[this.i];
      if (c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f' || c === '\x0B') {
        this.i++;
      } else if (c === '#') {
        while (this.i < this.p.length && !isLineTerminator(this.p.charCodeAt(this.i))) this.i++;
      } else {
        return;
      }
    }
  }

  private alternation(): RegexNode {
    const saved = { ...this.flags };
    const items = [this.sequence()];
    while (this.peek() === '|') {
      this.i++;
      items.push(this.sequence());
    }
    // Inline flags (`(?i)`) hold to the end of the enclosing group.
    this.flags = saved;
    return items.length === 1 ? items[0] : { t: 'alt', items };
  }

  private sequence(): RegexNode {
    const items: RegexNode[] = [];
    for (;;) {
      this.skipComments();
      const c = this.peek();
      if (c === undefined || c === '|' || c === ')') break;
      if (c === '*' || c === '+' || c === '?') this.fail(`Dangling meta character '${c}'`);
      if (c === '{') this.fail('Illegal repetition');
      if (c === '\\' && this.peek(1) === 'Q') {
        this.i += 2;
        const end = this.p.indexOf('\\E', this.i);
        const text = this.p.slice(this.i, end === -1 ? this.p.length : end);
        this.i = end === -1 ? this.p.length : end + 2;
        const chars = [...text].map(ch => this.literal(ch.codePointAt(0)!));
        // A quantifier after \Q..\E applies to its last character.
        const last = chars.pop();
        items.push(...chars);
        if (last) items.push(this.quantified(last));
        continue;
      }
      const atom = this.atom();
      if (atom) items.push(this.quantified(atom));
    }
    return items.length === 1 ? items[0] : { t: 'seq', items };
  }

  private literal(cp: number): RegexNode {
    if (this.flags.i && otherCase(cp, this.flags.u).length) return { t: 'char', test: caseless(c => c === cp, this.flags) };
    return { t: 'char', test: c => c === cp, literal: cp };
  }

  private quantified(atom: RegexNode): RegexNode {
    this.skipComments();
    const c = this.peek();
    let min: number;
    let max: number;
    if (c === '*') { min = 0; max = Infinity; this.i++; } else if (c === '+') { min = 1; max = Infinity; this.i++; } else if (c === '?') { min = 0; max = 1; this.i++; } else if (c === '{') {
      const start = this.i;
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.p.slice(this.i, this.i + 24));
      if (!m) this.fail('Illegal repetition', start);
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
      if (min > 0x7fffffff || (max !== Infinity && max > 0x7fffffff) || max < min) this.fail('Illegal repetition range', start);
      this.i += m[0].length;
    } else {
      return atom;
    }
    let greedy = true;
    let possessive = false;
    if (this.peek() === '?') { greedy = false; this.i++; } else if (this.peek() === '+') { possessive = true; this.i++; }
    return { t: 'repeat', node: atom, min, max, greedy, possessive };
  }

  private atom(): RegexNode | undefined {
    const c = this.p[this.i];
    switch (c) {
      case '(': return this.group();
      case '[': {
        this.i++;
        return { t: 'char', test: caseless(this.charClass(), this.flags) };
      }
      case '.': {
        this.i++;
        const f = this.flags;
        if (f.s) return { t: 'char', test: () => true };
        return { t: 'char', test: f.d ? cp => cp !== 10 : cp => !isLineTerminator(cp) };
      }
      case '^':
        this.i++;
        return { t: 'assert', kind: this.flags.m ? (this.flags.d ? 'unixLineBegin' : 'lineBegin') : 'begin' };
      case '$':
        this.i++;
        return { t: 'assert', kind: this.flags.m ? (this.flags.d ? 'unixLineEnd' : 'lineEnd') : (this.flags.d ? 'unixEnd' : 'endBeforeFinalTerminator') };
      case '\\': return this.escape();
      default: {
        const cp = this.p.codePointAt(this.i)!;
        this.i += cp > 0xffff ? 2 : 1;
        return this.literal(cp);
      }
    }
  }

  private group(): RegexNode | undefined {
    return this.nested(() => this.groupBody());
  }

  private groupBody(): RegexNode | undefined {
    const open = this.i;
    this.i++;
    let node: RegexNode;
    if (this.peek() !== '?') {
      const index = ++this.groups;
      node = { t: 'group', index, node: this.alternation() };
    } else {
      this.i++;
      const k = this.peek();
      if (k === ':') {
        this.i++;
        node = { t: 'group', index: undefined, node: this.alternation() };
      } else if (k === '=' || k === '!') {
        this.i++;
        node = { t: 'look', ahead: true, negate: k === '!', node: this.alternation() };
      } else if (k === '>') {
        this.i++;
        node = { t: 'atomic', node: this.alternation() };
      } else if (k === '<' && (this.peek(1) === '=' || this.peek(1) === '!')) {
        const negate = this.peek(1) === '!';
        this.i += 2;
        node = { t: 'look', ahead: false, negate, node: this.alternation() };
      } else if (k === '<') {
        this.i++;
        const m = /^[a-zA-Z][a-zA-Z0-9]*/.exec(this.p.slice(this.i));
        if (!m) this.fail('capturing group name does not start with a Latin letter');
        this.i += m[0].length;
        if (this.peek() !== '>') this.fail('named capturing group is missing trailing \'>\'');
        this.i++;
        if (this.names.has(m[0])) this.fail(`Named capturing group <${m[0]}> is already defined`, open);
        const index = ++this.groups;
        this.names.set(m[0], index);
        node = { t: 'group', index, node: this.alternation() };
      } else {
        return this.inlineFlags(open);
      }
    }
    if (this.peek() !== ')') this.fail('Unclosed group', this.p.length);
    this.i++;
    return node;
  }

  /** `(?idmsux-idmsux)` for the rest of the group, or `(?idmsux-idmsux:X)` for X only. */
  private inlineFlags(open: number): RegexNode | undefined {
    const next = { ...this.flags };
    let on = true;
    for (;;) {
      const c = this.peek();
      if (c === undefined) this.fail('Unclosed group', open);
      this.i++;
      if (c === ')') {
        this.flags = next;
        return undefined;
      }
      if (c === ':') {
        const saved = this.flags;
        this.flags = next;
        const node = this.alternation();
        this.flags = saved;
        if (this.peek() !== ')') this.fail('Unclosed group', this.p.length);
        this.i++;
        return { t: 'group', index: undefined, node };
      }
      if (c === '-' && on) { on = false; continue; }
      if (c === 'i' || c === 'm' || c === 's' || c === 'x' || c === 'd' || c === 'u') next[c] = on;
      else if (c !== 'U') this.fail('Unknown inline modifier', this.i - 1);
    }
  }

  /** An escape outside a class: a character, a class, an assertion or a back reference. */
  private escape(): RegexNode {
    const at = this.i;
    const c = this.p[this.i + 1];
    if (c === undefined) this.fail('Unexpected internal error', at);
    switch (c) {
      case 'b': this.i += 2; return { t: 'assert', kind: 'wordBoundary' };
      case 'B': this.i += 2; return { t: 'assert', kind: 'notWordBoundary' };
      case 'A': this.i += 2; return { t: 'assert', kind: 'begin' };
      case 'z': this.i += 2; return { t: 'assert', kind: 'endOfInput' };
      case 'Z': this.i += 2; return { t: 'assert', kind: this.flags.d ? 'unixEnd' : 'endBeforeFinalTerminator' };
      case 'G': this.i += 2; return { t: 'assert', kind: 'previousMatchEnd' };
      case 'R': {
        this.i += 2;
        // \R is (?>\r\n|[\n\x0B\f\r\x85\u2028\u2029]).
        const crlf: RegexNode = { t: 'seq', items: [{ t: 'char', test: x => x === 13, literal: 13 }, { t: 'char', test: x => x === 10, literal: 10 }] };
        return { t: 'atomic', node: { t: 'alt', items: [crlf, { t: 'char', test: isVertical }] } };
      }
      case 'k': {
        this.i += 2;
        const m = /^<([a-zA-Z][a-zA-Z0-9]*)>/.exec(this.p.slice(this.i));
        if (!m) this.fail('\\k is not followed by \'<\' for named capturing group', at);
        this.i += m[0].length;
        const index = this.names.get(m[1]);
        if (index === undefined) this.fail(`named capturing group <${m[1]}> does not exist`, at);
        return { t: 'backref', index, ignoreCase: this.flags.i };
      }
      default: break;
    }
    if (c >= '1' && c <= '9') {
      this.i += 2;
      let index = Number(c);
      // Java takes further digits while they still name an existing group.
      while (/[0-9]/.test(this.peek() ?? '') && index * 10 + Number(this.peek()) <= this.groups) {
        index = index * 10 + Number(this.peek());
        this.i++;
      }
      return { t: 'backref', index, ignoreCase: this.flags.i };
    }
    const test = this.classEscape(false);
    if (typeof test === 'number') return this.literal(test);
    return { t: 'char', test: caseless(test, this.flags) };
  }

  /** An escape that is a character (its code point) or a class; `this.i` is at the backslash. */
  private classEscape(inClass: boolean): CharTest | number {
    const at = this.i;
    const c = this.p[this.i + 1];
    if (c === undefined) this.fail('Unexpected internal error', at);
    this.i += 2;
    switch (c) {
      case 'd': return isDigit;
      case 'D': return x => !isDigit(x);
      case 'w': return isAsciiWord;
      case 'W': return x => !isAsciiWord(x);
      case 's': return isSpace;
      case 'S': return x => !isSpace(x);
      case 'h': return isHorizontal;
      case 'H': return x => !isHorizontal(x);
      case 'v': return isVertical;
      case 'V': return x => !isVertical(x);
      case 't': return 9;
      case 'n': return 10;
      case 'r': return 13;
      case 'f': return 12;
      case 'a': return 7;
      case 'e': return 27;
      case '0': {
        const m = /^[0-7]{1,3}/.exec(this.p.slice(this.i));
        if (!m) this.fail('Illegal octal escape sequence', at);
        let digits = m[0];
        if (digits.length === 3 && digits[0] > '3') digits = digits.slice(0, 2);
        this.i += digits.length;
        return parseInt(digits, 8);
      }
      case 'x': {
        if (this.peek() === '{') {
          const close = this.p.indexOf('}', this.i);
          const hex = close === -1 ? '' : this.p.slice(this.i + 1, close);
          if (!/^[0-9a-fA-F]+$/.test(hex)) this.fail('Unclosed hexadecimal escape sequence', at);
          const cp = parseInt(hex, 16);
          if (cp > 0x10ffff) this.fail('Hexadecimal codepoint is too big', at);
          this.i = close + 1;
          return cp;
        }
        const hex = this.p.slice(this.i, this.i + 2);
        if (!/^[0-9a-fA-F]{2}$/.test(hex)) this.fail('Illegal hexadecimal escape sequence', at);
        this.i += 2;
        return parseInt(hex, 16);
      }
      case 'u': {
        const hex = this.p.slice(this.i, this.i + 4);
        if (!/^[0-9a-fA-F]{4}$/.test(hex)) this.fail('Illegal Unicode escape sequence', at);
        this.i += 4;
        return parseInt(hex, 16);
      }
      case 'c': {
        const d = this.p.charCodeAt(this.i);
        if (Number.isNaN(d)) this.fail('Illegal control escape sequence', at);
        this.i++;
        // Java's \cX is X with bit 6 flipped.
        return Math.floor(d / 64) % 2 === 1 ? d - 64 : d + 64;
      }
      case 'p': case 'P': {
        let name: string;
        if (this.peek() === '{') {
          const close = this.p.indexOf('}', this.i);
          if (close < 0) this.fail('Unclosed character family', at);
          name = this.p.slice(this.i + 1, close);
          if (!name) this.fail('Empty character family', at);
          this.i = close + 1;
        } else {
          name = this.peek() ?? '';
          if (!name) this.fail('Illegal character family', at);
          this.i++;
        }
        const t = property(name);
        return c === 'p' ? t : x => !t(x);
      }
      default: break;
    }
    if (/[a-zA-Z]/.test(c) || (inClass && /[0-9]/.test(c))) this.fail('Illegal/unsupported escape sequence', at);
    const cp = this.p.codePointAt(at + 1)!;
    if (cp > 0xffff) this.i++;
    return cp;
  }

  /** A class after its `[`, up to and including its `]`. */
  private charClass(): CharTest {
    return this.nested(() => this.classBody());
  }

  private classBody(): CharTest {
    let negate = false;
    if (this.peek() === '^') { negate = true; this.i++; }
    let union: CharTest[] = [];
    let intersection: CharTest | undefined;
    let first = true;
    for (;;) {
      if (this.flags.x) {
        while (/[ \t\n\r\f\x0B]/.test(this.peek() ?? '')) this.i++;
      }
      const c = this.peek();
      if (c === undefined) this.fail('Unclosed character class', this.p.length - 1);
      if (c === ']' && !first) {
        this.i++;
        break;
      }
      first = false;
      if (c === '[') {
        this.i++;
        union.push(this.charClass());
        continue;
      }
      if (c === '&' && this.peek(1) === '&') {
        this.i += 2;
        const left = unionOf(union);
        intersection = intersection ? both(intersection, left) : left;
        union = [];
        continue;
      }
      let lo: CharTest | number;
      if (c === '\\' && this.peek(1) === 'Q') {
        this.i += 2;
        const end = this.p.indexOf('\\E', this.i);
        const text = this.p.slice(this.i, end === -1 ? this.p.length : end);
        this.i = end === -1 ? this.p.length : end + 2;
        for (const ch of text) union.push(single(ch.codePointAt(0)!));
        continue;
      }
      if (c === '\\') {
        lo = this.classEscape(true);
      } else {
        lo = this.p.codePointAt(this.i)!;
        this.i += lo > 0xffff ? 2 : 1;
      }
      if (typeof lo === 'number' && this.peek() === '-' && this.peek(1) !== ']' && this.peek(1) !== undefined && this.peek(1) !== '[') {
        const rangeAt = this.i;
        this.i++;
        let hi: CharTest | number;
        if (this.peek() === '\\') {
          hi = this.classEscape(true);
        } else {
          hi = this.p.codePointAt(this.i)!;
          this.i += hi > 0xffff ? 2 : 1;
        }
        if (typeof hi !== 'number' || hi < lo) this.fail('Illegal character range', rangeAt);
        union.push(range(lo, hi));
        continue;
      }
      union.push(typeof lo === 'number' ? single(lo) : lo);
    }
    let test = unionOf(union);
    if (intersection) test = both(intersection, test);
    return negate ? x => !test(x) : test;
  }
}

function single(cp: number): CharTest {
  return c => c === cp;
}

function unionOf(tests: CharTest[]): CharTest {
  if (tests.length === 1) return tests[0];
  return c => {
    for (const t of tests) if (t(c)) return true;
    return false;
  };
}

function both(a: CharTest, b: CharTest): CharTest {
  return c => a(c) && b(c);
}

/** Parses a Java pattern; throws `JavaRegexError` where `Pattern.compile` throws. */
export function parseJavaRegex(pattern: string, flags: Readonly<RegexFlags> = NO_FLAGS): ParsedRegex {
  return new Parser(pattern, { ...flags }).parse();
}

/** Whether a pattern is plain text (no meta character, no flag): the engine then searches with indexOf. */
export function literalText(node: RegexNode): string | undefined {
  const items = node.t === 'seq' ? node.items : [node];
  let out = '';
  for (const n of items) {
    if (n.t !== 'char' || n.literal === undefined) return undefined;
    out += String.fromCodePoint(n.literal);
  }
  return out;
}
