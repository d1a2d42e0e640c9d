/**
 * The two machines that run a compiled pattern (program.ts), with Java's leftmost-first semantics (the
 * match and the groups a backtracking engine such as java.util.regex finds):
 *
 * - the Pike VM, for patterns without back references, look-around or atomic parts: all threads advance
 *   together one character at a time, at most one per instruction, so a search costs at most the input
 *   length times the program size, whatever the pattern (no catastrophic backtracking);
 * - a backtracking machine with an explicit stack (no recursion on the input) and a step budget, for the
 *   rest: past the budget, a clear error instead of running for ever.
 *
 * Both charge their steps to the render's work budget.
 */
import { activeBudget, BudgetExceeded } from '../budget';
import {
  ASSERT, ATOMIC, BACKREF, CHAR, Inst, JMP, LOOK, MARK, MATCH, Program, PROGRESS, SAVE, SPLIT,
} from './program';
import { AssertKind, isLineTerminator, isWordChar } from './syntax';

/** Steps one backtracking search may take (patterns with back references or look-around). */
export const MAX_BACKTRACK_STEPS = 1_000_000;

/** Group boundaries of a match: `[start0, end0, start1, end1, ...]`, -1 when a group did not take part. */
export type Captures = number[];

function isLt(s: string, i: number): boolean {
  return isLineTerminator(s.charCodeAt(i));
}

function wordBefore(s: string, i: number): boolean {
  if (i <= 0) return false;
  const c = s.charCodeAt(i - 1);
  const cp = c >= 0xdc00 && c <= 0xdfff && i >= 2 ? s.codePointAt(i - 2)! : c;
  return isWordChar(cp);
}

function wordAfter(s: string, i: number): boolean {
  return i < s.length && isWordChar(s.codePointAt(i)!);
}

function assertAt(kind: AssertKind, s: string, i: number, searchStart: number): boolean {
  const n = s.length;
  switch (kind) {
    case 'begin': return i === 0;
    case 'endOfInput': return i === n;
    case 'endBeforeFinalTerminator':
      if (i === n) return true;
      if (i === n - 2) return s[i] === '\r' && s[i + 1] === '\n';
      if (i === n - 1) return isLt(s, i) && !(s[i] === '\n' && i > 0 && s[i - 1] === '\r');
      return false;
    case 'unixEnd': return i === n || (i === n - 1 && s[i] === '\n');
    case 'lineEnd': return i === n || (isLt(s, i) && !(s[i] === '\n' && i > 0 && s[i - 1] === '\r'));
    case 'unixLineEnd': return i === n || s[i] === '\n';
    case 'lineBegin':
      // Java's MULTILINE `^` never matches at the end of input, even after a line terminator.
      if (i === 0) return true;
      return i < n && isLt(s, i - 1) && !(s[i - 1] === '\r' && s[i] === '\n');
    case 'unixLineBegin': return i === 0 || (i < n && s[i - 1] === '\n');
    case 'wordBoundary': return wordBefore(s, i) !== wordAfter(s, i);
    case 'notWordBoundary': return wordBefore(s, i) === wordAfter(s, i);
    case 'previousMatchEnd': return i === searchStart;
    default: return false;
  }
}

/** Work units one Pike VM thread step counts (a step of the JavaScript loop, not a native character scan). */
export const PIKE_STEP_COST = 12;
/** Work units one backtracking step counts. */
export const BACKTRACK_STEP_COST = 12;

/**
 * The Pike VM: the first match at or after `from` (or only at `from` when anchored). `keep` is how many
 * capture slots the caller reads (0 for a yes/no answer, 2 for the match bounds, all for the groups):
 * slots nobody reads are not copied. Threads live in preallocated arrays, at most one per instruction.
 */
