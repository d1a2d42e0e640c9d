/**
 * Static checks over a parsed mapping template. The rules in `src/rules/template/` and
 * `MappingTemplate.check` both run these; each issue names the rule id it belongs to.
 *
 * The checks are conservative (design.md severity policy): an error only where API Gateway would fail
 * every request that reaches the construct, a warning for what is almost surely a mistake.
 */
import { Expr, Node, Pos, Segment, VarExpr } from './ast';
import { compileJsonPath, JsonPathSyntaxError } from './jsonpath';
import { parseTemplate } from './parse';
import { UTIL_FUNCTIONS } from './util';
import { ContextUse, CONTEXT_VARIABLES, isContextVariable } from '../expressions/context-variables';
import { RESERVED_HEADERS } from '../expressions/reserved-headers';

export const TEMPLATE_RULE_IDS = {
  syntax: 'template-syntax',
  size: 'template-size',
  notString: 'template-not-string',
  overrideDirection: 'template-override-direction',
  overrideTwice: 'template-override-twice',
  jsonPath: 'template-jsonpath',
  arity: 'template-function-arity',
  unknownMember: 'template-unknown-member',
  reservedHeader: 'template-override-reserved-header',
  quotedJson: 'template-quoted-json',
  escapeJavaScript: 'template-escape-javascript-json',
} as const;

export type TemplateRuleId = typeof TEMPLATE_RULE_IDS[keyof typeof TEMPLATE_RULE_IDS];

export const TEMPLATE_RULE_SEVERITY: Readonly<Record<TemplateRuleId, 'error' | 'warning'>> = {
  'template-syntax': 'error',
  'template-size': 'error',
  'template-not-string': 'error',
  'template-override-direction': 'warning',
  'template-override-twice': 'error',
  'template-jsonpath': 'error',
  'template-function-arity': 'warning',
  'template-unknown-member': 'warning',
  'template-override-reserved-header': 'warning',
  'template-quoted-json': 'warning',
  'template-escape-javascript-json': 'warning',
};

export interface TemplateIssue {
  readonly rule: TemplateRuleId;
  readonly message: string;
  readonly line: number;
  readonly column: number;
}

export type TemplateDirection = 'request' | 'response';

export interface AnalyzeOptions {
  /** Which way the template runs; override-direction checks need it. Default: unknown (skipped). */
  readonly direction?: TemplateDirection;
  /** Which `$context` catalogue applies. Default: a name valid in any template catalogue is accepted. */
  readonly contextUse?: ContextUse;
}

/** The documented `$input` members: name and the argument counts each accepts (-1: a property). */
const INPUT_MEMBERS: Readonly<Record<string, readonly number[]>> = {
  body: [-1],
  json: [1],
  path: [1],
  params: [0, 1],
};

/**
 * Headers API Gateway sets itself on the hop it makes: an override of one is ignored or breaks the call.
 * The transport-level subset of the HTTP API reserved list; `X-Amz-*` and `Access-Control-*` are not in it,
 * because AWS samples override `X-Amz-Target` and CORS headers through these variables.
 */
const OVERRIDE_RESERVED = new Set(RESERVED_HEADERS.filter(h => [
  'connection', 'content-length', 'keep-alive', 'proxy-authenticate', 'proxy-authorization', 'te', 'trailers',
  'transfer-encoding', 'upgrade', 'via', 'x-forwarded-for', 'x-forwarded-host', 'x-forwarded-proto',
].includes(h)).concat(['host']));

const TEMPLATE_USES: readonly ContextUse[] = ['rest-template', 'websocket-mapping'];

function isKnownContextName(name: string, use: ContextUse | undefined): boolean {
  const uses = use ? [use] : TEMPLATE_USES;
  for (const u of uses) {
    if (isContextVariable(name, u)) return true;
    // An intermediate object (`identity`, `authorizer.claims`, `requestOverride.header`) is fine to reach.
    for (const v of CONTEXT_VARIABLES[u]) {
      const base = v.endsWith('.*') ? v.slice(0, -2) : v;
      if (base === name || base.startsWith(`${name}.`)) return true;
    }
  }
  return false;
}

/** A literal string expression's value (a double-quoted string without `$`/`#`, or a single-quoted one). */
function literalString(e: Expr | undefined): string | undefined {
  return e && e.kind === 'string' && !e.parts ? e.value : undefined;
}

