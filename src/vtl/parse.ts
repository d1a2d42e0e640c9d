/**
 * The template parser. The language is velocityjs 2.1.7's (the templates it parses parse here, the ones it
 * rejects are rejected at the same token), read by the library's own lexer (`lexer.ts`) and grammar
 * (`grammar.ts`) in time linear in the template: velocityjs's generated parser copies its statement list at
 * every statement, which made a 300 KB template take seconds. On top of velocityjs's language, as the
 * adapter over velocityjs did before:
 * - `#stop`, `#{stop}`, `#{break}`, `#{if}(`... are rewritten before lexing (positions are mapped back);
 * - blocks are paired here, so an unclosed `#if` or a stray `#end` is a problem (velocityjs silently accepts
 *   both), and blocks nested deeper than MAX_NESTING are a problem too;
 * - Velocity 1.7 whitespace gobbling (a directive eats the spaces and newline after it; `#set` also eats
 *   the indentation before it) is applied here, once, instead of at every render.
 */
import { IfBranch, Node, Pos } from './ast';
import { Deferred, Grammar, GrammarHost, Item, MAX_NESTING, SyntaxProblem } from './grammar';

export { MAX_NESTING } from './grammar';

/** A syntax problem, 1-based line and column in the original text. */
export interface ParseProblem {
  readonly message: string;
  readonly line: number;
  readonly column: number;
}

export interface ParsedTemplate {
  readonly source: string;
  readonly nodes: Node[];
}

export type ParseResult =
  | { readonly ok: true; readonly template: ParsedTemplate }
  | { readonly ok: false; readonly problems: ParseProblem[] };

/** How many double-quoted strings may sit inside one another, each parsed as a template of its own. */
const MAX_STRING_NESTING = 8;

/* ------------------------------------------------------------------------------------------------------ */
/* Positions                                                                                               */

/** Line starts, counting `\r\n`, `\r` and `\n` as line breaks, as Velocity's lexer does. */
function lineStarts(text: string): number[] {
  const starts = [0];
  const lineBreak = /\r\n?|\n/g;
  while (lineBreak.exec(text)) starts.push(lineBreak.lastIndex);
  return starts;
}

/** The last index of a sorted array whose value is at most `value` (0 when none is). */
function lastAtMost(sorted: ArrayLike<number>, value: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo < hi) {
    const mid = Math.floor((lo + hi + 1) / 2);
    if (sorted[mid] <= value) lo = mid; else hi = mid - 1;
  }
  return lo;
}

/** Maps offsets of the rewritten text back to the original text, and to line and column. */
class PositionMap {
  private readonly starts: number[];
  private readonly rewrittenAt: number[];
  private readonly deltas: number[];

  /** `anchors`: pairs (rewritten offset, original offset) where an edit ends, sorted. */
  constructor(original: string, anchors: Array<[number, number]>) {
    this.starts = lineStarts(original);
    this.rewrittenAt = [0, ...anchors.map(a => a[0])];
    this.deltas = [0, ...anchors.map(a => a[1] - a[0])];
  }

  posAt(rewrittenOffset: number): Pos {
    const delta = this.deltas[lastAtMost(this.rewrittenAt, rewrittenOffset)];
    return this.originalPos(Math.max(0, rewrittenOffset + delta));
  }

  originalPos(offset: number): Pos {
    const line = lastAtMost(this.starts, offset);
    return { offset, line: line + 1, column: offset - this.starts[line] + 1 };
  }
}

/* ------------------------------------------------------------------------------------------------------ */
/* Rewriting what Velocity 1.7 has and velocityjs's language does not                                     */

const BRACED_DIRECTIVE = /^#\{(set|if|elseif|foreach|macro|define|break|stop)\}/;
const IDENT_CHAR = /[A-Za-z0-9_-]/;

/**
 * Rewrites `#stop` and `#{stop}` to `#stop()` (a call the grammar parses), `#{break}` to `#break` and
 * `#{set}(` and friends to `#set(`. Comments, `#[[raw]]#` blocks and escaped directives are left alone.
 */
function rewrite(text: string): { text: string; anchors: Array<[number, number]> } {
  const parts: string[] = [];
  let length = 0;
  const anchors: Array<[number, number]> = [];
  let copied = 0;
  const n = text.length;
  let i = text.indexOf('#');
  while (i !== -1 && i < n) {
    const next = text[i + 1];
    let skipTo: number | undefined;
    if (next === '#') {
      const end = text.indexOf('\n', i);
      skipTo = end === -1 ? n : end;
    } else if (next === '*') {
      const end = text.indexOf('*#', i + 2);
      skipTo = end === -1 ? n : end + 2;
    } else if (next === '[' && text[i + 2] === '[') {
      const end = text.indexOf(']]#', i + 3);
      skipTo = end === -1 ? n : end + 3;
    } else if (i > 0 && text[i - 1] === '\\') {
      skipTo = i + 1;
    }
    if (skipTo !== undefined) {
      i = text.indexOf('#', skipTo);
      continue;
    }
    const braced = BRACED_DIRECTIVE.exec(text.slice(i, i + 12));
    let replacement: string | undefined;
    let consumed = 0;
    if (braced) {
      const name = braced[1];
      consumed = braced[0].length;
      replacement = name === 'stop' ? '#stop()' : `#${name}`;
      if (name === 'stop' && text[i + consumed] === '(') replacement = '#stop';
    } else if (text.startsWith('#stop', i) && !IDENT_CHAR.test(text[i + 5] ?? '') && text[i + 5] !== '(') {
      consumed = 5;
      replacement = '#stop()';
    }
    if (replacement === undefined) {
      i = text.indexOf('#', i + 1);
      continue;
    }
    parts.push(text.slice(copied, i), replacement);
    length += i - copied + replacement.length;
    copied = i + consumed;
    anchors.push([length, copied]);
    i = text.indexOf('#', copied);
  }
  if (!anchors.length) return { text, anchors };
  parts.push(text.slice(copied));
  return { text: parts.join(''), anchors };
}

