/**
 * JSONPath as API Gateway's Jayway JsonPath reads it, evaluated over the template's own values so that
 * `$input.path('$')` and `$input.json(...)` share one mutable document (AWS sample
 * apigw-mappingtemplate-lambda relies on it).
 *
 * A definite path (only names and single indexes) yields the value or null; an indefinite one (`*`, `..`,
 * a filter, a slice, a union) yields a JSON list of the matches, even of one (Jayway semantics).
 * A path that does not start with `$` or `@` is read as `$.` + path, as Jayway does.
 */
import { slots, work } from './budget';
import { EvaluationError } from './errors';
import { compileJavaRegex, Program } from './regex/program';
import { execute } from './regex/run';
import { JavaRegexError, NO_FLAGS } from './regex/syntax';
import { compareNumbers, integerFromText, isNumber, JavaDouble, JavaList, JavaMap, javaEquals, javaToString, Value } from './values';

export class JsonPathSyntaxError extends Error {
  constructor(message: string, readonly position: number) {
    super(message);
    this.name = 'JsonPathSyntaxError';
  }
}

type Step =
  | { readonly kind: 'names'; readonly names: string[] }
  | { readonly kind: 'indexes'; readonly indexes: number[] }
  | { readonly kind: 'wildcard' }
  | { readonly kind: 'slice'; readonly start: number | undefined; readonly end: number | undefined; readonly step: number }
  | { readonly kind: 'filter'; readonly filter: Filter }
  | { readonly kind: 'descend' };

type Operand =
  | { readonly kind: 'path'; readonly root: '@' | '$'; readonly steps: Step[] }
  | { readonly kind: 'literal'; readonly value: Value };

type Filter =
  | { readonly kind: 'exists'; readonly operand: Operand }
  | { readonly kind: 'compare'; readonly op: string; readonly left: Operand; readonly right: Operand }
  | { readonly kind: 'regex'; readonly left: Operand; readonly regex: Program }
  | { readonly kind: 'and' | 'or'; readonly left: Filter; readonly right: Filter }
  | { readonly kind: 'not'; readonly operand: Filter };

export interface CompiledPath {
  readonly steps: Step[];
  readonly definite: boolean;
}

