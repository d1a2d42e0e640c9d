/**
 * Java methods and bean properties of the value model, as Velocity 1.7's introspection resolves them.
 * Every lookup is an explicit table: a name that is not listed gives null (Velocity renders an unresolvable
 * method as nothing on API Gateway), so `constructor`, `__proto__`, `getClass` and the like reach nothing.
 */
import { built, slots, work } from './budget';
import { EvaluationError } from './errors';
import { javaMatches, JavaRegexError, javaReplaceAll, javaReplaceFirst, javaSplit } from './java-regex';
import {
  Builtin, compareNumbers, ForeachScope, integer, isInteger, isNumber, JavaDouble, JavaEntry, JavaList, JavaMap,
  javaEquals, javaToString, MAX_STRING_LENGTH, toDouble, Value,
} from './values';

export { MAX_STRING_LENGTH };

export function checkLength(s: string): string {
  if (s.length > MAX_STRING_LENGTH) throw new EvaluationError(`a string grew past ${MAX_STRING_LENGTH} characters`);
  return s;
}

/** A Java int argument, or undefined when the argument is not an integer (no such method in Java). */
function intArg(v: Value | undefined): number | undefined {
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint') return Number(v);
  return undefined;
}

function strArg(v: Value | undefined): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

/** Java's CharSequence arguments accept any string-like value Velocity would convert; we accept strings. */
function regexCall<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof JavaRegexError) throw new EvaluationError(`PatternSyntaxException: ${e.message}`);
    throw e;
  }
}

function outOfBounds(what: string): never {
  throw new EvaluationError(`StringIndexOutOfBoundsException: ${what}`);
}

/** String methods that read no more than a few characters; every other one scans the string. */
const CONSTANT_TIME = new Set(['length/0', 'isEmpty/0', 'toString/0', 'intern/0', 'charAt/1']);

/** `String.replace(target, replacement)`: every occurrence, sized before it is built. */
function replaceLiteral(s: string, target: string, repl: string): string {
  if (target === '') {
    // Java inserts the replacement before every character and at the end.
    if ((s.length + 1) * repl.length + s.length > MAX_STRING_LENGTH) tooLong();
    return repl + [...s].join(repl) + repl;
  }
  const parts = s.split(target);
  if (s.length + (parts.length - 1) * (repl.length - target.length) > MAX_STRING_LENGTH) tooLong();
  return parts.join(repl);
}

function tooLong(): never {
  throw new EvaluationError(`a string grew past ${MAX_STRING_LENGTH} characters`);
}

