import { ExpressionProblem, problem } from './problem';

/**
 * Whether a pattern compiles with `java.util.regex.Pattern`, checked without Java. API Gateway matches
 * integration response keys (`/regex/`) with Java regular expressions; JavaScript's RegExp accepts patterns
 * Java rejects (`a{`, `\y`, `(?<a_b>x)`) and rejects patterns Java accepts (`a*+`, `(?>x)`, `\Qa.b\E`,
 * `[a-z&&[^e]]`, `(?i)x`), so it cannot serve as the check.
 *
 * The checker follows `Pattern`'s recursive-descent structure: expression = alternatives of sequences of
 * atoms with optional quantifiers (greedy, lazy `?` or possessive `+`). It reports what Java reports as a
 * `PatternSyntaxException`; things only Java's runtime knows (the set of Unicode property names, unbounded
 * look-behind, which some JDKs accept) are accepted, so a finding is never a guess.
 */
export function checkJavaRegex(pattern: string, base = 0): ExpressionProblem[] {
  const parser = new JavaRegexParser(pattern);
  try {
    parser.parse();
    return [];
  } catch (e) {
    // Nesting deep enough to exhaust the stack: Java's own recursive parser decides; claim nothing.
    if (e instanceof RangeError) return [];
    if (e instanceof RegexError) return [problem('java-regex', `${e.message} (Java regular expression, at index ${e.index})`, base + Math.min(e.index, Math.max(pattern.length - 1, 0)))];
    throw e;
  }
}

class RegexError {
  constructor(readonly message: string, readonly index: number) {}
}

/** Letters after `\` that Java defines as escapes; any other ASCII letter is "Illegal/unsupported escape". */
const SIMPLE_ESCAPES = new Set('tnrfaedDsSwWhHvVbBAGZzRX'.split(''));
const INLINE_FLAGS = new Set('idmsuxU'.split(''));
const HEX = /[0-9a-fA-F]/;

class JavaRegexParser {
  private i = 0;
  private groupCount = 0;
  private readonly names = new Set<string>();

  constructor(private readonly p: string) {}

  parse(): void {
    this.expression();
    if (this.i < this.p.length) {
      // Only an unmatched ')' stops an expression at top level.
      throw new RegexError('Unmatched closing \')\'', this.i);
    }
  }

  private peek(offset = 0): string | undefined {
    return this.p[this.i + offset];
  }

  private expression(): void {
    this.sequence();
    while (this.peek() === '|') {
      this.i++;
      this.sequence();
    }
  }

  private sequence(): void {
    for (;;) {
      const c = this.peek();
      if (c === undefined || c === '|' || c === ')') return;
      if (c === '*' || c === '+' || c === '?') throw new RegexError(`Dangling meta character '${c}'`, this.i);
      if (c === '{') throw new RegexError('Illegal repetition', this.i);
      const quantifiable = this.atom();
      if (quantifiable) {this.quantifier();} else if (this.isQuantifierStart()) {
        // Java lets anchors and look-arounds be quantified too; nothing to reject here.
        this.quantifier();
      }
    }
  }

  private isQuantifierStart(): boolean {
    const c = this.peek();
    return c === '*' || c === '+' || c === '?' || c === '{';
  }

  /** One atom; returns whether a quantifier may follow (always true in Java but for `\Q..\E` sequences). */
  private atom(): boolean {
    const c = this.p[this.i];
    switch (c) {
      case '(':
        this.group();
        return true;
      case '[':
        this.i++;
        this.charClass();
        return true;
      case '\\':
        this.escape(false);
        return true;
      case '^':
      case '$':
      case '.':
      default:
        this.i++;
        return true;
    }
  }

  private quantifier(): void {
    const c = this.peek();
    if (c === '*' || c === '+' || c === '?') {
      this.i++;
    } else if (c === '{') {
      const start = this.i;
      this.i++;
      const min = this.digits();
      if (min === undefined) throw new RegexError('Illegal repetition', start);
      let max: number | undefined = min;
      if (this.peek() === ',') {
        this.i++;
        max = this.digits();
      }
      if (this.peek() !== '}') throw new RegexError('Unclosed counted closure', this.i);
      this.i++;
      if (max !== undefined && max < min) throw new RegexError('Illegal repetition range', start);
    } else {
      return;
    }
    if (this.peek() === '?' || this.peek() === '+') this.i++;
  }

  private digits(): number | undefined {
    const start = this.i;
    while (this.peek() !== undefined && /[0-9]/.test(this.peek()!)) this.i++;
    if (this.i === start) return undefined;
    const n = Number(this.p.slice(start, this.i));
    if (!Number.isSafeInteger(n) || n > 0x7fffffff) throw new RegexError('Illegal repetition range', start);
    return n;
  }

