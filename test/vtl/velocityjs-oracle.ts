/**
 * The oracle of the parser's differential tests: the adapter over velocityjs that was the library's parser
 * until its own (`src/vtl/parse.ts`) replaced it, kept as it was (only this paragraph and the exports are
 * new). Its positions come from velocityjs's line counting and from searching the text, so they can be
 * wrong where the new parser's are not (see parse-differential.test.ts).
 *
 * Parser adapter over velocityjs. velocityjs's lexer and grammar accept the Velocity 1.x syntax API Gateway
 * uses (hyphens in identifiers, `#set (`, `##` comments, `#define`, `#macro`, `#break`); what it does not
 * accept or gets wrong is handled here:
 * - `#stop`, `#{stop}`, `#{break}`, `#{if}(`... are rewritten before lexing (positions are mapped back);
 * - block structure is rebuilt from velocityjs's flat token list, so an unclosed `#if` or a stray `#end` is a
 *   problem (velocityjs silently accepts both, and drops everything after a stray `#end`);
 * - Velocity 1.7 whitespace gobbling (a directive eats the spaces and newline after it; `#set` also eats
 *   the indentation before it) is applied here, once, instead of at every render.
 * No velocityjs type leaves this file.
 */
import { dirname, join } from 'path';
import {
  BinaryOp, Expr, IfBranch, Node, Pos, Segment, StringExpr, VarExpr,
} from '../../src/vtl/ast';

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

/* ------------------------------------------------------------------------------------------------------ */
/* velocityjs's raw output, typed loosely on purpose: it is untrusted input to the converter below.        */

interface RawPos { first_line: number; first_column: number; last_line?: number; last_column?: number }
interface RawNode { type: string; [k: string]: unknown; pos?: RawPos }
type RawToken = string | RawNode;
interface RawError { message?: string; hash?: { line?: number; loc?: RawPos; text?: string; token?: unknown } }

type FlatParser = (text: string) => RawToken[];

let flatParser: FlatParser | undefined;

/**
 * velocityjs's public `parse` nests blocks without reporting unbalanced ones; its jison parser (the flat
 * token list) is not exported through the package's `exports` map, so it is loaded by file path. velocityjs
 * is pinned and bundled, so the path is stable.
 */
function loadFlatParser(): FlatParser {
  if (flatParser) return flatParser;
  const dir = dirname(require.resolve('velocityjs'));
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const mod = require(join(dir, 'parse', 'index.cjs')) as { parse_1: FlatParser };
  flatParser = mod.parse_1;
  return flatParser;
}

/* ------------------------------------------------------------------------------------------------------ */
/* Positions                                                                                               */

/** Line starts, counting `\r\n`, `\r` and `\n` as line breaks, as velocityjs's lexer does. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    } else if (c === 10) {
      starts.push(i + 1);
    }
  }
  return starts;
}

/** Maps offsets of the rewritten text back to the original text, and offsets to line/column. */
class PositionMap {
  private readonly preStarts: number[];
  private readonly origStarts: number[];
  /** Pairs (rewritten offset, original offset) where an edit ends; sorted. */
  constructor(rewritten: string, original: string, private readonly anchors: Array<[number, number]>) {
    this.preStarts = lineStarts(rewritten);
    this.origStarts = lineStarts(original);
  }

  /** Offset in the rewritten text of a velocityjs position (1-based line, 0-based column). */
  offsetOf(p: RawPos | undefined): number | undefined {
    if (!p || typeof p.first_line !== 'number' || typeof p.first_column !== 'number') return undefined;
    const start = this.preStarts[p.first_line - 1];
    return start === undefined ? undefined : start + p.first_column;
  }

  endOffsetOf(p: RawPos | undefined): number | undefined {
    if (!p || typeof p.last_line !== 'number' || typeof p.last_column !== 'number') return undefined;
    const start = this.preStarts[p.last_line - 1];
    return start === undefined ? undefined : start + p.last_column;
  }

  toOriginal(offset: number): number {
    let delta = 0;
    for (const [pre, orig] of this.anchors) {
      if (pre > offset) break;
      delta = orig - pre;
    }
    return Math.max(0, offset + delta);
  }

  posAt(rewrittenOffset: number): Pos {
    return this.originalPos(this.toOriginal(rewrittenOffset));
  }

  originalPos(offset: number): Pos {
    const starts = this.origStarts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = Math.floor((lo + hi + 1) / 2);
      if (starts[mid] <= offset) lo = mid; else hi = mid - 1;
    }
    return { offset, line: lo + 1, column: offset - starts[lo] + 1 };
  }
}