function stringMethod(s: string, name: string, args: Value[]): Value | undefined {
  const [a, b] = args;
  const signature = `${name}/${args.length}`;
  if (!CONSTANT_TIME.has(signature)) work(s.length + (typeof a === 'string' ? a.length : 0));
  switch (signature) {
    case 'length/0': return s.length;
    case 'isEmpty/0': return s.length === 0;
    case 'isBlank/0': return s.trim().length === 0;
    case 'toString/0': case 'intern/0': return s;
    case 'equals/1': return typeof a === 'string' && a === s;
    case 'equalsIgnoreCase/1': return typeof a === 'string' && a.toLowerCase() === s.toLowerCase();
    case 'contains/1': return a === null ? null : s.includes(javaToString(a));
    case 'startsWith/1': return strArg(a) === undefined ? null : s.startsWith(a as string);
    case 'startsWith/2': return strArg(a) === undefined || intArg(b) === undefined ? null : s.startsWith(a as string, intArg(b));
    case 'endsWith/1': return strArg(a) === undefined ? null : s.endsWith(a as string);
    case 'indexOf/1': return strArg(a) === undefined ? null : s.indexOf(a as string);
    case 'indexOf/2': return strArg(a) === undefined || intArg(b) === undefined ? null : s.indexOf(a as string, Math.max(0, intArg(b)!));
    case 'lastIndexOf/1': return strArg(a) === undefined ? null : s.lastIndexOf(a as string);
    case 'charAt/1': {
      const i = intArg(a);
      if (i === undefined) return null;
      if (i < 0 || i >= s.length) outOfBounds(`index ${i}, length ${s.length}`);
      return s[i];
    }
    case 'substring/1': case 'substring/2': {
      const begin = intArg(a);
      const end = args.length === 2 ? intArg(b) : s.length;
      if (begin === undefined || end === undefined) return null;
      if (begin < 0 || end > s.length || begin > end) outOfBounds(`begin ${begin}, end ${end}, length ${s.length}`);
      return s.substring(begin, end);
    }
    case 'toLowerCase/0': return s.toLowerCase();
    case 'toUpperCase/0': return s.toUpperCase();
    // Java's trim() removes every character <= U+0020, not only whitespace.
    case 'trim/0': return s.replace(/^[\x00-\x20]+|[\x00-\x20]+$/g, '');
    case 'strip/0': return s.trim();
    case 'concat/1': return strArg(a) === undefined ? null : checkLength(s + (a as string));
    case 'replace/2': {
      if (a === null || b === null || a === undefined || b === undefined) return null;
      return replaceLiteral(s, javaToString(a), javaToString(b));
    }
    case 'replaceAll/2': return strArg(a) === undefined || strArg(b) === undefined ? null
      : regexCall(() => checkLength(javaReplaceAll(s, a as string, b as string)));
    case 'replaceFirst/2': return strArg(a) === undefined || strArg(b) === undefined ? null
      : regexCall(() => checkLength(javaReplaceFirst(s, a as string, b as string)));
    case 'matches/1': return strArg(a) === undefined ? null : regexCall(() => javaMatches(s, a as string));
    case 'split/1': return strArg(a) === undefined ? null : new JavaList(regexCall(() => javaSplit(s, a as string)), false);
    case 'split/2': return strArg(a) === undefined || intArg(b) === undefined ? null
      : new JavaList(regexCall(() => javaSplit(s, a as string, intArg(b))), false);
    case 'compareTo/1': {
      if (typeof a !== 'string') return null;
      return s < a ? -1 : s > a ? 1 : 0;
    }
    case 'hashCode/0': {
      let h = 0;
      // Java's int overflow: wrap to 32 bits.
      // Java's int arithmetic: h * 31 + c is exact in a double, `| 0` wraps it to 32 bits (Math.imul would
      // too, but is many times slower where the code runs in a vm context, as under jest).
      // eslint-disable-next-line no-bitwise
      for (let i = 0; i < s.length; i++) h = (h * 31 + s.charCodeAt(i)) | 0;
      return h;
    }
    default: return undefined;
  }
}

function listIndex(list: JavaList, i: number | undefined, strict: boolean): Value {
  if (i === undefined) return null;
  if (i < 0 || i >= list.items.length) {
    if (strict) throw new EvaluationError(`IndexOutOfBoundsException: Index ${i} out of bounds for length ${list.items.length}`);
    return null;
  }
  return list.items[i];
}

/** The position of the first element equal to `a` (a null only when `nulls`), each comparison counted. */
function find(items: Value[], a: Value | undefined, nulls = true): number {
  for (let i = 0; i < items.length; i++) {
    work(1);
    const x = items[i];
    if ((x === a && nulls) || (x !== null && a !== null && a !== undefined && javaEquals(x, a))) return i;
  }
  return -1;
}