/* ------------------------------------------------------------------------------------------------------ */
/* Blocks                                                                                                  */

class BlockProblem extends Error {
  constructor(message: string, readonly pos: Pos) {
    super(message);
  }
}

/** Velocity 1.7 whitespace: a directive eats `[ \t]*` + one line break after it; `#set` eats its indentation. */
function gobble(items: Item[]): Item[] {
  const out: Item[] = [];
  let eatNext = false;
  const startsTemplate = items.length > 0 && items[0].kind === 'text';
  const appendText = (s: string) => {
    const prev = out[out.length - 1];
    if (prev?.kind === 'text') out[out.length - 1] = { kind: 'text', text: prev.text + s };
    else out.push({ kind: 'text', text: s });
  };
  for (const item of items) {
    if (item.kind === 'text') {
      let s = item.text;
      if (eatNext) {
        const m = /^[ \t]*(\r\n|\r|\n)/.exec(s);
        if (m) s = s.slice(m[0].length);
      }
      eatNext = false;
      appendText(s);
      continue;
    }
    if (item.kind === 'set') {
      const prev = out[out.length - 1];
      if (prev?.kind === 'text') {
        const indent = trailingIndentation(prev.text);
        // Only indentation: text at the very start of the template, or after a line break.
        if (indent && (indent.afterBreak || (out.length === 1 && startsTemplate))) {
          out[out.length - 1] = { kind: 'text', text: prev.text.slice(0, prev.text.length - indent.length) };
        }
      }
    }
    eatNext = item.kind !== 'output' && item.kind !== 'raw' && !(item.kind === 'comment' && !item.lineComment);
    if (item.kind === 'comment') continue;
    if (item.kind === 'raw') {
      appendText(item.text);
      continue;
    }
    out.push(item);
  }
  return out;
}

/** The spaces and tabs that end `text` when they start it or follow a line break. */
function trailingIndentation(text: string): { length: number; afterBreak: boolean } | undefined {
  let i = text.length;
  while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\t')) i--;
  if (i === text.length) return undefined;
  if (i === 0) return { length: text.length, afterBreak: false };
  const c = text[i - 1];
  return c === '\n' || c === '\r' ? { length: text.length - i, afterBreak: true } : undefined;
}

interface Frame {
  readonly opener: Item & { start: number };
  readonly pos: Pos;
  /** The body being filled: the frame's own, or the current branch's for `#if`. */
  body: Node[];
  readonly branches: IfBranch[];
  sawElse: boolean;
}

/**
 * Pairs block openers with `#end` and `#else`/`#elseif` with `#if`, with an explicit stack (so depth costs
 * no recursion), and reports each statement's deferred problem in the order of the text.
 */