  private group(): void {
    const open = this.i;
    this.i++; // (
    if (this.peek() === '?') {
      this.i++;
      const c = this.peek();
      if (c === ':' || c === '=' || c === '!' || c === '>') {
        this.i++;
      } else if (c === '<') {
        this.i++;
        const d = this.peek();
        if (d === '=' || d === '!') {
          this.i++;
        } else {
          this.groupName(open);
          this.groupCount++;
        }
      } else if (c !== undefined && (INLINE_FLAGS.has(c) || c === '-')) {
        this.inlineFlags(open);
        if (this.peek() === ')') {
          this.i++;
          return; // (?i) changes flags, it is not a group
        }
        // (?i:...) continues as a non-capturing group
      } else {
        throw new RegexError('Unknown inline modifier', this.i);
      }
    } else {
      this.groupCount++;
    }
    this.expression();
    if (this.peek() !== ')') throw new RegexError('Unclosed group', this.p.length);
    this.i++;
  }

  private groupName(open: number): void {
    const start = this.i;
    const first = this.peek();
    if (first === undefined || !/[A-Za-z]/.test(first)) {
      throw new RegexError('capturing group name does not start with a Latin letter', this.i);
    }
    while (this.peek() !== undefined && /[A-Za-z0-9]/.test(this.peek()!)) this.i++;
    if (this.peek() !== '>') throw new RegexError('named capturing group is missing trailing \'>\'', this.i);
    const name = this.p.slice(start, this.i);
    this.i++;
    if (this.names.has(name)) throw new RegexError(`Named capturing group <${name}> is already defined`, open);
    this.names.add(name);
  }

  private inlineFlags(open: number): void {
    let seenDash = false;
    for (;;) {
      const c = this.peek();
      if (c === undefined) throw new RegexError('Unclosed group', open);
      if (c === ')' || c === ':') {
        if (c === ':') this.i++;
        return;
      }
      if (c === '-') {
        if (seenDash) throw new RegexError('Unknown inline modifier', this.i);
        seenDash = true;
      } else if (!INLINE_FLAGS.has(c)) {
        throw new RegexError('Unknown inline modifier', this.i);
      }
      this.i++;
    }
  }

  /** After `\`. Inside a class, `\b`-style assertions and back-references are not allowed. */
  private escape(inClass: boolean): void {
    const at = this.i;
    this.i++; // backslash
    const c = this.peek();
    if (c === undefined) throw new RegexError('Unexpected internal error', at); // Java's message for a trailing "\"
    this.i++;
    if (c === 'Q') {
      const end = this.p.indexOf('\\E', this.i);
      this.i = end < 0 ? this.p.length : end + 2;
      return;
    }
    if (c === 'E') return; // a stray \E is ignored
    if (/[1-9]/.test(c)) {
      if (inClass) throw new RegexError('Illegal/unsupported escape sequence', at);
      while (this.peek() !== undefined && /[0-9]/.test(this.peek()!)) this.i++;
      return;
    }
    if (c === '0') {
      const d = this.peek();
      if (d === undefined || !/[0-7]/.test(d)) throw new RegexError('Illegal octal escape sequence', at);
      const firstDigit = Number(d);
      this.i++;
      if (this.peek() !== undefined && /[0-7]/.test(this.peek()!)) {
        this.i++;
        if (firstDigit <= 3 && this.peek() !== undefined && /[0-7]/.test(this.peek()!)) this.i++;
      }
      return;
    }
    if (c === 'x') {
      if (this.peek() === '{') {
        const close = this.p.indexOf('}', this.i);
        const hex = close < 0 ? '' : this.p.slice(this.i + 1, close);
        if (close < 0 || hex.length === 0 || ![...hex].every(h => HEX.test(h))) throw new RegexError('Unclosed hexadecimal escape sequence', at);
        if (parseInt(hex, 16) > 0x10ffff) throw new RegexError('Hexadecimal codepoint is too big', at);
        this.i = close + 1;
        return;
      }
      for (let k = 0; k < 2; k++) {
        const h = this.peek();
        if (h === undefined || !HEX.test(h)) throw new RegexError('Illegal hexadecimal escape sequence', at);
        this.i++;
      }
      return;
    }
    if (c === 'u') {
      for (let k = 0; k < 4; k++) {
        const h = this.peek();
        if (h === undefined || !HEX.test(h)) throw new RegexError('Illegal Unicode escape sequence', at);
        this.i++;
      }
      return;
    }
    if (c === 'c') {
      if (this.peek() === undefined) throw new RegexError('Illegal control escape sequence', at);
      this.i++;
      return;
    }
    if (c === 'p' || c === 'P') {
      if (this.peek() === '{') {
        const close = this.p.indexOf('}', this.i);
        if (close < 0) throw new RegexError('Unclosed character family', at);
        if (close === this.i + 1) throw new RegexError('Empty character family', at);
        this.i = close + 1;
      } else {
        if (this.peek() === undefined) throw new RegexError('Illegal character family', at);
        this.i++;
      }
      return;
    }
    if (c === 'N') {
      if (this.peek() !== '{') throw new RegexError('Illegal/unsupported escape sequence', at);
      const close = this.p.indexOf('}', this.i);
      if (close < 0) throw new RegexError('Unclosed character name escape sequence', at);
      this.i = close + 1;
      return;
    }
    if (c === 'k') {
      if (inClass) throw new RegexError('Illegal/unsupported escape sequence', at);
      if (this.peek() !== '<') throw new RegexError('\\k is not followed by \'<\' for named capturing group', at);
      this.i++;
      const start = this.i;
      while (this.peek() !== undefined && /[A-Za-z0-9]/.test(this.peek()!)) this.i++;
      if (this.peek() !== '>') throw new RegexError('named capturing group is missing trailing \'>\'', this.i);
      const name = this.p.slice(start, this.i);
      this.i++;
      if (!this.names.has(name)) throw new RegexError(`named capturing group <${name}> does not exist`, at);
      return;
    }
    if (c === 'b' && this.peek() === '{') {
      // \b{g}: the only boundary type Java knows.
      if (this.p.startsWith('{g}', this.i)) {
        this.i += 3;
        return;
      }
      throw new RegexError('Unknown boundary type', at);
    }
    if (/[A-Za-z]/.test(c)) {
      if (inClass && /[bBAGZzRX]/.test(c)) throw new RegexError('Illegal/unsupported escape sequence', at);
      if (!SIMPLE_ESCAPES.has(c)) throw new RegexError('Illegal/unsupported escape sequence', at);
    }
    // Any other character after "\" stands for itself.
  }