function listMethod(list: JavaList, name: string, args: Value[]): Value | undefined {
  const [a, b] = args;
  switch (`${name}/${args.length}`) {
    case 'size/0': return list.items.length;
    case 'isEmpty/0': return list.items.length === 0;
    case 'get/1': return listIndex(list, intArg(a), true);
    case 'contains/1': return find(list.items, a) !== -1;
    case 'indexOf/1': return find(list.items, a);
    case 'add/1': slots(1); list.items.push(a ?? null); return true;
    case 'add/2': {
      const i = intArg(a);
      if (i === undefined) return null;
      if (i < 0 || i > list.items.length) throw new EvaluationError(`IndexOutOfBoundsException: Index ${i} out of bounds for length ${list.items.length}`);
      slots(list.items.length - i + 1);
      list.items.splice(i, 0, b ?? null);
      return null;
    }
    case 'set/2': {
      const i = intArg(a);
      const previous = listIndex(list, i, true);
      list.items[i!] = b ?? null;
      return previous;
    }
    case 'remove/1': {
      const i = intArg(a);
      if (i !== undefined) {
        const previous = listIndex(list, i, true);
        work(list.items.length - i);
        list.items.splice(i, 1);
        return previous;
      }
      const at = find(list.items, a, false);
      if (at === -1) return false;
      work(list.items.length - at);
      list.items.splice(at, 1);
      return true;
    }
    case 'addAll/1': {
      if (!(a instanceof JavaList)) return null;
      // Java copies the argument first (`toArray`), so `$l.addAll($l)` doubles the list; no spread of a
      // large list into arguments, which overflows the stack past about 100,000 elements.
      const added = a.items.slice();
      slots(added.length);
      for (const x of added) list.items.push(x);
      return true;
    }
    case 'clear/0': list.items.length = 0; return null;
    case 'subList/2': {
      const from = intArg(a);
      const to = intArg(b);
      if (from === undefined || to === undefined) return null;
      if (from < 0 || to > list.items.length || from > to) throw new EvaluationError(`IndexOutOfBoundsException: fromIndex ${from}, toIndex ${to}`);
      slots(to - from);
      return new JavaList(list.items.slice(from, to), list.json);
    }
    case 'toString/0': return javaToString(list);
    case 'equals/1': return a !== null && a !== undefined && javaEquals(list, a);
    default: return undefined;
  }
}

function keyOf(v: Value): string {
  return javaToString(v);
}

function mapMethod(map: JavaMap, name: string, args: Value[]): Value | undefined {
  const [a, b] = args;
  switch (`${name}/${args.length}`) {
    case 'get/1': return a === null ? null : map.get(keyOf(a));
    case 'getOrDefault/2': return a !== null && map.entries.has(keyOf(a)) ? map.get(keyOf(a)) : b;
    case 'put/2': slots(1); return a === null ? null : map.put(keyOf(a), b);
    case 'putAll/1': {
      if (!(a instanceof JavaMap)) return null;
      slots(a.entries.size);
      for (const [k, v] of [...a.entries]) map.put(k, v);
      return null;
    }
    case 'remove/1': return a === null ? null : map.remove(keyOf(a));
    case 'containsKey/1': return a !== null && map.entries.has(keyOf(a));
    case 'containsValue/1': return find([...map.entries.values()], a) !== -1;
    case 'keySet/0': slots(map.entries.size); return new JavaList([...map.entries.keys()], false);
    case 'values/0': slots(map.entries.size); return new JavaList([...map.entries.values()], false);
    case 'entrySet/0': slots(map.entries.size * 4); return new JavaList([...map.entries].map(([k, v]) => new JavaEntry(k, v, map)), false);
    case 'size/0': return map.entries.size;
    case 'isEmpty/0': return map.entries.size === 0;
    case 'clear/0': map.entries.clear(); return null;
    case 'toString/0': return javaToString(map);
    case 'equals/1': return a !== null && a !== undefined && javaEquals(map, a);
    default: return undefined;
  }
}

function numberMethod(n: number | bigint | JavaDouble, name: string, args: Value[]): Value | undefined {
  const [a] = args;
  switch (`${name}/${args.length}`) {
    case 'toString/0': return javaToString(n);
    case 'intValue/0': case 'longValue/0':
      return isInteger(n) ? n : integer(BigInt(Math.trunc(Number.isFinite(n.value) ? n.value : 0)));
    case 'doubleValue/0': case 'floatValue/0': return new JavaDouble(toDouble(n));
    case 'equals/1': return a !== null && a !== undefined && isNumber(a) && (isInteger(n) === isInteger(a)) && compareNumbers(n, a) === 0;
    case 'compareTo/1': return a !== null && a !== undefined && isNumber(a) ? compareNumbers(n, a) : null;
    default: return undefined;
  }
}

