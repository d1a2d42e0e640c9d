/**
 * The evaluator: walks our AST (see parse.ts) with the Java value model (values.ts). It does not use
 * velocityjs's renderer: Velocity 1.7 semantics (null handling, `#set` of null, loop-variable restore,
 * `$foreach`, integer arithmetic, Java methods), the override bookkeeping and the limits all need their own
 * walker, and no template value is ever a JavaScript object the template can index (the sandbox).
 */
import { Expr, MacroNode, Node, Pos, VarExpr } from './ast';
import { Budget, BudgetLimits, built, NODE_COST, slots, withBudget, work } from './budget';
import { createContext, extractOverrides } from './context';
import { EvaluationError } from './errors';
import { InputVariable } from './input';
import { callMethod, checkLength, getIndex, getProperty, setMember } from './methods';
import { parseTemplate, ParsedTemplate } from './parse';
import { RenderOutcome, RenderRequestInput } from './request';
import { callUtil } from './util';
import {
  arithmetic, Builtin, compareNumbers, ForeachScope, fromPlain, integerFromText, isInteger, isNumber, JavaDouble,
  JavaList, JavaMap, javaEquals, negate, render, truthy, Value,
} from './values';

/** Iterations of one `#foreach` (API Gateway quota: 1,000, cannot be raised). */
export const MAX_FOREACH_ITERATIONS = 1000;
/**
 * What happens past the limit is undocumented. Velocity 1.7's own `directive.foreach.maxloops` stops the
 * loop silently; the library reports an error instead (issue 4), so the author learns about it. Set to
 * false to truncate silently.
 */
export const FOREACH_LIMIT_IS_ERROR = true;
/** Velocity 1.7 `directive.set.null.allowed=false`: `#set($x = <null>)` leaves `$x` unchanged. */
export const SET_NULL_ALLOWED = false;
/** Velocity 1.7 `velocimacro.max.depth`. */
export const MAX_MACRO_DEPTH = 20;
/** Largest output a render may produce (the REST payload limit). */
export const MAX_OUTPUT_LENGTH = 10 * 1024 * 1024;
/** Largest `[a..b]` range literal materialized. */
const MAX_RANGE = 100_000;
/** Nesting of string interpolation, `#define` and `#evaluate` renders. */
const MAX_RENDER_DEPTH = 64;

class BreakSignal {}
class StopSignal {}

/** A `#define` block: rendering `$name` renders the block. */
class DefinedBlock extends Builtin {
  constructor(name: string, readonly body: Node[]) {
    super(name);
  }
}

class Evaluator {
  private out = '';
  private depth = 0;
  private macroDepth = 0;
  private readonly globals = new Map<string, Value>();
  private readonly frames: Array<Map<string, Value>> = [];
  private readonly macros = new Map<string, MacroNode>();
  private readonly input: InputVariable;
  private readonly utilVar = new Builtin('util');
  readonly context: JavaMap;

  constructor(request: RenderRequestInput, private readonly budget: Budget) {
    this.input = new InputVariable(request);
    this.context = createContext(request.context);
    this.globals.set('input', this.input.builtin);
    this.globals.set('util', this.utilVar);
    this.globals.set('context', this.context);
    this.globals.set('stageVariables', fromPlain(request.stageVariables ?? {}));
  }

  run(nodes: Node[]): string {
    this.collectMacros(nodes);
    try {
      this.renderNodes(nodes);
    } catch (e) {
      if (!(e instanceof StopSignal) && !(e instanceof BreakSignal)) throw e;
    }
    return this.out;
  }

  get partialOutput(): string {
    return this.out;
  }

  /** Velocity registers inline macros while parsing, so a call may precede the definition. */
  private collectMacros(nodes: Node[]): void {
    for (const n of nodes) {
      if (n.kind === 'macro') this.macros.set(n.name, n);
      else if (n.kind === 'if') for (const b of n.branches) this.collectMacros(b.body);
      else if (n.kind === 'foreach' || n.kind === 'define') this.collectMacros(n.body);
    }
  }