function pike(prog: Program, s: string, from: number, anchored: boolean, requireEnd: boolean, keep: number): Captures | null {
  const insts = prog.insts;
  const size = insts.length;
  const n = s.length;
  const groupSlots = 2 * (prog.groups + 1);
  const marks = new Int32Array(size).fill(-1);
  const budget = activeBudget();
  let generation = 0;
  const initial: Captures = new Array(prog.slots).fill(-1);
  let cpc = new Int32Array(size);
  let ccaps: Captures[] = new Array(size);
  let cn = 0;
  let npc = new Int32Array(size);
  let ncaps: Captures[] = new Array(size);
  let nn = 0;
  const stackPc: number[] = [];
  const stackCaps: Captures[] = [];

  /**
   * Adds to the next list the thread and everything it reaches without reading, in priority order. Every
   * instruction visited and every capture slot copied is charged: a pattern of thousands of empty groups does its
   * work here, not in the threads that read.
   */
  const add = (pc0: number, caps0: Captures, pos: number) => {
    let units = 0;
    let top = 0;
    stackPc[top] = pc0;
    stackCaps[top++] = caps0;
    while (top > 0) {
      const pc = stackPc[--top];
      const caps = stackCaps[top];
      if (marks[pc] === generation) continue;
      marks[pc] = generation;
      units += PIKE_STEP_COST;
      const inst = insts[pc];
      switch (inst.op) {
        case JMP:
          stackPc[top] = inst.x;
          stackCaps[top++] = caps;
          break;
        case SPLIT:
          stackPc[top] = inst.y;
          stackCaps[top++] = caps;
          stackPc[top] = inst.x;
          stackCaps[top++] = caps;
          break;
        case SAVE: case MARK: {
          let c = caps;
          if (inst.slot < keep || inst.slot >= groupSlots) {
            c = caps.slice();
            c[inst.slot] = pos;
            units += c.length;
          }
          stackPc[top] = pc + 1;
          stackCaps[top++] = c;
          break;
        }
        case PROGRESS:
          stackPc[top] = caps[inst.slot] === pos ? inst.exit : inst.loop;
          stackCaps[top++] = caps;
          break;
        case ASSERT:
          if (assertAt(inst.kind, s, pos, from)) {
            stackPc[top] = pc + 1;
            stackCaps[top++] = caps;
          }
          break;
        default:
          npc[nn] = pc;
          ncaps[nn++] = caps;
      }
    }
    budget.charge(units);
  };

  let matched: Captures | null = null;
  let sp = from;
  generation++;
  add(0, initial, sp);
  for (;;) {
    [cpc, npc] = [npc, cpc];
    [ccaps, ncaps] = [ncaps, ccaps];
    cn = nn;
    nn = 0;
    if (cn === 0 && (matched || anchored || sp >= n)) break;
    const cp = sp < n ? s.codePointAt(sp)! : -1;
    const width = cp > 0xffff ? 2 : 1;
    generation++;
    budget.charge((cn + 1) * PIKE_STEP_COST);
    for (let t = 0; t < cn; t++) {
      const pc = cpc[t];
      const inst = insts[pc];
      if (inst.op === CHAR) {
        if (cp >= 0 && inst.test(cp)) add(pc + 1, ccaps[t], sp + width);
      } else if (inst.op === MATCH) {
        if (requireEnd && sp !== n) continue;
        matched = ccaps[t];
        // Threads after this one have lower priority: a backtracking engine would never try them.
        break;
      }
    }
    if (sp >= n) break;
    if (!matched && !anchored) add(0, initial, sp + width);
    sp += width;
  }
  return matched;
}

class Steps {
  count = 0;
  check(): void {
    if (++this.count > MAX_BACKTRACK_STEPS) {
      throw new BudgetExceeded(`regular expression stopped: the backtracking budget of ${MAX_BACKTRACK_STEPS} steps is spent (a pattern with back references, look-around or possessive parts runs by backtracking)`);
    }
    if (this.count % 1024 === 0) activeBudget().charge(1024 * BACKTRACK_STEP_COST);
  }

  /** Capture slots copied for a saved alternative: work the step count does not see. */
  copied(slotCount: number): void {
    activeBudget().charge(slotCount);
  }
}

interface Frame {
  readonly pc: number;
  readonly sp: number;
  readonly caps: Captures;
}

function sameText(s: string, at: number, text: string, ignoreCase: boolean): boolean {
  if (at + text.length > s.length) return false;
  const here = s.slice(at, at + text.length);
  return ignoreCase ? here.toLowerCase() === text.toLowerCase() || here.toUpperCase() === text.toUpperCase() : here === text;
}

