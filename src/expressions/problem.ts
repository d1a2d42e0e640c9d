/**
 * What every grammar returns: an AST with offsets, or problems with offsets. Parsers never throw; a rule
 * turns a problem into a finding whose column is `offset + 1` inside the expression string.
 */

export interface ExpressionProblem {
  /** A stable code, so rules pick the problems they own (e.g. `jsonpath-recursive-descent`). */
  readonly code: string;
  /** What is wrong and what is expected; the rule adds the property path. */
  readonly message: string;
  /** 0-based offset of the first offending character in the expression string. */
  readonly offset: number;
  /** Number of offending characters (at least 1 when the input is not empty). */
  readonly length: number;
}

export interface ParseResult<T> {
  /** The AST when the input parses (it may still carry problems that do not stop parsing). */
  readonly ast: T | undefined;
  readonly problems: ExpressionProblem[];
}

export function problem(code: string, message: string, offset: number, length = 1): ExpressionProblem {
  return { code, message, offset, length: Math.max(length, 1) };
}

/**
 * Shortens text to at most `max` characters by cutting out its middle (`…` stands for what was cut), so both
 * ends of a long value stay visible. The one place messages are shortened: `show` quotes a value with it and
 * the rule engine caps every message with it.
 */
export function elide(text: string, max: number): string {
  if (text.length <= max) return text;
  const keep = Math.max(max - 1, 0);
  let head = Math.ceil(keep / 2);
  let tail = text.length - (keep - head);
  // Never cut a surrogate pair in two.
  if (isHighSurrogate(text.charCodeAt(head - 1))) head--;
  if (isLowSurrogate(text.charCodeAt(tail))) tail++;
  return `${text.slice(0, head)}…${text.slice(tail)}`;
}

const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** Quotes a value for a message: a long value is elided in the middle, control characters shown escaped. */
export function show(value: string, max = 80): string {
  return JSON.stringify(elide(value, max));
}