  /** One node or reference evaluated: a unit of the work budget. */
  private tick(): void {
    this.budget.charge(NODE_COST);
  }

  private emit(s: string): void {
    this.budget.charge(s.length);
    this.out += s;
    if (this.out.length > MAX_OUTPUT_LENGTH) throw new EvaluationError(`output grew past ${MAX_OUTPUT_LENGTH} characters`);
  }

  private renderNodes(nodes: Node[]): void {
    for (const node of nodes) {
      this.tick();
      switch (node.kind) {
        case 'text':
          this.emit(node.text);
          break;
        case 'output': {
          const v = this.evalVar(node.ref);
          if (v instanceof DefinedBlock) this.renderNested(v.body);
          else this.emit(render(v));
          break;
        }
        case 'set':
          this.set(node.target, this.evalExpr(node.value));
          break;
        case 'if':
          for (const b of node.branches) {
            if (b.condition === undefined || truthy(this.evalExpr(b.condition))) {
              this.renderNodes(b.body);
              break;
            }
          }
          break;
        case 'foreach':
          this.foreach(node.variable, node.iterable, node.body, node.pos);
          break;
        case 'define':
          this.assign(node.name, new DefinedBlock(node.name, node.body));
          break;
        case 'macro':
          this.macros.set(node.name, node);
          break;
        case 'call':
          this.call(node.name, node.args, node.source, node.pos);
          break;
        case 'break':
          throw new BreakSignal();
        case 'stop':
          throw new StopSignal();
      }
    }
  }

  private renderNested(nodes: Node[]): void {
    if (++this.depth > MAX_RENDER_DEPTH) throw new EvaluationError('templates nested too deeply (a #define or #evaluate that renders itself?)');
    try {
      this.renderNodes(nodes);
    } finally {
      this.depth--;
    }
  }

  /** Renders nodes to a string (an interpolated string literal). */
  private renderToString(nodes: Node[]): string {
    const saved = this.out;
    this.out = '';
    try {
      this.renderNested(nodes);
      built(this.out.length);
      return checkLength(this.out);
    } finally {
      this.out = saved;
    }
  }

  private lookup(name: string): Value {
    for (let i = this.frames.length - 1; i >= 0; i--) {
      const f = this.frames[i];
      if (f.has(name)) return f.get(name)!;
    }
    const v = this.globals.get(name);
    return v === undefined ? null : v;
  }

  private assign(name: string, value: Value): void {
    const top = this.frames[this.frames.length - 1];
    if (top && top.has(name)) top.set(name, value);
    else this.globals.set(name, value);
  }

  private set(target: VarExpr, value: Value): void {
    if (value === null && !SET_NULL_ALLOWED) return;
    if (target.path.length === 0) {
      this.assign(target.name, value);
      return;
    }
    let parent = this.lookup(target.name);
    for (let i = 0; i < target.path.length - 1 && parent !== null; i++) parent = this.step(parent, target.path[i], target.pos);
    const last = target.path[target.path.length - 1];
    if (parent === null || parent instanceof Builtin) return;
    try {
      if (last.kind === 'property') setMember(parent, last.name, value);
      else if (last.kind === 'index') setMember(parent, this.evalExpr(last.key), value);
    } catch (e) {
      if (e instanceof EvaluationError && !e.pos) throw new EvaluationError(e.message, target.pos, e.status);
      throw e;
    }
  }

  private step(cur: Value, seg: VarExpr['path'][number], pos: Pos): Value {
    if (cur === null) return null;
    if (seg.kind === 'property') {
      if (cur === this.input.builtin) return this.input.property(seg.name);
      return getProperty(cur, seg.name);
    }
    if (seg.kind === 'index') return getIndex(cur, this.evalExpr(seg.key));
    const args = seg.args.map(a => this.evalExpr(a));
    try {
      if (cur === this.input.builtin) return this.input.call(seg.name, args);
      if (cur === this.utilVar) return callUtil(seg.name, args);
      return callMethod(cur, seg.name, args);
    } catch (e) {
      if (e instanceof EvaluationError && !e.pos) throw new EvaluationError(e.message, pos, e.status);
      throw e;
    }
  }