/* ------------------------------------------------------------------------------------------------------ */
/* Rewriting what velocityjs does not lex                                                                  */

const BRACED_DIRECTIVE = /^#\{(set|if|elseif|foreach|macro|define|break|stop)\}/;
const IDENT_CHAR = /[A-Za-z0-9_-]/;

/**
 * Rewrites `#stop` and `#{stop}` to `#stop()` (a call velocityjs parses), `#{break}` to `#break` and
 * `#{set}(` and friends to `#set(`. Comments, `#[[raw]]#` blocks and escaped directives are left alone.
 */
export function rewrite(text: string): { text: string; anchors: Array<[number, number]> } {
  let out = '';
  const anchors: Array<[number, number]> = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text[i];
    if (c !== '#') {
      out += c;
      i++;
      continue;
    }
    const next = text[i + 1];
    if (next === '#') {
      const end = text.indexOf('\n', i);
      const stop = end === -1 ? n : end;
      out += text.slice(i, stop);
      i = stop;
      continue;
    }
    if (next === '*') {
      const end = text.indexOf('*#', i + 2);
      const stop = end === -1 ? n : end + 2;
      out += text.slice(i, stop);
      i = stop;
      continue;
    }
    if (next === '[' && text[i + 2] === '[') {
      const end = text.indexOf(']]#', i + 3);
      const stop = end === -1 ? n : end + 3;
      out += text.slice(i, stop);
      i = stop;
      continue;
    }
    if (i > 0 && text[i - 1] === '\\') {
      out += c;
      i++;
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
      out += c;
      i++;
      continue;
    }
    out += replacement;
    i += consumed;
    anchors.push([out.length, i]);
  }
  return { text: out, anchors };
}

/* ------------------------------------------------------------------------------------------------------ */
/* Conversion of velocityjs's tokens to our AST                                                            */

const BLOCK_OPENERS = new Set(['if', 'foreach', 'macro', 'define']);
const OPERATORS: Record<string, BinaryOp> = {
  '+': '+',
  '-': '-',
  '*': '*',
  '/': '/',
  '%': '%',
  '&&': '&&',
  '||': '||',
  '==': '==',
  '!=': '!=',
  '<': '<',
  '<=': '<=',
  '>': '>',
  '>=': '>=',
};

class SyntaxProblem extends Error {
  constructor(message: string, readonly pos: Pos) {
    super(message);
  }
}

class Converter {
  /** Offset in the rewritten text where the next nested element is searched for. */
  private cursor = 0;
  /** Where the enclosing positioned token starts, for elements that cannot be located. */
  private anchor = 0;

  constructor(private readonly text: string, private readonly map: PositionMap, private readonly depth: number) {}

  convert(tokens: RawToken[]): Node[] {
    const flat = this.gobble(tokens);
    const [nodes, end] = this.level(flat, 0, undefined);
    if (end < flat.length) {
      const t = flat[end] as RawNode;
      throw new SyntaxProblem(`#${t.type} without a matching #if/#foreach/#macro/#define`, this.posOf(t));
    }
    return nodes;
  }

  private posOf(t: RawNode): Pos {
    const off = this.map.offsetOf(t.pos);
    return this.map.posAt(off ?? this.anchor);
  }

  /** Velocity 1.7 whitespace: a directive eats `[ \t]*` + one line break after it; `#set` eats its indentation. */
  private gobble(tokens: RawToken[]): RawToken[] {
    const out: RawToken[] = [];
    let eatNext = false;
    const startsTemplate = typeof tokens[0] === 'string';
    for (const t of tokens) {
      if (typeof t === 'string') {
        let s = t;
        if (eatNext) {
          const m = /^[ \t]*(\r\n|\r|\n)/.exec(s);
          if (m) s = s.slice(m[0].length);
        }
        eatNext = false;
        const prev = out[out.length - 1];
        if (typeof prev === 'string') out[out.length - 1] = prev + s;
        else out.push(s);
        continue;
      }
      if (t.type === 'set') {
        const prev = out[out.length - 1];
        if (typeof prev === 'string') {
          const m = /(^|\r\n|\r|\n)[ \t]+$/.exec(prev);
          // Only indentation: text at the very start of the template, or after a line break.
          if (m && (m[1] !== '' || (out.length === 1 && startsTemplate))) {
            out[out.length - 1] = prev.slice(0, prev.length - (m[0].length - m[1].length));
          }
        }
      }
      eatNext = t.type !== 'references' && t.type !== 'raw' && !(t.type === 'comment' && !String(t.value).startsWith('##'));
      if (t.type === 'comment') continue;
      if (t.type === 'raw') {
        const prev = out[out.length - 1];
        if (typeof prev === 'string') out[out.length - 1] = prev + String(t.value);
        else out.push(String(t.value));
        continue;
      }
      out.push(t);
    }
    return out;
  }

