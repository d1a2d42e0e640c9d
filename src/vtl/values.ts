/**
 * The values a template sees, as API Gateway's Java engine has them: Java strings, Integer/Long/BigInteger
 * (`number` when exact in a double, `bigint` beyond), Double (`JavaDouble`, so `1.0` stays `1.0`), Boolean,
 * null, Maps (insertion-ordered), Lists (JSON arrays from the payload print as compact JSON, VTL list
 * literals print as Java's `[a, b]`), and map entries. Every member access goes through `methods.ts`: no
 * value here is ever indexed with a template-chosen JavaScript property name.
 */
import { built, slots, work } from './budget';
import { EvaluationError } from './errors';

/** Strings longer than this are refused, so a template cannot exhaust memory by doubling a string. */
export const MAX_STRING_LENGTH = 10 * 1024 * 1024;

export class JavaDouble {
  constructor(readonly value: number) {}
}

export class JavaList {
  /**
   * @param items the elements (mutable, as Java lists are)
   * @param json whether the list came from a JSON document (json-smart's JSONArray prints as JSON)
   */
  constructor(readonly items: Value[], readonly json: boolean) {}
}

/** A `Map.Entry` from `entrySet()`. */
export class JavaEntry {
  constructor(readonly key: string, readonly value: Value, private readonly owner: JavaMap) {}

  setValue(value: Value): Value {
    return this.owner.put(this.key, value);
  }
}

/** Called when a map is written, so the override maps can refuse a second assignment. */
export type WriteHook = (key: string) => void;

export class JavaMap {
  static of(pairs: Iterable<readonly [string, Value]>): JavaMap {
    const m = new JavaMap();
    for (const [k, v] of pairs) m.entries.set(k, v);
    return m;
  }

  readonly entries = new Map<string, Value>();
  /** Set on the `$context.requestOverride.*` / `responseOverride.*` maps. */
  onWrite: WriteHook | undefined;

  get(key: string): Value {
    const v = this.entries.get(key);
    return v === undefined ? null : v;
  }

  /** Java `put`: returns the previous value (null when none). */
  put(key: string, value: Value): Value {
    this.onWrite?.(key);
    const previous = this.get(key);
    this.entries.set(key, value);
    return previous;
  }

  remove(key: string): Value {
    const previous = this.get(key);
    this.entries.delete(key);
    return previous;
  }
}

/** The `$foreach` scope object of Velocity 1.7. */
export class ForeachScope {
  constructor(readonly index: number, readonly size: number, readonly parent: ForeachScope | null) {}
  get count(): number { return this.index + 1; }
  get hasNext(): boolean { return this.index + 1 < this.size; }
}

/** A template-visible object implemented by the evaluator (`$input`, `$util`): opaque to everything else. */
export class Builtin {
  constructor(readonly name: string) {}
}

export type Value = null | string | boolean | number | bigint | JavaDouble | JavaList | JavaMap | JavaEntry | ForeachScope | Builtin;

/* ------------------------------------------------------------------------------------------------------ */
/* Numbers                                                                                                 */

export function isNumber(v: Value): v is number | bigint | JavaDouble {
  return typeof v === 'number' || typeof v === 'bigint' || v instanceof JavaDouble;
}

export function isInteger(v: Value): v is number | bigint {
  return typeof v === 'number' || typeof v === 'bigint';
}

