import { ExpressionProblem, ParseResult, problem, show } from './problem';

/**
 * The JSONPath subset API Gateway accepts after `$request.body`, `$response.body`, `route.request.body`,
 * `integration.response.body` and in `$input.json()`/`$input.path()`: dot and bracket members, indexes,
 * slices, unions and wildcards. Recursive descent (`..`) and filter expressions (`?(...)`) are not
 * supported (seed 004); script expressions (`(@.length-1)`) are rejected with them.
 */

export type JsonPathSegment =
  | { readonly kind: 'name'; readonly name: string; readonly offset: number; readonly end: number }
  | { readonly kind: 'wildcard'; readonly offset: number; readonly end: number }
  | { readonly kind: 'index'; readonly index: number; readonly offset: number; readonly end: number }
  | { readonly kind: 'slice'; readonly text: string; readonly offset: number; readonly end: number }
  | { readonly kind: 'union'; readonly members: readonly (string | number)[]; readonly offset: number; readonly end: number };

export interface JsonPath {
  /** Whether the path starts with `$` (template form); body sources start with `.` or `[`. */
  readonly rooted: boolean;
  readonly segments: readonly JsonPathSegment[];
  /** Offset of the path in the enclosing expression. */
  readonly offset: number;
  readonly end: number;
}

/** Characters that end a dot-notation member name. */
const NAME_STOP = new Set(['.', '[', ']', '(', ')', '?', '\'', '"', '{', '}', '@', '*', ',', '$', ' ', '\t', '\n', '\r']);

export interface JsonPathOptions {
  /** Offset of `text` inside the whole expression, added to every offset. Default 0. */
  readonly base?: number;
  /** `true`: the path must start with `$` (`$.a`); `false`: it must start with `.` or `[` (`.a`). */
  readonly rooted: boolean;
}

/** Parses a JSONPath. Problems: `jsonpath-syntax`, `jsonpath-recursive-descent`, `jsonpath-filter`. */
export function parseJsonPath(text: string, options: JsonPathOptions): ParseResult<JsonPath> {
  const base = options.base ?? 0;
  const problems: ExpressionProblem[] = [];
  const segments: JsonPathSegment[] = [];
  let i = 0;
  const fail = (code: string, message: string, at: number, length = 1): ParseResult<JsonPath> => {
    problems.push(problem(code, message, base + at, length));
    return { ast: undefined, problems };
  };

  if (options.rooted) {
    if (text[0] !== '$') return fail('jsonpath-syntax', `a JSONPath starts with "$"; got ${show(text)}`, 0);
    i = 1;
  } else if (text.length === 0) {
    return fail('jsonpath-syntax', 'the JSONPath is empty', 0);
  }

  while (i < text.length) {
    const c = text[i];
    if (c === '.') {
      if (text[i + 1] === '.') {
        return fail('jsonpath-recursive-descent', 'recursive descent ("..") is not supported in API Gateway JSONPath; name each member', i, 2);
      }
      const start = i;
      i++;
      if (text[i] === '*') {
        i++;
        segments.push({ kind: 'wildcard', offset: base + start, end: base + i });
        continue;
      }
      const nameStart = i;
      while (i < text.length && !NAME_STOP.has(text[i])) i++;
      if (i === nameStart) {
        if (i >= text.length) return fail('jsonpath-syntax', 'the JSONPath ends with "."; expected a member name after it', start);
        return fail('jsonpath-syntax', `unexpected ${show(text[i])} after "."; expected a member name`, i);
      }
      segments.push({ kind: 'name', name: text.slice(nameStart, i), offset: base + start, end: base + i });
      continue;
    }
    if (c === '[') {
      const start = i;
      const close = findBracketEnd(text, i);
      if (close < 0) return fail('jsonpath-syntax', 'unclosed "[" in the JSONPath', i);
      const inner = text.slice(i + 1, close).trim();
      const innerAt = i + 1 + (text.slice(i + 1, close).length - text.slice(i + 1, close).trimStart().length);
      if (inner.startsWith('?')) {
        return fail('jsonpath-filter', 'filter expressions ("[?(...)]") are not supported in API Gateway JSONPath', innerAt, close - innerAt);
      }
      if (inner.startsWith('(')) {
        return fail('jsonpath-filter', 'script expressions ("[(...)]") are not supported in API Gateway JSONPath', innerAt, close - innerAt);
      }
      const segment = bracketSegment(inner, base + start, base + close + 1);
      if (!segment) return fail('jsonpath-syntax', `${show(text.slice(start, close + 1))} is not a JSONPath selector; expected ['name'], [0], [*], [0:2] or a union`, start, close + 1 - start);
      segments.push(segment);
      i = close + 1;
      continue;
    }
    if (segments.length === 0 && !options.rooted && i === 0) {
      return fail('jsonpath-syntax', `a body path continues with "." or "["; got ${show(c)}`, i);
    }
    return fail('jsonpath-syntax', `unexpected ${show(c)} in the JSONPath; expected "." or "["`, i);
  }
  return { ast: { rooted: options.rooted, segments, offset: base, end: base + text.length }, problems };
}

