/**
 * The same strings are parsed many times: once or twice by a typed builder when a value is written, then
 * by every rule that reads it at synth (seven rules read each HTTP parameter mapping). Parsing is a pure
 * function of the string, so each parser keeps its recent results. A cache holds at most `capacity`
 * strings and is emptied when full, so memory stays bounded on any input.
 *
 * Results are shared between callers, who must not change them. Under jest, results are deep-frozen, so a
 * caller that writes into one fails its tests (compiled modules run in strict mode, where writing a
 * frozen property throws).
 */
const FREEZE = process.env.JEST_WORKER_ID !== undefined;

export function memoize<T>(parse: (input: string) => T, capacity = 4096): (input: string) => T {
  const cache = new Map<string, T>();
  return (input: string): T => {
    const hit = cache.get(input);
    if (hit !== undefined) return hit;
    const result = parse(input);
    if (cache.size >= capacity) cache.clear();
    cache.set(input, FREEZE ? deepFreeze(result) : result);
    return result;
  };
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value as object)) deepFreeze(child);
  }
  return value;
}