/**
 * The backtracking machine, anchored at `start`: the first match in priority order (ending at `endAt`
 * when given), with its groups. Look-around and atomic groups run their sub-program the same way; their
 * nesting is the pattern's, never the input's.
 */
function backtrack(
  insts: Inst[], s: string, start: number, caps0: Captures, endAt: number, searchStart: number, steps: Steps,
): { end: number; caps: Captures } | null {
  const stack: Frame[] = [{ pc: 0, sp: start, caps: caps0.slice() }];
  const n = s.length;
  while (stack.length) {
    const frame = stack.pop()!;
    let { pc, sp } = frame;
    let caps = frame.caps;
    run: for (;;) {
      steps.check();
      const inst = insts[pc];
      switch (inst.op) {
        case CHAR: {
          if (sp >= n) break run;
          const cp = s.codePointAt(sp)!;
          if (!inst.test(cp)) break run;
          sp += cp > 0xffff ? 2 : 1;
          pc++;
          break;
        }
        case SPLIT:
          steps.copied(caps.length);
          stack.push({ pc: inst.y, sp, caps: caps.slice() });
          pc = inst.x;
          break;
        case JMP: pc = inst.x; break;
        case SAVE: case MARK: caps[inst.slot] = sp; pc++; break;
        case PROGRESS: pc = caps[inst.slot] === sp ? inst.exit : inst.loop; break;
        case ASSERT:
          if (!assertAt(inst.kind, s, sp, searchStart)) break run;
          pc++;
          break;
        case MATCH:
          if (endAt >= 0 && sp !== endAt) break run;
          return { end: sp, caps };
        case BACKREF: {
          const a = caps[2 * inst.group];
          const b = caps[2 * inst.group + 1];
          if (a < 0 || b < 0) break run;
          const text = s.slice(a, b);
          if (!sameText(s, sp, text, inst.ignoreCase)) break run;
          sp += text.length;
          pc++;
          break;
        }
        case LOOK: {
          let found: { end: number; caps: Captures } | null = null;
          if (inst.ahead) {
            found = backtrack(inst.sub, s, sp, caps, -1, searchStart, steps);
          } else {
            const lowest = Math.max(0, sp - inst.maxLength);
            for (let at = sp - inst.minLength; at >= lowest && !found; at--) found = backtrack(inst.sub, s, at, caps, sp, searchStart, steps);
          }
          if ((found !== null) === inst.negate) break run;
          if (found && !inst.negate) caps = found.caps;
          pc++;
          break;
        }
        case ATOMIC: {
          const found = backtrack(inst.sub, s, sp, caps, -1, searchStart, steps);
          if (!found) break run;
          sp = found.end;
          caps = found.caps;
          pc++;
          break;
        }
      }
    }
  }
  return null;
}

/**
 * Java's `Matcher.find()` from `from` (`whole` false) or `Matcher.matches()` (`whole` true, `from` 0): the
 * groups of the match, or null. `keep`: the capture slots the caller reads (all by default).
 */
export function execute(prog: Program, s: string, from: number, whole: boolean, keep = 2 * (prog.groups + 1)): Captures | null {
  const budget = activeBudget();
  if (prog.literal !== undefined) {
    const lit = prog.literal;
    if (whole) {
      budget.charge(Math.min(s.length, lit.length) + 1);
      return s === lit ? [0, s.length] : null;
    }
    const at = s.indexOf(lit, from);
    budget.charge((at === -1 ? s.length : at + lit.length) - from + 1);
    return at === -1 ? null : [at, at + lit.length];
  }
  if (prog.linear) return pike(prog, s, from, whole, whole, keep);
  const steps = new Steps();
  const initial: Captures = new Array(prog.slots).fill(-1);
  if (whole) return backtrack(prog.insts, s, 0, initial, s.length, 0, steps)?.caps ?? null;
  for (let at = from; at <= s.length; at++) {
    const found = backtrack(prog.insts, s, at, initial, -1, from, steps);
    if (found) return found.caps;
  }
  return null;
}