const NAME_CHAR = /[^.[\]()\s'"*,?=!<>&|]/;

class PathParser {
  i = 0;
  constructor(readonly s: string) {}

  fail(message: string): never {
    throw new JsonPathSyntaxError(message, this.i);
  }

  steps(stopAt: (c: string) => boolean): Step[] {
    const steps: Step[] = [];
    const s = this.s;
    while (this.i < s.length && !stopAt(s[this.i])) {
      const c = s[this.i];
      if (c === '.') {
        if (s[this.i + 1] === '.') {
          this.i += 2;
          steps.push({ kind: 'descend' });
          if (s[this.i] === '[') continue;
          if (this.i >= s.length) this.fail('path must not end with ".."');
        } else {
          this.i++;
          if (this.i >= s.length) this.fail('path must not end with "."');
        }
        if (s[this.i] === '*') {
          this.i++;
          steps.push({ kind: 'wildcard' });
          continue;
        }
        const start = this.i;
        while (this.i < s.length && NAME_CHAR.test(s[this.i])) this.i++;
        if (this.i === start) this.fail(`expected a property name after "." at position ${start}`);
        let name = s.slice(start, this.i);
        if (s[this.i] === '(' && s[this.i + 1] === ')') {
          this.i += 2;
          name += '()';
        }
        steps.push({ kind: 'names', names: [name] });
        continue;
      }
      if (c === '[') {
        steps.push(this.bracket());
        continue;
      }
      this.fail(`unexpected "${c}" at position ${this.i}: expected "." or "["`);
    }
    return steps;
  }

  private ws(): void {
    while (this.s[this.i] === ' ') this.i++;
  }

  private quoted(): string {
    const q = this.s[this.i];
    this.i++;
    let out = '';
    while (this.i < this.s.length && this.s[this.i] !== q) {
      if (this.s[this.i] === '\\' && this.i + 1 < this.s.length) this.i++;
      out += this.s[this.i];
      this.i++;
    }
    if (this.i >= this.s.length) this.fail('unterminated quoted name');
    this.i++;
    return out;
  }

  private bracket(): Step {
    const s = this.s;
    this.i++;
    this.ws();
    const c = s[this.i];
    let step: Step;
    if (c === '*') {
      this.i++;
      step = { kind: 'wildcard' };
    } else if (c === '?') {
      this.i++;
      this.ws();
      if (s[this.i] !== '(') this.fail('expected "(" after "?"');
      this.i++;
      const filter = this.filterOr();
      this.ws();
      if (s[this.i] !== ')') this.fail('unclosed filter: expected ")"');
      this.i++;
      step = { kind: 'filter', filter };
    } else if (c === '\'' || c === '"') {
      const names = [this.quoted()];
      this.ws();
      while (s[this.i] === ',') {
        this.i++;
        this.ws();
        if (s[this.i] !== '\'' && s[this.i] !== '"') this.fail('expected a quoted name after ","');
        names.push(this.quoted());
        this.ws();
      }
      step = { kind: 'names', names };
    } else {
      const start = this.i;
      while (this.i < s.length && s[this.i] !== ']') this.i++;
      const body = s.slice(start, this.i).trim();
      if (!body.length) this.fail('empty brackets');
      if (body.includes(':')) {
        const parts = body.split(':').map(p => p.trim());
        if (parts.length > 3 || parts.some(p => p !== '' && !/^-?\d+$/.test(p))) this.fail(`invalid slice [${body}]`);
        step = {
          kind: 'slice',
          start: parts[0] === '' ? undefined : Number(parts[0]),
          end: parts[1] === undefined || parts[1] === '' ? undefined : Number(parts[1]),
          step: parts[2] === undefined || parts[2] === '' ? 1 : Number(parts[2]),
        };
      } else {
        const parts = body.split(',').map(p => p.trim());
        if (parts.some(p => !/^-?\d+$/.test(p))) this.fail(`invalid index [${body}]`);
        step = { kind: 'indexes', indexes: parts.map(Number) };
      }
    }
    this.ws();
    if (s[this.i] !== ']') this.fail('expected "]"');
    this.i++;
    return step;
  }

  private filterOr(): Filter {
    let left = this.filterAnd();
    for (;;) {
      this.ws();
      if (this.s.startsWith('||', this.i)) {
        this.i += 2;
        left = { kind: 'or', left, right: this.filterAnd() };
      } else {
        return left;
      }
    }
  }

  private filterAnd(): Filter {
    let left = this.filterUnary();
    for (;;) {
      this.ws();
      if (this.s.startsWith('&&', this.i)) {
        this.i += 2;
        left = { kind: 'and', left, right: this.filterUnary() };
      } else {
        return left;
      }
    }
  }

  private filterUnary(): Filter {
    this.ws();
    if (this.s[this.i] === '!' && this.s[this.i + 1] !== '=') {
      this.i++;
      return { kind: 'not', operand: this.filterUnary() };
    }
    if (this.s[this.i] === '(') {
      this.i++;
      const inner = this.filterOr();
      this.ws();
      if (this.s[this.i] !== ')') this.fail('expected ")"');
      this.i++;
      return inner;
    }
    const left = this.operand();
    this.ws();
    const m = /^(==|!=|<=|>=|<|>|=~)/.exec(this.s.slice(this.i, this.i + 2));
    if (!m) return { kind: 'exists', operand: left };
    this.i += m[1].length;
    this.ws();
    if (m[1] === '=~') {
      if (this.s[this.i] !== '/') this.fail('expected /regex/ after =~');
      const end = this.s.indexOf('/', this.i + 1);
      if (end === -1) this.fail('unterminated regex');
      const body = this.s.slice(this.i + 1, end);
      this.i = end + 1;
      const flags = /^[idmsxuU]*/.exec(this.s.slice(this.i))![0];
      this.i += flags.length;
      // Jayway compiles the pattern with java.util.regex, the flags as Pattern flags.
      let regex: Program;
      try {
        regex = compileJavaRegex(body, {
          ...NO_FLAGS, i: flags.includes('i'), d: flags.includes('d'), m: flags.includes('m'), s: flags.includes('s'), x: flags.includes('x'), u: flags.includes('u'),
        });
      } catch (e) {
        if (e instanceof JavaRegexError) return this.fail(`invalid regex /${body}/: ${e.message}`);
        throw e;
      }
      return { kind: 'regex', left, regex };
    }
    return { kind: 'compare', op: m[1], left, right: this.operand() };
  }

  private operand(): Operand {
    const s = this.s;
    const c = s[this.i];
    if (c === '@' || c === '$') {
      this.i++;
      const steps = this.steps(ch => ch === ' ' || ch === ')' || ch === '=' || ch === '!' || ch === '<' || ch === '>' || ch === '&' || ch === '|');
      return { kind: 'path', root: c, steps };
    }
    if (c === '\'' || c === '"') return { kind: 'literal', value: this.quoted() };
    const m = /^(-?\d+(\.\d+)?|true|false|null)/.exec(s.slice(this.i, this.i + 64));
    if (!m) this.fail(`unexpected "${c ?? 'end of path'}" in filter`);
    this.i += m[0].length;
    const t = m[0];
    if (t === 'true' || t === 'false') return { kind: 'literal', value: t === 'true' };
    if (t === 'null') return { kind: 'literal', value: null };
    return { kind: 'literal', value: t.includes('.') ? new JavaDouble(Number(t)) : integerFromText(t) };
  }
}

function isDefinite(steps: Step[]): boolean {
  return steps.every(s => (s.kind === 'names' && s.names.length === 1) || (s.kind === 'indexes' && s.indexes.length === 1));
}

/** Compiles a Jayway-style path; throws `JsonPathSyntaxError` when Jayway would refuse it. */
export function compileJsonPath(path: string): CompiledPath {
  const trimmed = path.trim();
  if (!trimmed.length) throw new JsonPathSyntaxError('the path is empty', 0);
  const text = trimmed.startsWith('$') || trimmed.startsWith('@') ? trimmed : `$.${trimmed}`;
  const p = new PathParser(text);
  p.i = 1;
  const steps = p.steps(() => false);
  return { steps, definite: isDefinite(steps) };
}

/* ------------------------------------------------------------------------------------------------------ */

/** The members of a collection, each one touched (work). */
function children(v: Value): Value[] {
  if (v instanceof JavaMap) {
    work(v.entries.size);
    return [...v.entries.values()];
  }
  if (v instanceof JavaList) {
    work(v.items.length);
    return v.items;
  }
  return [];
}

/**
 * Values one step of a path may select (Jayway sets no bound; ours keeps `$..[*]..[*]..[*]` on a small
 * deeply nested body from growing to gigabytes: each `..` after a `[*]` multiplies the matches by the depth).
 */
export const MAX_JSONPATH_RESULTS = 1_000_000;

/** Work units one value a path step selects counts (a step of the JavaScript walk). */
export const JSONPATH_VALUE_COST = 20;

/** Counts `added` values just put in `out` (budget and bound). */
function counted(out: Value[], added: number): void {
  slots(added);
  work(added * JSONPATH_VALUE_COST);
  if (out.length > MAX_JSONPATH_RESULTS) {
    throw new EvaluationError(`JSONPath selects more than ${MAX_JSONPATH_RESULTS} values in one step`);
  }
}

/** Adds to `out` without spreading (a spread of 200,000 arguments overflows the stack). */
function pushAll(out: Value[], items: Value[]): void {
  for (const x of items) out.push(x);
  counted(out, items.length);
}

/**
 * Nesting `..` follows before it stops: Jayway walks a document recursively, so a deeper one (or one that
 * contains itself, which a template can build) ends in Java's StackOverflowError; here, in this error.
 */
export const MAX_DESCENT_DEPTH = 10_000;

/** Results counted against the budget in chunks of this many (a check per value would cost as much as the walk). */
const CHUNK = 4096;

/**
 * `..`: the value and everything under it, depth first, with an explicit stack (parallel arrays of values
 * and depths), never recursion.
 */
function descendants(root: Value, out: Value[]): void {
  const values: Value[] = [root];
  const depths: number[] = [0];
  let uncharged = 0;
  while (values.length) {
    const v = values.pop()!;
    const depth = depths.pop()!;
    out.push(v);
    if (++uncharged === CHUNK) {
      counted(out, uncharged);
      uncharged = 0;
    }
    if (v instanceof JavaMap || v instanceof JavaList) {
      if (depth >= MAX_DESCENT_DEPTH) {
        throw new EvaluationError(`StackOverflowError: a JSONPath '..' went past ${MAX_DESCENT_DEPTH} levels (a collection that contains itself?)`);
      }
      const c = children(v);
      for (let k = c.length - 1; k >= 0; k--) {
        values.push(c[k]);
        depths.push(depth + 1);
      }
    }
  }
  counted(out, uncharged);
}

function apply(step: Step, current: Value[], root: Value): Value[] {
  const out: Value[] = [];
  switch (step.kind) {
    case 'names':
      for (const v of current) {
        if (!(v instanceof JavaMap)) continue;
        work(step.names.length);
        for (const n of step.names) if (v.entries.has(n)) out.push(v.get(n));
      }
      return out;
    case 'indexes':
      for (const v of current) {
        if (!(v instanceof JavaList)) continue;
        for (const i of step.indexes) {
          const at = i < 0 ? v.items.length + i : i;
          if (at >= 0 && at < v.items.length) out.push(v.items[at]);
        }
      }
      return out;
    case 'wildcard':
      for (const v of current) pushAll(out, children(v));
      return out;
    case 'slice':
      for (const v of current) {
        if (!(v instanceof JavaList)) continue;
        const n = v.items.length;
        const norm = (x: number) => (x < 0 ? Math.max(0, n + x) : Math.min(n, x));
        const from = step.start === undefined ? 0 : norm(step.start);
        const to = step.end === undefined ? n : norm(step.end);
        for (let i = from; i < to; i += Math.max(1, step.step)) {
          out.push(v.items[i]);
          counted(out, 1);
        }
      }
      return out;
    case 'filter':
      for (const v of current) {
        for (const c of children(v)) {
          if (matches(step.filter, c, root)) {
            out.push(c);
            counted(out, 1);
          }
        }
      }
      return out;
    case 'descend':
      for (const v of current) descendants(v, out);
      return out;
  }
}

function run(steps: Step[], start: Value, root: Value): Value[] {
  let current: Value[] = [start];
  for (const step of steps) current = apply(step, current, root);
  return current;
}

type OperandValue = { readonly found: boolean; readonly value: Value };

/**
 * The values of `$`-rooted filter operands during one evaluation: they are the same for every candidate
 * (nothing changes the document meanwhile), so `[?(@.x == $..y)]` walks the document once, not once per
 * candidate.
 */
let rootOperands = new Map<Operand, OperandValue>();

function operandValue(o: Operand, at: Value, root: Value): OperandValue {
  if (o.kind === 'literal') return { found: true, value: o.value };
  if (o.root === '$') {
    const known = rootOperands.get(o);
    if (known) return known;
  }
  const r = run(o.steps, o.root === '@' ? at : root, root);
  const v = r.length ? { found: true, value: r[0] } : { found: false, value: null };
  if (o.root === '$') rootOperands.set(o, v);
  return v;
}

function runPath(path: CompiledPath, document: Value): Value[] {
  rootOperands = new Map();
  try {
    return run(path.steps, document, document);
  } finally {
    rootOperands = new Map();
  }
}

function matches(f: Filter, at: Value, root: Value): boolean {
  switch (f.kind) {
    case 'and': return matches(f.left, at, root) && matches(f.right, at, root);
    case 'or': return matches(f.left, at, root) || matches(f.right, at, root);
    case 'not': return !matches(f.operand, at, root);
    case 'exists': return operandValue(f.operand, at, root).found;
    case 'regex': {
      const l = operandValue(f.left, at, root);
      // Jayway matches the whole text (`Matcher.matches()`), of a string or a number.
      if (!l.found || !(typeof l.value === 'string' || isNumber(l.value))) return false;
      return execute(f.regex, javaToString(l.value), 0, true, 0) !== null;
    }
    case 'compare': {
      const l = operandValue(f.left, at, root);
      const r = operandValue(f.right, at, root);
      if (!l.found || !r.found) return f.op === '!=' && l.found !== r.found;
      const a = l.value;
      const b = r.value;
      if (f.op === '==') return a === null || b === null ? a === b : javaEquals(a, b);
      if (f.op === '!=') return a === null || b === null ? a !== b : !javaEquals(a, b);
      let c: number;
      if (isNumber(a) && isNumber(b)) c = compareNumbers(a, b);
      else if (typeof a === 'string' && typeof b === 'string') c = a < b ? -1 : a > b ? 1 : 0;
      else return false;
      return f.op === '<' ? c < 0 : f.op === '<=' ? c <= 0 : f.op === '>' ? c > 0 : c >= 0;
    }
  }
}

/** Evaluates a compiled path over a document: the value (or null) when definite, a JSON list otherwise. */
export function evaluateJsonPath(path: CompiledPath, document: Value): Value {
  const found = runPath(path, document);
  if (path.definite) return found.length ? found[0] : null;
  return new JavaList(found, true);
}

/** Whether a definite path selects nothing (for `$input.json`'s missing-path output). */
export function isMissing(path: CompiledPath, document: Value): boolean {
  return path.definite && runPath(path, document).length === 0;
}
