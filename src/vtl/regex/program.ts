/**
 * A parsed pattern compiled to a program for the two machines of run.ts: a Pike VM (linear time in the
 * input: every thread advances one character at a time, at most one thread per instruction) for patterns
 * without back references, look-around, atomic groups or possessive quantifiers, and a backtracking machine
 * with a step budget for those (they cannot run in linear time).
 */
import { BudgetExceeded } from '../budget';
import { AssertKind, CharTest, JavaRegexError, literalText, parseJavaRegex, RegexFlags, RegexNode, NO_FLAGS } from './syntax';

export const CHAR = 0;
export const SPLIT = 1;
export const JMP = 2;
export const SAVE = 3;
export const ASSERT = 4;
export const MATCH = 5;
export const BACKREF = 6;
export const LOOK = 7;
export const ATOMIC = 8;
/** Remember where a loop iteration starts (slot). */
export const MARK = 9;
/** End of a loop iteration: an iteration that consumed nothing leaves the loop (as Java's Loop node does). */
export const PROGRESS = 10;

export type Inst =
  | { readonly op: typeof CHAR; readonly test: CharTest }
  | { readonly op: typeof SPLIT; x: number; y: number }
  | { readonly op: typeof JMP; x: number }
  | { readonly op: typeof SAVE; readonly slot: number }
  | { readonly op: typeof ASSERT; readonly kind: AssertKind }
  | { readonly op: typeof MATCH }
  | { readonly op: typeof BACKREF; readonly group: number; readonly ignoreCase: boolean }
  | {
    readonly op: typeof LOOK;
    readonly ahead: boolean;
    readonly negate: boolean;
    readonly sub: Inst[];
    readonly minLength: number;
    readonly maxLength: number;
  }
  | { readonly op: typeof ATOMIC; readonly sub: Inst[] }
  | { readonly op: typeof MARK; readonly slot: number }
  | { readonly op: typeof PROGRESS; readonly slot: number; readonly loop: number; readonly exit: number };

export interface Program {
  readonly insts: Inst[];
  /** Capture slots (2 per group, group 0 included) and loop marks. */
  readonly slots: number;
  readonly groups: number;
  readonly names: ReadonlyMap<string, number>;
  /** Whether the Pike VM runs it (linear time); otherwise the backtracking machine. */
  readonly linear: boolean;
  /** Plain text patterns are searched with indexOf. */
  readonly literal: string | undefined;
}

/** Instructions a compiled pattern may have (`x{1000}{1000}` would otherwise expand to a million). */
export const MAX_PROGRAM_SIZE = 20_000;

class Compiler {
  linear = true;
  size = 0;
  slots: number;

  constructor(groups: number) {
    this.slots = 2 * (groups + 1);
  }

  private add(out: Inst[], inst: Inst): number {
    if (++this.size > MAX_PROGRAM_SIZE) {
      throw new BudgetExceeded(`the regular expression is too large: it compiles past ${MAX_PROGRAM_SIZE} instructions`);
    }
    out.push(inst);
    return out.length - 1;
  }

  emit(node: RegexNode, out: Inst[]): void {
    switch (node.t) {
      case 'char':
        this.add(out, { op: CHAR, test: node.test });
        return;
      case 'seq':
        for (const n of node.items) this.emit(n, out);
        return;
      case 'alt': {
        // split L1, next; L1: a; jmp end; next: split L2, ... ; last alternative.
        const jumps: Array<{ op: typeof JMP; x: number }> = [];
        node.items.forEach((item, i) => {
          if (i < node.items.length - 1) {
            const split = { op: SPLIT, x: 0, y: 0 } as { op: typeof SPLIT; x: number; y: number };
            this.add(out, split);
            split.x = out.length;
            this.emit(item, out);
            const jmp = { op: JMP, x: 0 } as { op: typeof JMP; x: number };
            this.add(out, jmp);
            jumps.push(jmp);
            split.y = out.length;
          } else {
            this.emit(item, out);
          }
        });
        for (const j of jumps) j.x = out.length;
        return;
      }
      case 'group':
        if (node.index === undefined) {
          this.emit(node.node, out);
        } else {
          this.add(out, { op: SAVE, slot: 2 * node.index });
          this.emit(node.node, out);
          this.add(out, { op: SAVE, slot: 2 * node.index + 1 });
        }
        return;
      case 'assert':
        this.add(out, { op: ASSERT, kind: node.kind });
        return;
      case 'backref':
        this.linear = false;
        this.add(out, { op: BACKREF, group: node.index, ignoreCase: node.ignoreCase });
        return;
      case 'look': {
        this.linear = false;
        const sub = this.sub(node.node);
        let minLength = 0;
        let maxLength = 0;
        if (!node.ahead) {
          [minLength, maxLength] = lengths(node.node);
          if (maxLength === Infinity) throw new JavaRegexError('Look-behind group does not have an obvious maximum length');
        }
        this.add(out, { op: LOOK, ahead: node.ahead, negate: node.negate, sub, minLength, maxLength });
        return;
      }
      case 'atomic':
        this.linear = false;
        this.add(out, { op: ATOMIC, sub: this.sub(node.node) });
        return;
      case 'repeat':
        this.repeat(node, out);
        return;
    }
  }