  private evalVar(v: VarExpr): Value {
    this.tick();
    let cur = this.lookup(v.name);
    for (const seg of v.path) {
      if (cur === null) return null;
      cur = this.step(cur, seg, v.pos);
    }
    return cur;
  }

  private evalExpr(e: Expr): Value {
    switch (e.kind) {
      case 'string': return e.parts ? this.renderToString(e.parts) : e.value;
      case 'int': return integerFromText(e.text);
      case 'decimal': return new JavaDouble(e.value);
      case 'bool': return e.value;
      case 'null': return null;
      case 'var': return this.evalVar(e);
      case 'list':
        slots(e.items.length + 1);
        return new JavaList(e.items.map(i => this.evalExpr(i)), false);
      case 'map':
        slots(e.entries.length + 1);
        return JavaMap.of(e.entries.map(([k, x]) => [k, this.evalExpr(x)] as const));
      case 'range': return this.range(this.evalExpr(e.from), this.evalExpr(e.to));
      case 'not': return !truthy(this.evalExpr(e.operand));
      case 'minus': return negate(this.evalExpr(e.operand));
      case 'binary': {
        if (e.op === '&&') return truthy(this.evalExpr(e.left)) && truthy(this.evalExpr(e.right));
        if (e.op === '||') return truthy(this.evalExpr(e.left)) || truthy(this.evalExpr(e.right));
        const a = this.evalExpr(e.left);
        const b = this.evalExpr(e.right);
        switch (e.op) {
          case '==': return javaEquals(a, b);
          case '!=': return !javaEquals(a, b);
          case '<': case '<=': case '>': case '>=': {
            if (!isNumber(a) || !isNumber(b)) return false;
            const c = compareNumbers(a, b);
            return e.op === '<' ? c < 0 : e.op === '<=' ? c <= 0 : e.op === '>' ? c > 0 : c >= 0;
          }
          default: {
            const r = arithmetic(e.op, a, b);
            if (typeof r !== 'string') return r;
            built(r.length);
            return checkLength(r);
          }
        }
      }
    }
  }

  private range(from: Value, to: Value): Value {
    const a = typeof from === 'string' && /^-?\d+$/.test(from) ? integerFromText(from) : from;
    const b = typeof to === 'string' && /^-?\d+$/.test(to) ? integerFromText(to) : to;
    if (!isInteger(a) || !isInteger(b)) return null;
    const x = Number(a);
    const y = Number(b);
    if (Math.abs(y - x) >= MAX_RANGE) throw new EvaluationError(`range [${x}..${y}] is larger than ${MAX_RANGE} elements`);
    slots(Math.abs(y - x) + 1);
    const items: Value[] = [];
    if (x <= y) for (let i = x; i <= y; i++) items.push(i);
    else for (let i = x; i >= y; i--) items.push(i);
    return new JavaList(items, false);
  }

  private foreach(variable: string, iterable: Expr, body: Node[], pos: Pos): void {
    const source = this.evalExpr(iterable);
    // Only the iterations the limit allows are taken (one more, to report the limit), never a copy of the
    // whole collection.
    let items: Value[];
    let size: number;
    if (source instanceof JavaList) {
      size = source.items.length;
      items = source.items.slice(0, MAX_FOREACH_ITERATIONS + 1);
    } else if (source instanceof JavaMap) {
      size = source.entries.size;
      items = [];
      for (const v of source.entries.values()) {
        if (items.length > MAX_FOREACH_ITERATIONS) break;
        items.push(v);
      }
    } else {
      return;
    }
    slots(items.length);
    const saved = ['foreach', 'velocityCount', 'velocityHasNext', variable].map(k => [k, this.globals.get(k)] as const);
    const parentScope = this.globals.get('foreach');
    try {
      for (let i = 0; i < items.length; i++) {
        if (i >= MAX_FOREACH_ITERATIONS) {
          if (!FOREACH_LIMIT_IS_ERROR) break;
          throw new EvaluationError(`#foreach ran past ${MAX_FOREACH_ITERATIONS} iterations (the API Gateway limit) over ${size} items`, pos);
        }
        const scope = new ForeachScope(i, size, parentScope instanceof ForeachScope ? parentScope : null);
        this.globals.set(variable, items[i]);
        this.globals.set('foreach', scope);
        this.globals.set('velocityCount', i + 1);
        this.globals.set('velocityHasNext', i + 1 < size);
        try {
          this.renderNodes(body);
        } catch (e) {
          if (e instanceof BreakSignal) break;
          throw e;
        }
      }
    } finally {
      // Velocity 1.7 puts the loop variables back as they were before the loop.
      for (const [k, v] of saved) {
        if (v === undefined) this.globals.delete(k); else this.globals.set(k, v);
      }
    }
  }