/** The index of the `]` that closes the `[` at `open`, skipping quoted strings; -1 when unclosed. */
function findBracketEnd(text: string, open: number): number {
  let quote: string | undefined;
  for (let i = open + 1; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = undefined;
    } else if (c === '\'' || c === '"') {
      quote = c;
    } else if (c === ']') {
      return i;
    }
  }
  return -1;
}

const INDEX = /^-?\d+$/;
const SLICE = /^(-?\d+)?:(-?\d+)?(:(-?\d+)?)?$/;
const QUOTED = /^('([^'\\]|\\.)*'|"([^"\\]|\\.)*")$/;

function bracketSegment(inner: string, offset: number, end: number): JsonPathSegment | undefined {
  if (inner === '*') return { kind: 'wildcard', offset, end };
  if (INDEX.test(inner)) return { kind: 'index', index: Number(inner), offset, end };
  if (SLICE.test(inner.replace(/\s+/g, ''))) return { kind: 'slice', text: inner, offset, end };
  const members = splitUnion(inner);
  if (!members) return undefined;
  const values: (string | number)[] = [];
  for (const m of members) {
    if (INDEX.test(m)) values.push(Number(m));
    else if (QUOTED.test(m)) values.push(unquote(m));
    else return undefined;
  }
  if (values.length === 1 && typeof values[0] === 'string') return { kind: 'name', name: values[0], offset, end };
  return { kind: 'union', members: values, offset, end };
}

/** Splits `'a', 'b', 1` on commas outside quotes; undefined on an empty member. */
function splitUnion(inner: string): string[] | undefined {
  const out: string[] = [];
  let quote: string | undefined;
  let current = '';
  for (let i = 0; i < inner.length; i++) {
    const c = inner[i];
    if (quote) {
      current += c;
      if (c === '\\' && i + 1 < inner.length) current += inner[++i];
      else if (c === quote) quote = undefined;
    } else if (c === '\'' || c === '"') {
      quote = c;
      current += c;
    } else if (c === ',') {
      out.push(current.trim());
      current = '';
    } else {
      current += c;
    }
  }
  if (quote) return undefined;
  out.push(current.trim());
  return out.some(m => m.length === 0) ? undefined : out;
}

function unquote(quoted: string): string {
  return quoted.slice(1, -1).replace(/\\(.)/g, '$1');
}

/** Writes a parsed path back in a normal form (`$` or nothing, then `.name`, `['odd name']`, `[0]`...). */
export function formatJsonPath(path: JsonPath): string {
  let out = path.rooted ? '$' : '';
  for (const s of path.segments) {
    switch (s.kind) {
      case 'name': out += /^[A-Za-z_][A-Za-z0-9_-]*$/.test(s.name) ? `.${s.name}` : `['${s.name.replace(/\\/g, '\\\\').replace(/'/g, '\\\'')}']`; break;
      case 'wildcard': out += '[*]'; break;
      case 'index': out += `[${s.index}]`; break;
      case 'slice': out += `[${s.text.replace(/\s+/g, '')}]`; break;
      case 'union': out += `[${s.members.map(m => typeof m === 'number' ? String(m) : `'${m.replace(/\\/g, '\\\\').replace(/'/g, '\\\'')}'`).join(',')}]`; break;
    }
  }
  return out;
}
