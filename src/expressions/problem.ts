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

/** Shortens a value for a message: long expressions are cut, control characters shown escaped. */
export function show(value: string, max = 80): string {
  const cut = value.length > max ? `${value.slice(0, max)}…` : value;
  return JSON.stringify(cut);
}