  private call(name: string, args: Expr[], source: string, pos: Pos): void {
    if (name === 'evaluate') {
      const text = args.length ? render(this.evalExpr(args[0])) : '';
      work(text.length);
      const parsed = parseTemplate(text);
      if (!parsed.ok) throw new EvaluationError(`#evaluate: ${parsed.problems[0].message}`, pos);
      this.renderNested(parsed.template.nodes);
      return;
    }
    if (name === 'include' || name === 'parse') {
      throw new EvaluationError(`#${name} needs a template resource, and API Gateway has none`, pos);
    }
    const macro = this.macros.get(name);
    if (!macro) {
      // Velocity 1.7 renders an unknown directive call as its text.
      this.emit(source);
      return;
    }
    if (this.macroDepth >= MAX_MACRO_DEPTH) throw new EvaluationError(`macro #${name} exceeded the calling depth of ${MAX_MACRO_DEPTH}`, pos);
    const frame = new Map<string, Value>();
    macro.params.forEach((p, i) => frame.set(p, i < args.length ? this.evalExpr(args[i]) : null));
    this.frames.push(frame);
    this.macroDepth++;
    try {
      this.renderNodes(macro.body);
    } catch (e) {
      if (!(e instanceof BreakSignal)) throw e;
    } finally {
      this.macroDepth--;
      this.frames.pop();
    }
  }
}

function emptyOutcome(output: string, errors: string[]): RenderOutcome {
  return { output, requestOverride: { header: {}, querystring: {}, path: {} }, responseOverride: { header: {} }, errors };
}

/**
 * Renders a parsed template; never throws. Past a budget (see budget.ts; `budget` gives other limits and
 * shows what the render spent) the render stops with an error naming the limit.
 */
export function renderParsed(template: ParsedTemplate, request: RenderRequestInput = {}, budget: Budget = new Budget()): RenderOutcome {
  const state: { evaluator?: Evaluator } = {};
  try {
    return withBudget(budget, () => {
      const evaluator = state.evaluator = new Evaluator(request, budget);
      const output = evaluator.run(template.nodes);
      return { output, ...extractOverrides(evaluator.context), errors: [] };
    });
  } catch (e) {
    const message = e instanceof EvaluationError ? e.describe()
      : `internal evaluation failure: ${e instanceof Error ? e.message : String(e)}`;
    const out = emptyOutcome(state.evaluator?.partialOutput ?? '', [message]);
    if (state.evaluator) {
      // The overrides set before the failure, read on a budget of their own (the render's may be spent).
      const context = state.evaluator.context;
      try {
        Object.assign(out, withBudget(new Budget(), () => extractOverrides(context)));
      } catch (inner) {
        if (!(inner instanceof EvaluationError)) throw inner;
      }
    }
    return out;
  }
}

/** Parses and renders a template: the `switchyard render` entry point. Never throws. */
export function renderTemplate(text: string, request: RenderRequestInput = {}, limits?: BudgetLimits): RenderOutcome {
  const parsed = parseTemplate(text);
  if (!parsed.ok) {
    return emptyOutcome('', parsed.problems.map(p => `line ${p.line}, column ${p.column}: ${p.message}`));
  }
  return renderParsed(parsed.template, request, new Budget(limits));
}