  /**
   * Builds nested blocks. Returns the nodes and the index of the token that closed the level (an `end`, or
   * an `else`/`elseif` when `inIf`), or `tokens.length` at the end of input.
   */
  private level(tokens: RawToken[], start: number, opener: RawNode | undefined): [Node[], number] {
    const nodes: Node[] = [];
    let i = start;
    while (i < tokens.length) {
      const t = tokens[i];
      if (typeof t === 'string') {
        if (t.length) nodes.push({ kind: 'text', text: t });
        i++;
        continue;
      }
      if (t.type === 'end' || t.type === 'else' || t.type === 'elseif') {
        if (!opener) throw new SyntaxProblem(`#${t.type} without a matching #if/#foreach/#macro/#define`, this.posOf(t));
        if (t.type !== 'end' && opener.type !== 'if') {
          throw new SyntaxProblem(`#${t.type} inside #${opener.type}, not inside #if`, this.posOf(t));
        }
        return [nodes, i];
      }
      if (BLOCK_OPENERS.has(t.type)) {
        const [node, next] = this.block(tokens, i);
        nodes.push(node);
        i = next;
        continue;
      }
      nodes.push(this.simple(t));
      i++;
    }
    if (opener) throw new SyntaxProblem(`#${opener.type} is not closed by #end`, this.posOf(opener));
    return [nodes, i];
  }

  private block(tokens: RawToken[], at: number): [Node, number] {
    const t = tokens[at] as RawNode;
    const pos = this.posOf(t);
    this.enter(t);
    if (t.type === 'if') {
      const branches: IfBranch[] = [];
      let head: RawNode = t;
      let condition: Expr | undefined = this.expr(t.condition);
      let sawElse = false;
      let i = at + 1;
      for (;;) {
        const [body, end] = this.level(tokens, i, t);
        branches.push({ condition, body, pos: this.posOf(head) });
        const closer = tokens[end] as RawNode;
        if (closer.type === 'end') return [{ kind: 'if', branches, pos }, end + 1];
        if (sawElse) throw new SyntaxProblem(`#${closer.type} after #else`, this.posOf(closer));
        head = closer;
        this.enter(closer);
        condition = closer.type === 'elseif' ? this.expr(closer.condition) : undefined;
        sawElse = closer.type === 'else';
        i = end + 1;
      }
    }
    if (t.type === 'foreach') {
      const variable = String(t.to);
      const iterable = this.expr(t.from);
      const [body, end] = this.level(tokens, at + 1, t);
      return [{ kind: 'foreach', variable, iterable, body, pos }, end + 1];
    }
    if (t.type === 'define') {
      const [body, end] = this.level(tokens, at + 1, t);
      return [{ kind: 'define', name: String(t.id), body, pos }, end + 1];
    }
    const params = Array.isArray(t.args) ? (t.args as RawNode[]).map(a => String(a.id)) : [];
    const [body, end] = this.level(tokens, at + 1, t);
    return [{ kind: 'macro', name: String(t.id), params, body, pos }, end + 1];
  }

  private enter(t: RawNode): void {
    const off = this.map.offsetOf(t.pos);
    if (off !== undefined) {
      this.cursor = off;
      this.anchor = off;
    }
  }

  private simple(t: RawNode): Node {
    this.enter(t);
    const pos = this.posOf(t);
    switch (t.type) {
      case 'references':
        return { kind: 'output', ref: this.varExpr(t) };
      case 'set': {
        const [target, value] = t.equal as [RawNode, RawNode];
        return { kind: 'set', target: this.varExpr(target), value: this.expr(value), pos };
      }
      case 'break':
        return { kind: 'break', pos };
      case 'macro_call': {
        const name = String(t.id);
        if (name === 'stop') return { kind: 'stop', pos };
        const args = Array.isArray(t.args) ? (t.args as RawNode[]).map(a => this.expr(a)) : [];
        const start = this.map.offsetOf(t.pos);
        const end = this.map.endOffsetOf(t.pos);
        const source = start !== undefined && end !== undefined ? this.text.slice(start, end) : `#${name}()`;
        return { kind: 'call', name, args, source, pos };
      }
      default:
        throw new SyntaxProblem(`unsupported construct ${t.type}`, pos);
    }
  }