  private sub(node: RegexNode): Inst[] {
    const out: Inst[] = [];
    this.emit(node, out);
    this.add(out, { op: MATCH });
    return out;
  }

  private repeat(node: Extract<RegexNode, { t: 'repeat' }>, out: Inst[]): void {
    if (node.possessive) {
      this.linear = false;
      const inner: RegexNode = { ...node, possessive: false };
      this.add(out, { op: ATOMIC, sub: this.sub(inner) });
      return;
    }
    for (let i = 0; i < node.min; i++) this.emit(node.node, out);
    if (node.max === Infinity) {
      this.star(node.node, node.greedy, out);
      return;
    }
    // (x(x(x)?)?)? for the optional part, so that priorities are those of a backtracking engine.
    const splits: Array<{ op: typeof SPLIT; x: number; y: number }> = [];
    for (let i = node.min; i < node.max; i++) {
      const split = { op: SPLIT, x: 0, y: 0 } as { op: typeof SPLIT; x: number; y: number };
      this.add(out, split);
      splits.push(split);
      const body = out.length;
      this.emit(node.node, out);
      if (node.greedy) split.x = body; else split.y = body;
    }
    for (const s of splits) {
      if (node.greedy) s.y = out.length; else s.x = out.length;
    }
  }

  private star(body: RegexNode, greedy: boolean, out: Inst[]): void {
    const split = { op: SPLIT, x: 0, y: 0 } as { op: typeof SPLIT; x: number; y: number };
    const loop = this.add(out, split);
    const start = out.length;
    const empty = nullable(body);
    const slot = empty ? this.slots++ : -1;
    if (empty) this.add(out, { op: MARK, slot });
    this.emit(body, out);
    if (empty) {
      const progress = { op: PROGRESS, slot, loop, exit: 0 } as { op: typeof PROGRESS; slot: number; loop: number; exit: number };
      this.add(out, progress);
      progress.exit = out.length;
    } else {
      this.add(out, { op: JMP, x: loop });
    }
    if (greedy) {
      split.x = start;
      split.y = out.length;
    } else {
      split.x = out.length;
      split.y = start;
    }
  }
}

/** Whether a node can match the empty string. */
function nullable(node: RegexNode): boolean {
  switch (node.t) {
    case 'char': return false;
    case 'seq': return node.items.every(nullable);
    case 'alt': return node.items.some(nullable);
    case 'group': case 'atomic': return nullable(node.node);
    case 'repeat': return node.min === 0 || nullable(node.node);
    default: return true;
  }
}

/** The fewest and most UTF-16 units a node matches (for look-behind). */
function lengths(node: RegexNode): [number, number] {
  switch (node.t) {
    case 'char': return [1, 2];
    case 'seq': {
      let lo = 0;
      let hi = 0;
      for (const n of node.items) {
        const [a, b] = lengths(n);
        lo += a;
        hi += b;
      }
      return [lo, hi];
    }
    case 'alt': {
      const all = node.items.map(lengths);
      return [Math.min(...all.map(l => l[0])), Math.max(...all.map(l => l[1]))];
    }
    case 'group': case 'atomic': return lengths(node.node);
    case 'repeat': {
      const [a, b] = lengths(node.node);
      return [a * node.min, node.max === Infinity ? (b === 0 ? 0 : Infinity) : b * node.max];
    }
    case 'backref': return [0, Infinity];
    default: return [0, 0];
  }
}

const cache = new Map<string, Program>();

/** Compiles a Java pattern (cached); throws `JavaRegexError` where `Pattern.compile` would. */
export function compileJavaRegex(pattern: string, flags: Readonly<RegexFlags> = NO_FLAGS): Program {
  const key = `${flags.i ? 'i' : ''}${flags.m ? 'm' : ''}${flags.s ? 's' : ''}${flags.x ? 'x' : ''}${flags.d ? 'd' : ''}${flags.u ? 'u' : ''}/${pattern}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const parsed = parseJavaRegex(pattern, flags);
  const compiler = new Compiler(parsed.groups);
  const insts: Inst[] = [];
  compiler.emit({ t: 'group', index: 0, node: parsed.node }, insts);
  insts.push({ op: MATCH });
  const program: Program = {
    insts,
    slots: compiler.slots,
    groups: parsed.groups,
    names: parsed.names,
    linear: compiler.linear,
    literal: parsed.groups === 0 ? literalText(parsed.node) : undefined,
  };
  if (cache.size > 500) cache.clear();
  cache.set(key, program);
  return program;
}