function buildTree(items: Item[], posAt: (offset: number) => Pos, baseDepth: number): Node[] {
  const root: Node[] = [];
  const frames: Frame[] = [];
  const bodyOf = () => (frames.length ? frames[frames.length - 1].body : root);
  const raise = (problem: Deferred | undefined) => {
    if (problem) throw new BlockProblem(problem.message, problem.pos);
  };
  for (const item of gobble(items)) {
    switch (item.kind) {
      case 'text':
        // gobble made this item: it is the text node.
        if (item.text.length) bodyOf().push(item);
        break;
      case 'end':
      case 'else':
      case 'elseif': {
        const frame = frames[frames.length - 1];
        const pos = posAt(item.start);
        if (!frame) throw new BlockProblem(`#${item.kind} without a matching #if/#foreach/#macro/#define`, pos);
        const opener = frame.opener;
        if (item.kind !== 'end' && opener.kind !== 'if') {
          throw new BlockProblem(`#${item.kind} inside #${opener.kind}, not inside #if`, pos);
        }
        if (item.kind === 'end') {
          frames.pop();
          bodyOf().push(closeBlock(frame));
          break;
        }
        if (frame.sawElse) throw new BlockProblem(`#${item.kind} after #else`, pos);
        raise(item.problem);
        frame.body = [];
        frame.branches.push({ condition: item.kind === 'elseif' ? item.condition : undefined, body: frame.body, pos });
        frame.sawElse = item.kind === 'else';
        break;
      }
      case 'if':
      case 'foreach':
      case 'macro':
      case 'define': {
        const pos = posAt(item.start);
        raise(item.problem);
        if (baseDepth + frames.length >= MAX_NESTING) {
          throw new BlockProblem(`blocks nested deeper than ${MAX_NESTING} levels`, pos);
        }
        const body: Node[] = [];
        const branches: IfBranch[] = item.kind === 'if' ? [{ condition: item.condition, body, pos }] : [];
        frames.push({ opener: item, pos, body, branches, sawElse: false });
        break;
      }
      case 'output':
        raise(item.problem);
        bodyOf().push({ kind: 'output', ref: item.ref });
        break;
      case 'set':
        raise(item.problem);
        bodyOf().push({ kind: 'set', target: item.target, value: item.value, pos: posAt(item.start) });
        break;
      case 'break':
        bodyOf().push({ kind: 'break', pos: posAt(item.start) });
        break;
      case 'call':
        // `#stop(...)` stops; its arguments are never looked at.
        if (item.name === 'stop') {
          bodyOf().push({ kind: 'stop', pos: posAt(item.start) });
          break;
        }
        raise(item.problem);
        bodyOf().push({ kind: 'call', name: item.name, args: item.args, source: item.source, pos: posAt(item.start) });
        break;
      case 'unsupported':
        throw new BlockProblem(`unsupported construct ${item.construct}`, posAt(item.start));
      default:
        break;
    }
  }
  const open = frames[frames.length - 1];
  if (open) throw new BlockProblem(`#${open.opener.kind} is not closed by #end`, open.pos);
  return root;
}

function closeBlock(frame: Frame): Node {
  const { opener, pos } = frame;
  switch (opener.kind) {
    case 'if':
      return { kind: 'if', branches: frame.branches, pos };
    case 'foreach':
      return { kind: 'foreach', variable: opener.variable, iterable: opener.iterable, body: frame.body, pos };
    case 'define':
      return { kind: 'define', name: opener.name, body: frame.body, pos };
    case 'macro':
      return { kind: 'macro', name: opener.name, params: opener.params, body: frame.body, pos };
    default:
      // Unreachable: every opener kind is a case above. Reported like any other block problem if it ever is.
      throw new BlockProblem(`not a block: ${(opener as { kind: string }).kind}`, pos);
  }
}

/* ------------------------------------------------------------------------------------------------------ */
/* Interpolated strings                                                                                    */

/** Moves the positions of nodes parsed from a string literal to where the literal sits. */
function shiftPositions(nodes: Node[], base: Pos): Node[] {
  const shift = (p: Pos): Pos => ({
    offset: base.offset + p.offset,
    line: base.line + p.line - 1,
    column: p.line === 1 ? base.column + p.column - 1 : p.column,
  });
  const walk = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(walk);
    if (value === null || typeof value !== 'object') return value;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      out[k] = k === 'pos' && v && typeof v === 'object' ? shift(v as Pos) : walk(v);
    }
    return out;
  };
  return walk(nodes) as Node[];
}

/* ------------------------------------------------------------------------------------------------------ */

/**
 * Parses `rewritten` (the text after `rewrite`; positions are reported in `original`). `stringDepth` counts
 * the strings this text sits in, `baseDepth` the nesting it starts at.
 */
function parseRewritten(
  original: string, rewritten: string, anchors: Array<[number, number]>, stringDepth: number, baseDepth: number,
): ParseResult {
  const map = new PositionMap(original, anchors);
  const posAt = (offset: number) => map.posAt(offset);
  const host: GrammarHost = {
    posAt,
    interpolate: (value, pos, depth) => {
      if (stringDepth >= MAX_STRING_NESTING) return { problem: { message: 'string templates nested too deeply', pos } };
      const inner = parseRewritten(value, value, [], stringDepth + 1, depth);
      if (inner.ok) return { nodes: shiftPositions(inner.template.nodes, pos) };
      const p = inner.problems[0];
      const line = pos.line + p.line - 1;
      const column = p.line === 1 ? pos.column + p.column - 1 : p.column;
      return { problem: { message: `in the string "${value}": ${p.message}`, pos: { offset: pos.offset, line, column } } };
    },
  };
  try {
    const items = new Grammar(rewritten, host, baseDepth).items();
    return { ok: true, template: { source: original, nodes: buildTree(items, posAt, baseDepth) } };
  } catch (e) {
    let pos: Pos;
    if (e instanceof SyntaxProblem) pos = posAt(e.offset);
    else if (e instanceof BlockProblem) pos = e.pos;
    else throw e;
    return { ok: false, problems: [{ message: e.message, line: pos.line, column: pos.column }] };
  }
}

/**
 * Parses a mapping template. Never throws: a template the grammar or the block structure rejects gives
 * problems with 1-based line and column in `text`.
 */
export function parseTemplate(text: string): ParseResult {
  const { text: rewritten, anchors } = rewrite(text);
  return parseRewritten(text, rewritten, anchors, 0, 0);
}