/** The literal names of `$context` path segments, up to the first segment that is not literal. */
function literalPath(path: readonly Segment[]): { names: string[]; rest: number } {
  const names: string[] = [];
  let i = 0;
  for (; i < path.length; i++) {
    const s = path[i];
    if (s.kind === 'property') names.push(s.name);
    else if (s.kind === 'index' && literalString(s.key) !== undefined) names.push(literalString(s.key)!);
    else break;
  }
  return { names, rest: i };
}

/** An override target: `requestOverride.header.X`, `responseOverride.status`, ... */
interface OverrideWrite {
  readonly key: string[];
  readonly pos: Pos;
}

class Analyzer {
  readonly issues: TemplateIssue[] = [];
  readonly writes: OverrideWrite[] = [];

  constructor(private readonly options: AnalyzeOptions) {}

  private add(rule: TemplateRuleId, message: string, pos: Pos): void {
    this.issues.push({ rule, message, line: pos.line, column: pos.column });
  }

  /* ---- every reference ---- */

  nodes(nodes: Node[]): void {
    const line = new LineState();
    for (let i = 0; i < nodes.length; i++) {
      const n = nodes[i];
      if (n.kind === 'text') line.read(n.text);
      else if (n.kind !== 'output') line.reset();
      switch (n.kind) {
        case 'output':
          this.ref(n.ref);
          this.textContext(n, line, nodes[i + 1]);
          // A reference stands for one character of the line: it is not a quote or a backslash.
          line.read('x');
          break;
        case 'set':
          this.ref(n.target, true);
          this.expr(n.value);
          break;
        case 'if':
          for (const b of n.branches) {
            if (b.condition) this.expr(b.condition);
            this.nodes(b.body);
          }
          break;
        case 'foreach':
          this.expr(n.iterable);
          this.nodes(n.body);
          break;
        case 'define': case 'macro':
          this.nodes(n.body);
          break;
        case 'call':
          for (const a of n.args) this.expr(a);
          break;
        default:
          break;
      }
    }
  }

  private expr(e: Expr): void {
    switch (e.kind) {
      case 'string': if (e.parts) this.nodes(e.parts); break;
      case 'var': this.ref(e); break;
      case 'list': for (const x of e.items) this.expr(x); break;
      case 'map': for (const [, x] of e.entries) this.expr(x); break;
      case 'range': this.expr(e.from); this.expr(e.to); break;
      case 'binary': this.expr(e.left); this.expr(e.right); break;
      case 'not': case 'minus': this.expr(e.operand); break;
      default: break;
    }
  }

  private ref(v: VarExpr, isSetTarget = false): void {
    for (const s of v.path) {
      if (s.kind === 'index') this.expr(s.key);
      else if (s.kind === 'method') for (const a of s.args) this.expr(a);
    }
    if (v.name === 'input') this.input(v);
    else if (v.name === 'util') this.util(v);
    else if (v.name === 'context') this.context(v, isSetTarget);
  }

  private input(v: VarExpr): void {
    const first = v.path[0];
    if (!first || first.kind === 'index') return;
    const counts = Object.prototype.hasOwnProperty.call(INPUT_MEMBERS, first.name) ? INPUT_MEMBERS[first.name] : undefined;
    const argc = first.kind === 'method' ? first.args.length : -1;
    if (!counts) {
      this.add('template-unknown-member', `$input.${first.name} is not a member of $input: expected body, json(x), path(x), params() or params(x)`, v.pos);
      return;
    }
    if (!counts.includes(argc)) {
      if (counts.includes(-1) || argc === -1) {
        this.add('template-unknown-member', `$input.${first.name}${argc === -1 ? '' : '(...)'} is used as a ${argc === -1 ? 'property' : 'method'}: write $input.${first.name}${counts.includes(-1) ? '' : '(...)'}`, v.pos);
      } else {
        this.add('template-function-arity', `$input.${first.name}() takes ${counts.join(' or ')} argument(s), got ${argc}: Velocity finds no such method and renders nothing`, v.pos);
      }
      return;
    }
    if (first.kind === 'method' && (first.name === 'json' || first.name === 'path')) {
      const path = literalString(first.args[0]);
      if (path === undefined) return;
      try {
        compileJsonPath(path);
      } catch (e) {
        if (e instanceof JsonPathSyntaxError) {
          this.add('template-jsonpath', `$input.${first.name}('${path}'): the JSONPath does not parse (${e.message}); expected a path such as '$' or '$.pets[0].name'`, v.pos);
        } else {
          throw e;
        }
      }
    }
  }