  /** After `[`. Handles negation, ranges, nested classes, intersections (`&&`) and escapes. */
  private charClass(): void {
    if (this.peek() === '^') this.i++;
    let first = true;
    let prevSingle: number | undefined; // code point of the previous single character, for ranges
    for (;;) {
      const c = this.peek();
      if (c === undefined) throw new RegexError('Unclosed character class', this.p.length - 1);
      if (c === ']' && !first) {
        this.i++;
        return;
      }
      first = false;
      if (c === '[') {
        this.i++;
        this.charClass();
        prevSingle = undefined;
        continue;
      }
      if (c === '&' && this.peek(1) === '&') {
        this.i += 2;
        prevSingle = undefined;
        continue;
      }
      if (c === '-' && prevSingle !== undefined && this.peek(1) !== undefined && this.peek(1) !== ']') {
        const rangeAt = this.i;
        this.i++;
        const end = this.singleChar();
        if (end === undefined) {
          if (this.peek() === '[') continue; // "a-[b]" is a union in Java
          throw new RegexError('Illegal character range', rangeAt);
        }
        if (end < prevSingle) throw new RegexError('Illegal character range', rangeAt);
        prevSingle = undefined;
        continue;
      }
      prevSingle = this.singleChar();
    }
  }

  /**
   * Consumes one class member that is a single character and returns its code point; for escapes that
   * stand for sets (`\d`, `\p{L}`) consumes them and returns undefined.
   */
  private singleChar(): number | undefined {
    const c = this.peek();
    if (c === undefined) return undefined;
    if (c === '[') return undefined;
    if (c !== '\\') {
      const cp = this.p.codePointAt(this.i)!;
      this.i += cp > 0xffff ? 2 : 1;
      return cp;
    }
    const at = this.i;
    const e = this.peek(1);
    this.escape(true);
    const text = this.p.slice(at + 1, this.i);
    if (e === undefined) return undefined;
    if (/[dDsSwWhHvVpP]/.test(e)) return undefined;
    if (e === 'Q') return undefined;
    if (e === 'x') return parseInt(text.startsWith('x{') ? text.slice(2, -1) : text.slice(1), 16);
    if (e === 'u') return parseInt(text.slice(1), 16);
    if (e === '0') return parseInt(text.slice(1), 8);
    const simple: Record<string, number> = { t: 9, n: 10, r: 13, f: 12, a: 7, e: 27 };
    if (e in simple) return simple[e];
    // \cX is X with bit 0x40 flipped; written as arithmetic because the lint forbids bitwise operators.
    if (e === 'c') { const x = text.charCodeAt(1); return x >= 64 ? x - 64 : x + 64; }
    return e.codePointAt(0);
  }
}