/** An integer result, as a number when exact, else a bigint (Velocity 1.7 widens to Long/BigInteger). */
export function integer(v: bigint): number | bigint {
  return v >= BigInt(Number.MIN_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v;
}

export function integerFromText(text: string): number | bigint {
  const n = Number(text);
  if (Number.isSafeInteger(n)) return n;
  if (/^[-+]?\d+$/.test(text)) return integer(BigInt(text));
  // A literal that reached us in exponent form (`-1e+21`): the integer that double holds.
  if (Number.isInteger(n)) return integer(BigInt(n));
  throw new EvaluationError(`NumberFormatException: For input string: "${text}"`);
}

export function toDouble(v: number | bigint | JavaDouble): number {
  return v instanceof JavaDouble ? v.value : Number(v);
}

/** Java's `Double.toString`: at least one fraction digit, scientific notation outside [1e-3, 1e7). */
export function javaDoubleString(d: number): string {
  if (Number.isNaN(d)) return 'NaN';
  if (d === Infinity) return 'Infinity';
  if (d === -Infinity) return '-Infinity';
  if (d === 0) return Object.is(d, -0) ? '-0.0' : '0.0';
  const abs = Math.abs(d);
  if (abs >= 1e-3 && abs < 1e7) {
    const s = String(d);
    return s.includes('.') ? s : `${s}.0`;
  }
  const [mantissa, exp] = d.toExponential().split('e');
  const m = mantissa.includes('.') ? mantissa : `${mantissa}.0`;
  return `${m}E${exp.startsWith('+') ? exp.slice(1) : exp}`;
}

/* ------------------------------------------------------------------------------------------------------ */
/* Printing                                                                                                */

/** How a value renders in the output: null renders as empty text (API Gateway, not plain Velocity). */
export function render(v: Value): string {
  return v === null ? '' : typeof v === 'string' ? v : javaToString(v);
}

/** Java `String.valueOf(v)`: what `toString()` and string concatenation give. */
export function javaToString(v: Value): string {
  if (v === null) return 'null';
  switch (typeof v) {
    case 'string': return v;
    case 'boolean': return v ? 'true' : 'false';
    case 'number': return String(v);
    case 'bigint': return bigintText(v);
    default: break;
  }
  if (v instanceof JavaDouble) return javaDoubleString(v.value);
  if (v instanceof JavaList || v instanceof JavaMap || v instanceof JavaEntry) return print(v, false);
  if (v instanceof ForeachScope) return `ForeachScope@${v.index}`;
  return '';
}

function bigintText(v: bigint): string {
  const s = v.toString();
  built(s.length);
  return s;
}

/** The text of a scalar, in Java (`toString`) or JSON form. */
function scalarText(v: Value, json: boolean): string {
  if (json) {
    if (typeof v === 'string') return escapeJsonString(v);
    if (v instanceof ForeachScope || v instanceof Builtin) return escapeJsonString(javaToString(v));
  }
  return javaToString(v);
}

/** What an entry of the print stack holds: text to copy, a value to print (Java or JSON form), or the end of a collection. */
const TEXT = 0;
const JAVA = 1;
const JSON_FORM = 2;
const LEAVE = 3;

/** Characters produced between two charges to the budget (a charge per piece would cost as much as the piece). */
const CHARGE_EVERY = 65_536;
/** Nesting printed by plain recursion (fast); deeper, by the explicit stack. */
const RECURSION_DEPTH = 200;

/**
 * Prints a value, Java's way (`AbstractCollection`/`AbstractMap.toString`, json-smart's `toJSONString` for
 * JSON lists) or as JSON. A collection that holds itself prints `(this Collection)` / `(this Map)` as Java
 * does; one that holds itself through another never ends in Java (StackOverflowError): here it is that
 * error. Values nested up to RECURSION_DEPTH print recursively; deeper ones with an explicit stack, so that a
 * list nested a million deep (or a cycle) never overflows the stack.
 */
class Printer {
  /** The pieces, joined once at the end (a `+=` per piece makes a rope the collector pays for). */
  private readonly parts: string[] = [];
  private length = 0;
  private uncharged = 0;

  text(s: string): void {
    this.parts.push(s);
    this.uncharged += s.length;
    if (this.uncharged > CHARGE_EVERY) this.charge();
  }

  private charge(): void {
    this.length += this.uncharged;
    if (this.length > MAX_STRING_LENGTH) throw new EvaluationError(`a string grew past ${MAX_STRING_LENGTH} characters`);
    built(this.uncharged);
    this.uncharged = 0;
  }

  result(): string {
    this.charge();
    return this.parts.length === 1 ? this.parts[0] : this.parts.join('');
  }

  value(v: Value, json: boolean, depth: number): void {
    if (!(v instanceof JavaList || v instanceof JavaMap || v instanceof JavaEntry)) {
      this.text(scalarText(v, json));
    } else if (depth >= RECURSION_DEPTH) {
      this.deep(v, json);
    } else if (v instanceof JavaEntry) {
      if (json) {
        this.text(escapeJsonString(print(v, false)));
      } else {
        this.text(`${v.key}=`);
        this.value(v.value, false, depth + 1);
      }
    } else if (v instanceof JavaList) {
      const listJson = json || v.json;
      const items = v.items;
      slots(items.length);
      this.text('[');
      for (let i = 0; i < items.length; i++) {
        if (i > 0) this.text(listJson ? ',' : ', ');
        const x: Value = items[i];
        if (x === v && !listJson) this.text('(this Collection)');
        else this.value(x, listJson, depth + 1);
      }
      this.text(']');
    } else {
      slots(v.entries.size);
      this.text('{');
      let first = true;
      for (const [k, x] of v.entries) {
        if (!first) this.text(json ? ',' : ', ');
        first = false;
        if (json) {
          this.text(`${escapeJsonString(k)}:`);
          this.value(x, true, depth + 1);
        } else {
          this.text(`${k}=`);
          if (x === v) this.text('(this Map)');
          else this.value(x, false, depth + 1);
        }
      }
      this.text('}');
    }
  }

  /** The same, with an explicit stack (parallel arrays, no object per entry) and a check for cycles. */
  private deep(root: Value, json: boolean): void {
    const open = new Set<object>();
    const items: unknown[] = [root];
    const modes: number[] = [json ? JSON_FORM : JAVA];
    while (items.length) {
      const item = items.pop();
      const mode = modes.pop()!;
      if (mode === TEXT) {
        this.text(item as string);
        continue;
      }
      if (mode === LEAVE) {
        open.delete(item as object);
        continue;
      }
      const v = item as Value;
      const asJson = mode === JSON_FORM;
      if (!(v instanceof JavaList || v instanceof JavaMap || v instanceof JavaEntry)) {
        this.text(scalarText(v, asJson));
        continue;
      }
      if (open.has(v)) {
        throw new EvaluationError('StackOverflowError: a collection contains itself through another one, so printing it never ends');
      }
      if (v instanceof JavaEntry) {
        if (asJson) {
          this.text(escapeJsonString(print(v, false)));
          continue;
        }
        open.add(v);
        items.push(v, v.value, `${v.key}=`);
        modes.push(LEAVE, JAVA, TEXT);
        continue;
      }
      open.add(v);
      items.push(v);
      modes.push(LEAVE);
      if (v instanceof JavaList) {
        const listJson = asJson || v.json;
        const n = v.items.length;
        slots(n);
        items.push(']');
        modes.push(TEXT);
        for (let i = n - 1; i >= 0; i--) {
          const x: Value = v.items[i];
          if (x === v && !listJson) {
            items.push('(this Collection)');
            modes.push(TEXT);
          } else {
            items.push(x);
            modes.push(listJson ? JSON_FORM : JAVA);
          }
          if (i > 0) {
            items.push(listJson ? ',' : ', ');
            modes.push(TEXT);
          }
        }
        items.push('[');
        modes.push(TEXT);
      } else {
        const entries = [...v.entries];
        slots(entries.length);
        items.push('}');
        modes.push(TEXT);
        for (let i = entries.length - 1; i >= 0; i--) {
          const [k, x] = entries[i];
          if (asJson) {
            items.push(x, `${escapeJsonString(k)}:`);
            modes.push(JSON_FORM, TEXT);
          } else if (x === v) {
            items.push('(this Map)', `${k}=`);
            modes.push(TEXT, TEXT);
          } else {
            items.push(x, `${k}=`);
            modes.push(JAVA, TEXT);
          }
          if (i > 0) {
            items.push(asJson ? ',' : ', ');
            modes.push(TEXT);
          }
        }
        items.push('{');
        modes.push(TEXT);
      }
    }
  }
}

function print(root: Value, json: boolean): string {
  const p = new Printer();
  p.value(root, json, 0);
  return p.result();
}

/** json-smart escapes control characters and the ranges json-simple escaped, as `\uXXXX` in upper case. */
function escapeJsonString(s: string): string {
  let out = '"';
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    let esc: string;
    switch (ch) {
      case 0x22: esc = '\\"'; break;
      case 0x5c: esc = '\\\\'; break;
      case 0x08: esc = '\\b'; break;
      case 0x0c: esc = '\\f'; break;
      case 0x0a: esc = '\\n'; break;
      case 0x0d: esc = '\\r'; break;
      case 0x09: esc = '\\t'; break;
      default:
        if (ch <= 0x1f || (ch >= 0x7f && ch <= 0x9f) || (ch >= 0x2000 && ch <= 0x20ff)) {
          esc = `\\u${ch.toString(16).toUpperCase().padStart(4, '0')}`;
        } else {
          continue;
        }
    }
    out += s.slice(start, i) + esc;
    start = i + 1;
  }
  return `${out}${s.slice(start)}"`;
}