/** A method call on a value; null when Java would have no such method (Velocity renders nothing). */
export function callMethod(target: Value, name: string, args: Value[]): Value {
  if (target === null) return null;
  let r: Value | undefined;
  if (typeof target === 'string') {r = stringMethod(target, name, args);} else if (target instanceof JavaMap) {r = mapMethod(target, name, args);} else if (target instanceof JavaList) {r = listMethod(target, name, args);} else if (isNumber(target)) {r = numberMethod(target, name, args);} else if (typeof target === 'boolean') {
    if (name === 'toString' && args.length === 0) r = javaToString(target);
    else if (name === 'booleanValue' && args.length === 0) r = target;
    else if (name === 'equals' && args.length === 1) r = args[0] === target;
  } else if (target instanceof JavaEntry) {
    if (args.length === 0 && (name === 'getKey' || name === 'key')) r = target.key;
    else if (args.length === 0 && (name === 'getValue' || name === 'value')) r = target.value;
    else if (args.length === 1 && name === 'setValue') r = target.setValue(args[0]);
    else if (args.length === 0 && name === 'toString') r = javaToString(target);
  } else if (target instanceof ForeachScope) {
    r = args.length === 0 ? foreachProperty(target, name.replace(/^(get|is)(?=[A-Z])/, '')) : undefined;
    if (name === 'hasNext' && args.length === 0) r = target.hasNext;
  }
  // A new string is built (its characters produced and held); a string handed back as it was is not.
  if (typeof r === 'string' && r !== target) built(r.length);
  return r === undefined ? null : r;
}

function foreachProperty(scope: ForeachScope, name: string): Value | undefined {
  switch (name) {
    case 'hasNext': case 'HasNext': return scope.hasNext;
    case 'count': case 'Count': return scope.count;
    case 'index': case 'Index': return scope.index;
    case 'first': case 'First': return scope.index === 0;
    case 'last': case 'Last': return !scope.hasNext;
    case 'parent': case 'Parent': return scope.parent;
    default: return undefined;
  }
}

/**
 * `$x.name`: a Map's `get("name")`; otherwise the bean getter `getName()` / `isName()` Velocity would find.
 * Builtins resolve their own properties in the evaluator.
 */
export function getProperty(target: Value, name: string): Value {
  if (target === null) return null;
  if (target instanceof JavaMap) return target.get(name);
  if (target instanceof ForeachScope) return foreachProperty(target, name) ?? null;
  if (target instanceof JavaEntry) {
    if (name === 'key') return target.key;
    if (name === 'value') return target.value;
    return null;
  }
  if (target instanceof Builtin) return null;
  if (name === 'empty') return callMethod(target, 'isEmpty', []);
  if (name === 'blank' && typeof target === 'string') return callMethod(target, 'isBlank', []);
  return null;
}

/** `$x[key]`: a List element (a negative index counts from the end, as in Velocity 1.7) or a Map value. */
export function getIndex(target: Value, key: Value): Value {
  if (target === null || key === null) return null;
  if (target instanceof JavaMap) return target.get(keyOf(key));
  if (target instanceof JavaList) {
    const i = intArg(key);
    if (i === undefined) return null;
    return listIndex(target, i < 0 ? target.items.length + i : i, false);
  }
  return null;
}

/** `#set($x[key] = v)` / `#set($x.name = v)` on a Map or List; other targets are left unchanged. */
export function setMember(target: Value, key: Value, value: Value): void {
  if (target instanceof JavaMap) {
    if (key !== null) {
      slots(1);
      target.put(keyOf(key), value);
    }
    return;
  }
  if (target instanceof JavaList) {
    const i = intArg(key);
    if (i !== undefined && i >= 0 && i < target.items.length) target.items[i] = value;
  }
}
