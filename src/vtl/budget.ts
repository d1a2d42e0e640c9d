/**
 * The budgets of one render: API Gateway has no equivalent of ours (it has its own time and memory limits,
 * which no template can learn), so the library sets them so that no template runs long or holds much memory,
 * and a legitimate template on a 10 MB payload stays well inside them.
 *
 * - Work counts what is really done, not the nodes walked: characters produced and scanned (a `hashCode()`
 *   of an 8 MB string costs 8 million), collection elements touched, regular-expression and JSONPath steps.
 * - Memory counts the values a template builds (strings at two bytes a character, eight bytes a collection
 *   slot), as built and never freed: an upper bound of what they hold at any moment.
 *
 * One render is synchronous, so the budget in force is a module variable set around it (`withBudget`); code
 * that runs outside a render (the static checks) charges nothing.
 */
import { EvaluationError } from './errors';

/**
 * Units of work one render may do. A unit is about what a native scan of one character costs; steps run in
 * JavaScript weigh more (NODE_COST, the regular-expression and JSONPath step costs), so that the budget
 * bounds time: spent in full, it took about 1 to 2 s on the machine the figures of bench/hostile-eval.ts
 * come from.
 */
export const MAX_WORK = 100_000_000;
/** Work units one template node or reference evaluated counts (the evaluator's own step). */
export const NODE_COST = 40;
/** Bytes of values one render may build. */
export const MAX_MEMORY = 256 * 1024 * 1024;

/** Bytes a string of `length` characters takes (UTF-16). */
export const BYTES_PER_CHAR = 2;
/** Bytes a list slot or a map entry takes. */
export const BYTES_PER_SLOT = 8;

export interface BudgetLimits {
  /** @default MAX_WORK */
  readonly work?: number;
  /** @default MAX_MEMORY */
  readonly memory?: number;
}

/** Thrown when a budget is spent: the render stops with this error, as API Gateway fails the request. */
export class BudgetExceeded extends EvaluationError {}

function thousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+$)/g, ',');
}

export class Budget {
  /** Work done so far. */
  work = 0;
  /** Bytes of values built so far. */
  memory = 0;
  readonly maxWork: number;
  readonly maxMemory: number;

  constructor(limits: BudgetLimits = {}) {
    this.maxWork = limits.work ?? MAX_WORK;
    this.maxMemory = limits.memory ?? MAX_MEMORY;
  }

  charge(units: number): void {
    this.work += units;
    if (this.work > this.maxWork) {
      throw new BudgetExceeded(`evaluation stopped: the work budget of ${thousands(this.maxWork)} steps is spent (characters scanned and produced, collection elements touched)`);
    }
  }

  allocate(bytes: number): void {
    this.memory += bytes;
    if (this.memory > this.maxMemory) {
      throw new BudgetExceeded(`evaluation stopped: the memory budget of ${thousands(this.maxMemory)} bytes for the values a template builds is spent`);
    }
  }
}

/** Outside a render: nothing is counted. */
class Unlimited extends Budget {
  constructor() {
    super({ work: Infinity, memory: Infinity });
  }
  charge(): void {}
  allocate(): void {}
}

const UNLIMITED = new Unlimited();
let current: Budget = UNLIMITED;

/** Runs `f` with `budget` in force. */
export function withBudget<T>(budget: Budget, f: () => T): T {
  const saved = current;
  current = budget;
  try {
    return f();
  } finally {
    current = saved;
  }
}

/** Counts `units` of work against the budget in force. */
export function work(units: number): void {
  current.charge(units);
}

/** Counts a string of `length` characters built: its production (work) and its bytes (memory). */
export function built(length: number): void {
  current.charge(length);
  current.allocate(length * BYTES_PER_CHAR);
}

/** Counts `count` collection slots built. */
export function slots(count: number): void {
  current.charge(count);
  current.allocate(count * BYTES_PER_SLOT);
}

/** The budget in force (the regular-expression engine checks it in bulk). */
export function activeBudget(): Budget {
  return current;
}