/** Compact JSON, as json-smart writes it (`$input.json`, JSON lists printed by `toString`). */
export function toJson(v: Value): string {
  if (v === null) return 'null';
  if (typeof v === 'string') {
    const text = escapeJsonString(v);
    built(text.length);
    return text;
  }
  return print(v, true);
}

/* ------------------------------------------------------------------------------------------------------ */
/* Conversions                                                                                             */

/** A plain JavaScript value (request JSON: context, stage variables) as a template value. */
export function fromPlain(v: unknown, depth = 0): Value {
  if (v === null || v === undefined || depth > 64) return null;
  switch (typeof v) {
    case 'string': return v;
    case 'boolean': return v;
    case 'bigint': return integer(v);
    case 'number': return Number.isInteger(v) ? v : new JavaDouble(v);
    case 'object': break;
    default: return null;
  }
  if (Array.isArray(v)) return new JavaList(v.map(x => fromPlain(x, depth + 1)), true);
  const m = new JavaMap();
  for (const k of Object.keys(v as object)) m.entries.set(k, fromPlain((v as Record<string, unknown>)[k], depth + 1));
  return m;
}

/* ------------------------------------------------------------------------------------------------------ */
/* Velocity 1.7 semantics of operators                                                                     */

/** `#if($x)`: null is false, a Boolean is itself, anything else is true (Velocity 1.7; see README). */
export function truthy(v: Value): boolean {
  if (v === null) return false;
  if (typeof v === 'boolean') return v;
  return true;
}

