/**
 * A regular-expression matcher whose work is bounded, for rules that match a user-written pattern (an
 * integration response key `/regex/`) against known strings. JavaScript's RegExp backtracks: a pattern such
 * as `((((.*)*)*)*)x` or `(|)(|)(|)…x` takes time exponential in its own size, even on a three-character
 * input. This matcher compiles the pattern to a Thompson NFA and runs all its states in step over the
 * input, so the work is at most (NFA states) x (input length + 1), and it stops at a budget.
 *
 * It reads the subset of Java's syntax that Java and JavaScript read alike (literals, `.`, `\d \w \s` and
 * their negations, simple classes with ranges, groups `(...)` and `(?:...)`, `|`, `* + ?` greedy or lazy,
 * `{n}`, `{n,}`, `{n,m}`, `^`, `$`), with Java's meaning where the two differ (`.`, `\s`, `$`). Anything else
 * (look-arounds, back-references, possessive quantifiers, inline flags, Unicode escapes...) is `unknown`:
 * a rule that cannot decide reports nothing. Characters are UTF-16 code units (the strings matched are ASCII).
 */

/** The most NFA states a pattern may compile to (counted repetition multiplies them). */
export const REGEX_MAX_STATES = 10_000;
/** The most group nesting a pattern may have (the parser and compiler recurse once per level). */
export const REGEX_MAX_DEPTH = 100;
/** The most state visits one search may make, over all its inputs. */
export const REGEX_STEP_BUDGET = 1_000_000;

export interface BoundedFindResult {
  /** `match` when some input contains a match (Java's `find`), `no-match` when none does, `unknown` otherwise. */
  readonly verdict: 'match' | 'no-match' | 'unknown';
  /** State visits made (at most the budget). */
  readonly steps: number;
  /** Why the verdict is `unknown`. */
  readonly reason?: 'unsupported' | 'too-large' | 'budget';
}

/** Whether `pattern` finds a match in any of `inputs`, within `budget` steps. Never throws. */
export function boundedFind(pattern: string, inputs: readonly string[], budget = REGEX_STEP_BUDGET): BoundedFindResult {
  const ast = new PatternParser(pattern).parse();
  if (ast === undefined) return { verdict: 'unknown', steps: 0, reason: 'unsupported' };
  if (stateCount(ast) > REGEX_MAX_STATES) return { verdict: 'unknown', steps: 0, reason: 'too-large' };
  const nfa = compile(ast);
  let steps = 0;
  for (const input of inputs) {
    const r = simulate(nfa, input, budget - steps);
    steps += r.steps;
    if (r.matched === undefined) return { verdict: 'unknown', steps, reason: 'budget' };
    if (r.matched) return { verdict: 'match', steps };
  }
  return { verdict: 'no-match', steps };
}

// ---------------------------------------------------------------------------------------------------------
// Syntax tree

type CharTest = (c: number) => boolean;

type Node =
  | { readonly kind: 'char'; readonly test: CharTest }
  | { readonly kind: 'seq'; readonly items: readonly Node[] }
  | { readonly kind: 'alt'; readonly options: readonly Node[] }
  | { readonly kind: 'repeat'; readonly item: Node; readonly min: number; readonly max: number }
  | { readonly kind: 'start' }
  | { readonly kind: 'end' };

const code = (c: string) => c.charCodeAt(0);
const range = (lo: string, hi: string): CharTest => c => c >= code(lo) && c <= code(hi);
const isDigit = range('0', '9');
const isWord: CharTest = c => isDigit(c) || range('a', 'z')(c) || range('A', 'Z')(c) || c === code('_');
/** Java's `\s` without UNICODE_CHARACTER_CLASS: [ \t\n\x0B\f\r]. */
const isSpace: CharTest = c => c === 0x20 || (c >= 0x09 && c <= 0x0d);
/** Java's line terminators (UNIX_LINES off): what `.` does not match and what `$` may stand before. */
const isLineTerminator: CharTest = c => c === 0x0a || c === 0x0d || c === 0x85 || c === 0x2028 || c === 0x2029;