  /** Finds the next occurrence of a reference to `name` at or after the cursor. */
  private locateVar(name: string): Pos {
    let best = -1;
    for (const lead of ['$', '$!', '${', '$!{']) {
      const at = this.text.indexOf(lead + name, this.cursor);
      if (at !== -1 && (best === -1 || at < best)) best = at;
    }
    const off = best === -1 ? this.anchor : best;
    if (best !== -1) this.cursor = best + 1;
    return this.map.posAt(off);
  }

  private varExpr(raw: RawNode): VarExpr {
    const name = String(raw.id);
    const pos = raw.pos ? this.map.posAt(this.map.offsetOf(raw.pos) ?? this.anchor) : this.locateVar(name);
    if (raw.pos) {
      const off = this.map.offsetOf(raw.pos);
      if (off !== undefined) this.cursor = off + 1;
    }
    const path: Segment[] = [];
    for (const seg of Array.isArray(raw.path) ? (raw.path as RawNode[]) : []) {
      if (seg.type === 'property') {path.push({ kind: 'property', name: String(seg.id) });} else if (seg.type === 'index') {path.push({ kind: 'index', key: this.expr(seg.id as RawNode) });} else if (seg.type === 'method') {
        const args = Array.isArray(seg.args) ? (seg.args as RawNode[]).map(a => this.expr(a)) : [];
        path.push({ kind: 'method', name: String(seg.id), args });
      }
    }
    return { kind: 'var', name, silent: raw.leader === '$!', path, pos };
  }

  private expr(raw: unknown): Expr {
    const r = raw as RawNode;
    switch (r.type) {
      case 'references':
        return this.varExpr(r);
      case 'string':
        return this.stringExpr(r);
      case 'integer':
        return { kind: 'int', text: String(r.value) };
      case 'decimal':
        return { kind: 'decimal', value: Number(r.value) };
      case 'bool':
        return r.value === 'null' ? { kind: 'null' } : { kind: 'bool', value: r.value === 'true' };
      case 'array': {
        const items = Array.isArray(r.value) ? (r.value as unknown[]) : [];
        if (r.isRange === true) {
          const [from, to] = items.map(v => typeof v === 'string' || typeof v === 'number'
            ? { kind: 'int', text: String(v) } as Expr
            : this.expr(v));
          return { kind: 'range', from, to };
        }
        return { kind: 'list', items: items.map(v => this.expr(v)) };
      }
      case 'map': {
        const value = (r.value ?? {}) as Record<string, unknown>;
        return { kind: 'map', entries: Object.keys(value).map(k => [k, this.expr(value[k])] as const) };
      }
      case 'math': {
        const operands = r.expression as unknown[];
        const op = String(r.operator);
        if (op === 'parenthesis') return this.expr(operands[0]);
        if (op === 'not') return { kind: 'not', operand: this.expr(operands[0]) };
        if (op === 'minus') return { kind: 'minus', operand: this.expr(operands[0]) };
        const mapped = OPERATORS[op];
        if (!mapped) throw new SyntaxProblem(`unsupported operator ${op}`, this.map.posAt(this.anchor));
        const left = this.expr(operands[0]);
        const right = this.expr(operands[1]);
        return { kind: 'binary', op: mapped, left, right };
      }
      default:
        throw new SyntaxProblem(`unsupported expression ${String(r.type)}`, this.map.posAt(this.anchor));
    }
  }

  private stringExpr(r: RawNode): StringExpr {
    const value = String(r.value);
    const quote = r.isEval === true ? '"' : '\'';
    const at = this.text.indexOf(quote, this.cursor);
    const contentOffset = at === -1 ? this.anchor : at + 1;
    if (at !== -1) this.cursor = at + 1 + value.length;
    const pos = this.map.posAt(contentOffset);
    if (r.isEval !== true || (value.indexOf('$') === -1 && value.indexOf('#') === -1)) {
      return { kind: 'string', value, parts: undefined, pos };
    }
    if (this.depth > MAX_STRING_NESTING) throw new SyntaxProblem('string templates nested too deeply', pos);
    // An interpolated string is a template of its own; its positions are offset to where it starts.
    const inner = parseRewritten(value, value, [], this.depth + 1);
    if (!inner.ok) {
      const p = inner.problems[0];
      const line = pos.line + p.line - 1;
      const column = p.line === 1 ? pos.column + p.column - 1 : p.column;
      throw new SyntaxProblem(`in the string "${value}": ${p.message}`, { offset: pos.offset, line, column });
    }
    const nodes = inner.template.nodes;
    // `"$.pets"` interpolates to itself: keep it a literal so checks can read it.
    if (nodes.every(n => n.kind === 'text')) {
      return { kind: 'string', value: nodes.map(n => (n.kind === 'text' ? n.text : '')).join(''), parts: undefined, pos };
    }
    return { kind: 'string', value, parts: shiftPositions(nodes, pos), pos };
  }
}