  private util(v: VarExpr): void {
    const first = v.path[0];
    if (!first || first.kind === 'index') return;
    const expected = Object.prototype.hasOwnProperty.call(UTIL_FUNCTIONS, first.name) ? UTIL_FUNCTIONS[first.name] : undefined;
    if (expected === undefined || first.kind === 'property') {
      this.add('template-unknown-member', `$util.${first.name} is not a $util function: expected one of ${Object.keys(UTIL_FUNCTIONS).join(', ')}`, v.pos);
      return;
    }
    if (first.args.length !== expected) {
      this.add('template-function-arity', `$util.${first.name}() takes ${expected} argument, got ${first.args.length}: Velocity finds no such method and renders nothing`, v.pos);
    }
  }

  private context(v: VarExpr, isSetTarget: boolean): void {
    const { names, rest } = literalPath(v.path);
    if (!names.length) return;
    const next = v.path[rest];
    const isPut = next !== undefined && next.kind === 'method' && next.name === 'put' && rest === v.path.length - 1;
    // A method call on the value (`.size()`, `.keySet()`) reads the named variable; a property beyond the
    // literal part cannot be named here, so only the literal prefix is checked.
    const name = names.join('.');
    if (!isKnownContextName(name, this.options.contextUse)) {
      const where = this.options.contextUse ? ` for ${this.options.contextUse === 'rest-template' ? 'REST' : 'WebSocket'} templates` : '';
      this.add('template-unknown-member', `$context.${name} is not a $context variable${where}: it renders as empty text`, v.pos);
    }
    const root = names[0];
    if (root !== 'requestOverride' && root !== 'responseOverride') return;
    let key: string[] | undefined;
    if (isSetTarget && rest === v.path.length) {key = names;} else if (isPut) {
      const k = literalString((next as { args: Expr[] }).args[0]);
      key = k === undefined ? names.concat('*') : names.concat(k);
    }
    if (!key) return;
    this.writes.push({ key, pos: v.pos });
    const dir = this.options.direction;
    if (dir === 'response' && root === 'requestOverride') {
      this.add('template-override-direction', `$context.${key.join('.')} is assigned in a response template: request overrides apply only in request (integration request) templates`, v.pos);
    }
    // A request template may assign a response override: recorded on AWS (a MOCK request template set
    // responseOverride.status = 444 and the response carried it), so that direction is not reported.
    if (key[1] === 'header' && key.length === 3 && OVERRIDE_RESERVED.has(key[2].toLowerCase())) {
      this.add('template-override-reserved-header', `$context.${key.join('.')} overrides ${key[2]}, a header API Gateway sets itself for the connection; the override is ignored or breaks the call`, v.pos);
    }
  }


  /* ---- text around references ---- */

  private textContext(n: Extract<Node, { kind: 'output' }>, before: LineState, next: Node | undefined): void {
    const first = n.ref.path[0];
    if (!first || first.kind !== 'method') return;
    const after = next && next.kind === 'text' ? next.text : '';
    if (n.ref.name === 'input' && first.name === 'json' && n.ref.path.length === 1 && before.last === '"' && after.startsWith('"')) {
      this.add('template-quoted-json', '"$input.json(...)" is wrapped in quotes: it already returns JSON (a string keeps its quotes), so the result is ""value"", which is not JSON; remove the quotes', n.ref.pos);
    }
    if (n.ref.name === 'util' && first.name === 'escapeJavaScript' && before.insideString) {
      const fixed = n.ref.path.slice(1).some(s => s.kind === 'method' && (s.name === 'replaceAll' || s.name === 'replace')
        && (literalString(s.args[0]) ?? '').includes('\''));
      if (!fixed) {
        this.add('template-escape-javascript-json', '$util.escapeJavaScript(...) inside a JSON string turns \' into \\\', which is not valid JSON: append .replaceAll("\\\\\'","\'")', n.ref.pos);
      }
    }
  }
}