const CLASS_ESCAPES: Readonly<Record<string, CharTest>> = {
  d: isDigit, D: c => !isDigit(c), w: isWord, W: c => !isWord(c), s: isSpace, S: c => !isSpace(c),
};
/** Characters that stand for themselves outside a class, in both languages. */
const LITERAL = /[A-Za-z0-9 _,:'"=!<>@#%&~`;/-]/;
/** Characters that stand for themselves after a backslash, in both languages. */
const ESCAPED_LITERAL = /[.\\/()[\]{}*+?|^$-]/;
/** Characters that stand for themselves inside a class. */
const CLASS_LITERAL = /[A-Za-z0-9 _.:]/;

class Unsupported {}

class PatternParser {
  private i = 0;
  private depth = 0;

  constructor(private readonly p: string) {}

  /** The tree, or undefined when the pattern leaves the supported subset. */
  parse(): Node | undefined {
    try {
      const node = this.alternation();
      return this.i === this.p.length ? node : undefined;
    } catch (e) {
      if (e instanceof Unsupported) return undefined;
      throw e;
    }
  }

  private fail(): never {
    throw new Unsupported();
  }

  private alternation(): Node {
    const options = [this.sequence()];
    while (this.p[this.i] === '|') {
      this.i++;
      options.push(this.sequence());
    }
    return options.length === 1 ? options[0] : { kind: 'alt', options };
  }

  private sequence(): Node {
    const items: Node[] = [];
    while (this.i < this.p.length && this.p[this.i] !== '|' && this.p[this.i] !== ')') {
      const atom = this.atom();
      items.push(this.quantified(atom));
    }
    return items.length === 1 ? items[0] : { kind: 'seq', items };
  }

  private atom(): Node {
    const c = this.p[this.i];
    if (c === '(') {
      this.i++;
      if (this.p[this.i] === '?') {
        if (this.p[this.i + 1] !== ':') this.fail(); // look-arounds, named groups, inline flags
        this.i += 2;
      }
      if (++this.depth > REGEX_MAX_DEPTH) this.fail();
      const inner = this.alternation();
      this.depth--;
      if (this.p[this.i] !== ')') this.fail();
      this.i++;
      return inner;
    }
    this.i++;
    if (c === '^') return { kind: 'start' };
    if (c === '$') return { kind: 'end' };
    if (c === '.') return { kind: 'char', test: ch => !isLineTerminator(ch) };
    if (c === '[') return this.characterClass();
    if (c === '\\') {
      const e = this.p[this.i++];
      if (e === undefined) this.fail();
      if (CLASS_ESCAPES[e]) return { kind: 'char', test: CLASS_ESCAPES[e] };
      if (ESCAPED_LITERAL.test(e)) return literal(e);
      this.fail();
    }
    if (LITERAL.test(c)) return literal(c);
    return this.fail(); // a quantifier with nothing to repeat, `]`, `}`, or a character outside the subset
  }

  /** `[...]` with literals, `\d \w \s`, escaped `. \ ] -` and ranges; no negation, no nesting. */
  private characterClass(): Node {
    const tests: CharTest[] = [];
    let first = true;
    for (;;) {
      const c = this.p[this.i];
      if (c === undefined) this.fail();
      if (c === ']' && !first) {
        this.i++;
        break;
      }
      first = false;
      const single = this.classChar();
      if (single === undefined) {
        tests.push(this.classEscape());
        continue;
      }
      if (this.p[this.i] === '-' && this.p[this.i + 1] !== ']' && this.p[this.i + 1] !== undefined) {
        this.i++;
        const hi = this.classChar();
        if (hi === undefined || hi < single) this.fail();
        tests.push(ch => ch >= single && ch <= hi);
      } else {
        tests.push(ch => ch === single);
      }
    }
    return { kind: 'char', test: ch => tests.some(t => t(ch)) };
  }

  /** A class member standing for one character (its code), or undefined before `\d`, `\w`, `\s`. */
  private classChar(): number | undefined {
    const c = this.p[this.i];
    if (c === '\\') {
      const e = this.p[this.i + 1];
      if (e !== undefined && CLASS_ESCAPES[e] && e === e.toLowerCase()) return undefined;
      if (e === '.' || e === '\\' || e === ']' || e === '-') {
        this.i += 2;
        return code(e);
      }
      this.fail();
    }
    // A `-` first or last in the class is literal in both languages; between two members it makes a range
    // (read by the caller), and anywhere else (`[a-b-c]`) the two languages may differ.
    const literalDash = c === '-' && (this.p[this.i - 1] === '[' || this.p[this.i + 1] === ']');
    if (literalDash || (c !== '-' && CLASS_LITERAL.test(c))) {
      this.i++;
      return code(c);
    }
    return this.fail(); // `[` (Java nests classes), `&&`, `^`, and the rest
  }

  private classEscape(): CharTest {
    const test = CLASS_ESCAPES[this.p[this.i + 1]];
    this.i += 2;
    // `[\d-x]`: JavaScript reads the `-` as a literal, Java as an error; not decided here.
    if (this.p[this.i] === '-' && this.p[this.i + 1] !== ']') this.fail();
    return test;
  }

  /** The bounds of the quantifier at the cursor, leaving the cursor on its last character; undefined if none. */
  private bounds(): [number, number] | undefined {
    switch (this.p[this.i]) {
      case '*': return [0, Infinity];
      case '+': return [1, Infinity];
      case '?': return [0, 1];
      case '{': {
        const m = /^\{(\d{1,9})(,(\d{0,9}))?\}/.exec(this.p.slice(this.i, this.i + 22));
        if (!m) this.fail();
        const min = Number(m[1]);
        const max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
        if (max < min) this.fail();
        this.i += m[0].length - 1;
        return [min, max];
      }
      default: return undefined;
    }
  }

  private quantified(atom: Node): Node {
    const bounds = this.bounds();
    if (bounds === undefined) return atom;
    const [min, max] = bounds;
    this.i++;
    // Java repeats anchors, JavaScript rejects it; `+` after a quantifier is Java's possessive form.
    if (atom.kind === 'start' || atom.kind === 'end' || this.p[this.i] === '+') this.fail();
    if (this.p[this.i] === '?') this.i++; // lazy: the same strings match
    if (this.p[this.i] === '*' || this.p[this.i] === '+' || this.p[this.i] === '?' || this.p[this.i] === '{') this.fail();
    return { kind: 'repeat', item: atom, min, max };
  }
}

function literal(c: string): Node {
  const k = code(c);
  return { kind: 'char', test: ch => ch === k };
}

/** The states `compile` makes for a node, saturating past the limit (counted repetition multiplies). */
function stateCount(node: Node): number {
  const cap = (n: number) => Math.min(n, REGEX_MAX_STATES + 1);
  switch (node.kind) {
    case 'char':
    case 'start':
    case 'end':
      return 1;
    case 'seq':
      return cap(node.items.reduce((sum, n) => cap(sum + stateCount(n)), 0));
    case 'alt':
      return cap(node.options.reduce((sum, n) => cap(sum + stateCount(n)), 0) + node.options.length);
    case 'repeat': {
      const copies = node.max === Infinity ? node.min + 1 : node.max;
      return cap(cap(stateCount(node.item) + 1) * Math.max(copies, 1));
    }
  }
}

// ---------------------------------------------------------------------------------------------------------
// NFA

type State =
  | { kind: 'char'; test: CharTest; next: number }
  | { kind: 'split'; out: number[] }
  | { kind: 'start' | 'end'; next: number }
  | { kind: 'match' };

interface Nfa {
  readonly states: State[];
  readonly start: number;
}

function compile(ast: Node): Nfa {
  const states: State[] = [{ kind: 'match' }];
  const add = (s: State) => states.push(s) - 1;
  /** The entry state of `node`, continuing to `next`. */
  const build = (node: Node, next: number): number => {
    switch (node.kind) {
      case 'char': return add({ kind: 'char', test: node.test, next });
      case 'start':
      case 'end': return add({ kind: node.kind, next });
      case 'seq': {
        let entry = next;
        for (let k = node.items.length - 1; k >= 0; k--) entry = build(node.items[k], entry);
        return entry;
      }
      case 'alt': return add({ kind: 'split', out: node.options.map(o => build(o, next)) });
      case 'repeat': {
        let entry = next;
        if (node.max === Infinity) {
          const loop = add({ kind: 'split', out: [] });
          (states[loop] as { out: number[] }).out = [build(node.item, loop), next];
          entry = loop;
        } else {
          for (let k = node.min; k < node.max; k++) entry = add({ kind: 'split', out: [build(node.item, entry), next] });
        }
        for (let k = 0; k < node.min; k++) entry = build(node.item, entry);
        return entry;
      }
    }
  };
  return { states, start: build(ast, 0) };
}

/**
 * Runs the NFA over `input` as Java's `find` does (a match may start anywhere). `matched` is undefined when
 * the budget ran out first.
 */
function simulate(nfa: Nfa, input: string, budget: number): { matched: boolean | undefined; steps: number } {
  const { states } = nfa;
  const seen = new Uint32Array(states.length);
  let generation = 0;
  let steps = 0;
  let current: number[] = [];
  const stack: number[] = [];
  for (let pos = 0; pos <= input.length; pos++) {
    // The threads that reach `pos`, plus a new one starting here; `seen` keeps each state once per position.
    generation++;
    const next: number[] = [];
    const atEnd = pos === input.length || (pos === input.length - 1 && isLineTerminator(input.charCodeAt(pos)))
      || (pos === input.length - 2 && input[pos] === '\r' && input[pos + 1] === '\n');
    stack.push(nfa.start);
    for (const id of current) stack.push(id);
    while (stack.length) {
      const id = stack.pop()!;
      if (seen[id] === generation) continue;
      seen[id] = generation;
      if (++steps > budget) return { matched: undefined, steps: budget };
      const s = states[id];
      switch (s.kind) {
        case 'match': return { matched: true, steps };
        case 'char': next.push(id); break;
        case 'split': for (let k = s.out.length - 1; k >= 0; k--) stack.push(s.out[k]); break;
        case 'start': if (pos === 0) stack.push(s.next); break;
        case 'end': if (atEnd) stack.push(s.next); break;
      }
    }
    if (pos === input.length) break;
    const c = input.charCodeAt(pos);
    current = [];
    for (const id of next) {
      const s = states[id] as { test: CharTest; next: number };
      if (s.test(c)) current.push(s.next);
    }
  }
  return { matched: false, steps };
}