const MAX_STRING_NESTING = 8;

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
/* Errors from velocityjs                                                                                  */

/** Where jison's error snippet (`past` + `upcoming`, newlines dropped, caret between them) sits in the text. */
function locateSnippet(text: string, message: string, lineHint: number | undefined): number | undefined {
  const lines = message.split('\n');
  const caretIdx = lines.findIndex(l => /^-*\^$/.test(l));
  if (caretIdx < 1) return undefined;
  const snippet = lines[caretIdx - 1];
  const caret = lines[caretIdx].length - 1;
  let past = snippet.slice(0, caret);
  if (past.startsWith('...')) past = past.slice(3);
  const flat: number[] = [];
  let flatText = '';
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\n') continue;
    flat.push(i);
    flatText += text[i];
  }
  flat.push(text.length);
  let best: number | undefined;
  let from = 0;
  for (;;) {
    const at = flatText.indexOf(past, from);
    if (at === -1) break;
    const offset = flat[at + past.length];
    if (best === undefined) best = offset;
    if (lineHint !== undefined) {
      const line = text.slice(0, offset).split(/\r\n|\r|\n/).length;
      if (line === lineHint) return offset;
    }
    from = at + 1;
  }
  return best;
}

function problemFromError(e: unknown, rewritten: string, map: PositionMap): ParseProblem {
  const err = e as RawError;
  const message = typeof err?.message === 'string' ? err.message : String(e);
  const hint = err.hash?.loc?.last_line ?? (typeof err.hash?.line === 'number' ? err.hash.line + 1 : undefined);
  let offset = locateSnippet(rewritten, message, hint);
  if (offset === undefined && err.hash?.loc) offset = map.offsetOf(err.hash.loc);
  const pos = map.posAt(offset ?? 0);
  return { message: describeError(message), line: pos.line, column: pos.column };
}

/** jison's message, without the snippet lines (the position says where), in one line. */
function describeError(message: string): string {
  const lines = message.split('\n');
  const head = lines[0].replace(/ on line \d+[.:]?$/, '').replace(/ on line \d+\./, '.');
  const rest = lines.filter(l => l.startsWith('Expecting')).map(l => l.replace(/'/g, ''));
  return [head.trim(), ...rest].join(': ');
}

/* ------------------------------------------------------------------------------------------------------ */

function parseRewritten(original: string, rewritten: string, anchors: Array<[number, number]>, depth: number): ParseResult {
  const map = new PositionMap(rewritten, original, anchors);
  let tokens: RawToken[];
  try {
    tokens = loadFlatParser()(rewritten);
  } catch (e) {
    return { ok: false, problems: [problemFromError(e, rewritten, map)] };
  }
  try {
    const nodes = new Converter(rewritten, map, depth).convert(tokens);
    return { ok: true, template: { source: original, nodes } };
  } catch (e) {
    if (e instanceof SyntaxProblem) {
      return { ok: false, problems: [{ message: e.message, line: e.pos.line, column: e.pos.column }] };
    }
    const pos = map.posAt(0);
    return { ok: false, problems: [{ message: `template could not be parsed: ${e instanceof Error ? e.message : String(e)}`, line: pos.line, column: pos.column }] };
  }
}

/**
 * Parses a mapping template. Never throws: a template velocityjs or the block structure rejects gives
 * problems with 1-based line and column in `text`.
 */
export function parseWithVelocityjs(text: string): ParseResult {
  const { text: rewritten, anchors } = rewrite(text);
  return parseRewritten(text, rewritten, anchors, 0);
}

/** velocityjs's own error message for `text` after the rewrite (with jison's snippet), or undefined if it parses. */
export function velocityjsError(text: string): string | undefined {
  try {
    loadFlatParser()(rewrite(text).text);
    return undefined;
  } catch (e) {
    return (e as Error).message;
  }
}