/**
 * `==`. API Gateway differs from Velocity 1.7 in one place: a null (or missing) value equals both `$null`
 * and `""` (recorded on AWS). Numbers compare by value across Integer/Long/Double; values of different
 * types compare by their string form, as Velocity 1.7 does.
 */
export function javaEquals(a: Value, b: Value): boolean {
  if (a === null || b === null) {
    const other = a === null ? b : a;
    return other === null || other === '';
  }
  if (isNumber(a) && isNumber(b)) return compareNumbers(a, b) === 0;
  if (typeof a === 'string' && typeof b === 'string') return a === b;
  if (typeof a === 'boolean' && typeof b === 'boolean') return a === b;
  return javaToString(a) === javaToString(b);
}

export function compareNumbers(a: number | bigint | JavaDouble, b: number | bigint | JavaDouble): number {
  if (isInteger(a) && isInteger(b)) {
    const x = BigInt(a);
    const y = BigInt(b);
    return x < y ? -1 : x > y ? 1 : 0;
  }
  const x = toDouble(a);
  const y = toDouble(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * Arithmetic as Velocity 1.7's MathUtils does it: integers stay integers (widening instead of overflowing),
 * a Double operand makes the result a Double, integer division truncates, division by zero gives null.
 */
export function arithmetic(op: '+' | '-' | '*' | '/' | '%', a: Value, b: Value): Value {
  if (op === '+' && (typeof a === 'string' || typeof b === 'string')) {
    // API Gateway renders null as empty text; concatenation follows the same rule (see README).
    return render(a) + render(b);
  }
  if (!isNumber(a) || !isNumber(b)) return null;
  if (isInteger(a) && isInteger(b)) {
    if (typeof a === 'bigint' || typeof b === 'bigint') chargeBigInteger(op, a, b);
    const x = BigInt(a);
    const y = BigInt(b);
    switch (op) {
      case '+': return integer(x + y);
      case '-': return integer(x - y);
      case '*': return integer(x * y);
      case '/': return y === BigInt(0) ? null : integer(x / y);
      case '%': return y === BigInt(0) ? null : integer(x % y);
    }
  }
  const x = toDouble(a);
  const y = toDouble(b);
  switch (op) {
    case '+': return new JavaDouble(x + y);
    case '-': return new JavaDouble(x - y);
    case '*': return new JavaDouble(x * y);
    case '/': return y === 0 ? null : new JavaDouble(x / y);
    case '%': return y === 0 ? null : new JavaDouble(x % y);
  }
  return null;
}

/** Java's BigInteger holds at most 2^31 - 1 bits (beyond, `ArithmeticException`). */
export const MAX_BIGINTEGER_BITS = 2 ** 31 - 1;

/** 32-bit words of an integer (a bigint's size read from its hexadecimal text, which costs its length). */
function words(v: number | bigint): number {
  if (typeof v === 'number') return 2;
  const hex = v.toString(16).length;
  work(hex);
  return Math.ceil(hex / 8);
}

/**
 * BigInteger arithmetic costs what schoolbook arithmetic costs: the product of the operands' sizes for `*`,
 * `/` and `%`, their sum for `+` and `-`; the result's bytes are built. Charged before computing, so that
 * squaring a number again and again stops by budget, never by exhausting the engine.
 */
function chargeBigInteger(op: '+' | '-' | '*' | '/' | '%', a: number | bigint, b: number | bigint): void {
  const x = words(a);
  const y = words(b);
  const resultWords = op === '*' ? x + y : Math.max(x, y) + 1;
  if (resultWords * 32 > MAX_BIGINTEGER_BITS + 64) throw new EvaluationError('ArithmeticException: BigInteger would overflow supported range');
  work(op === '+' || op === '-' ? x + y : x * y);
  built(resultWords * 2);
}

export function negate(v: Value): Value {
  if (typeof v === 'number') return v === 0 ? 0 : -v;
  if (typeof v === 'bigint') return integer(-v);
  if (v instanceof JavaDouble) return new JavaDouble(-v.value);
  return null;
}