/**
 * The current line of a template's text so far, read once from left to right (so a template on one long line
 * stays linear to analyze): whether it leaves a JSON string open (an odd number of unescaped quotes) and its
 * last character. A directive ends the line's text as far as these checks are concerned.
 */
class LineState {
  insideString = false;
  last = '';
  private escaped = false;

  read(text: string): void {
    for (let k = 0; k < text.length; k++) {
      const c = text[k];
      if (c === '\n' || c === '\r') {
        this.reset();
        continue;
      }
      this.last = c;
      if (this.escaped) this.escaped = false;
      else if (c === '\\') this.escaped = true;
      else if (c === '"') this.insideString = !this.insideString;
    }
  }

  reset(): void {
    this.insideString = false;
    this.escaped = false;
    this.last = '';
  }
}

/* ---- the same override assigned twice on one path ---- */

/**
 * Must-analysis: an assignment is reported when every path reaching it has already assigned the same
 * literal override key. Branches merge by intersection; a loop body's assignments do not count after the
 * loop (it may run zero times), but two in one iteration do. Macros are not followed.
 */
function overridesTwice(
  nodes: Node[],
  writes: ReadonlyMap<VarExpr | Expr, string>,
  assigned: Set<string>,
  report: (key: string, pos: Pos) => void,
): Set<string> {
  let state = new Set(assigned);
  for (const n of nodes) {
    if (n.kind === 'set') {
      const key = writes.get(n.target);
      if (key) {
        if (state.has(key)) report(key, n.target.pos);
        state.add(key);
      }
    } else if (n.kind === 'output') {
      const key = writes.get(n.ref);
      if (key) {
        if (state.has(key)) report(key, n.ref.pos);
        state.add(key);
      }
    } else if (n.kind === 'if') {
      const results = n.branches.map(b => overridesTwice(b.body, writes, state, report));
      const hasElse = n.branches.some(b => b.condition === undefined);
      if (hasElse) {
        state = new Set([...results[0]].filter(k => results.every(r => r.has(k))));
      }
    } else if (n.kind === 'foreach') {
      overridesTwice(n.body, writes, state, report);
    }
  }
  return state;
}

function collectWriteKeys(analyzer: Analyzer): Map<Pos, string> {
  const byPos = new Map<Pos, string>();
  for (const w of analyzer.writes) if (!w.key.includes('*')) byPos.set(w.pos, w.key.join('.'));
  return byPos;
}

/** Maps the VarExpr of every top-level `#set`/output node that writes a literal override key to the key. */
function writesByNode(nodes: Node[], byPos: Map<Pos, string>, out: Map<VarExpr | Expr, string>): void {
  for (const n of nodes) {
    if (n.kind === 'set' && byPos.has(n.target.pos)) out.set(n.target, byPos.get(n.target.pos)!);
    else if (n.kind === 'output' && byPos.has(n.ref.pos)) out.set(n.ref, byPos.get(n.ref.pos)!);
    else if (n.kind === 'if') for (const b of n.branches) writesByNode(b.body, byPos, out);
    else if (n.kind === 'foreach') writesByNode(n.body, byPos, out);
  }
}

/** Runs the static checks of one template text. Never throws. */
export function analyzeTemplate(text: string, options: AnalyzeOptions = {}): TemplateIssue[] {
  const parsed = parseTemplate(text);
  if (!parsed.ok) {
    return parsed.problems.map(p => ({
      rule: 'template-syntax' as const,
      message: `the template does not parse: ${p.message}`,
      line: p.line,
      column: p.column,
    }));
  }
  const analyzer = new Analyzer(options);
  analyzer.nodes(parsed.template.nodes);
  const writes = new Map<VarExpr | Expr, string>();
  writesByNode(parsed.template.nodes, collectWriteKeys(analyzer), writes);
  overridesTwice(parsed.template.nodes, writes, new Set(), (key, pos) => {
    analyzer.issues.push({
      rule: 'template-override-twice',
      message: `$context.${key} is assigned again on a path that already assigned it: overrides are final and API Gateway answers 5XX; assign a variable and set the override once at the end`,
      line: pos.line,
      column: pos.column,
    });
  });
  return analyzer.issues.sort((a, b) => a.line - b.line || a.column - b.column);
}
