import { MAX_ALTERNATIVES, ValueResolver } from '../../src/model/intrinsics';

/**
 * Hostile templates for the intrinsic resolver: small inputs that took seconds to minutes before its caches and its
 * work budget. Each test asserts what is read or what comes out; the time limits are far above the normal cost.
 */

/** The object, counting each read of one of its own keys. */
function counting<T extends object>(target: T): { proxy: T; reads: () => number } {
  let reads = 0;
  const proxy = new Proxy(target, {
    get(t, key, receiver) {
      if (typeof key === 'string' && Object.prototype.hasOwnProperty.call(t, key)) reads++;
      return Reflect.get(t, key, receiver);
    },
  });
  return { proxy, reads: () => reads };
}

describe('intrinsic resolver: bounded on hostile templates', () => {
  test('a condition named many times is evaluated once (eight levels of Fn::Or of ten took 56 s)', () => {
    const n = 8;
    const conditions: Record<string, unknown> = { [`C${n}`]: { 'Fn::Equals': [{ Ref: 'P' }, 'x'] } };
    for (let i = n - 1; i >= 0; i--) conditions[`C${i}`] = { 'Fn::Or': Array.from({ length: 10 }, () => ({ Condition: `C${i + 1}` })) };
    const { proxy, reads } = counting(conditions);
    const r = new ValueResolver({ Resources: {}, Conditions: proxy, Parameters: { P: { Type: 'String' } } });
    expect(r.strings({ 'Fn::If': ['C0', 'a', 'b'] }).map(s => s.value)).toEqual(['a', 'b']);
    expect(reads()).toBeLessThanOrEqual(2 * (n + 1));
  });

  test('a cycle of conditions is unknown, not endless', () => {
    const r = new ValueResolver({ Resources: {}, Conditions: { A: { 'Fn::Not': [{ Condition: 'B' }] }, B: { 'Fn::Or': [{ Condition: 'A' }, { Condition: 'A' }] } } });
    expect(r.strings({ 'Fn::If': ['A', 'a', 'b'] }).map(s => s.value)).toEqual(['a', 'b']);
  });

  test('nested Fn::FindInMap evaluates its second key once (four levels over 60 keys took 14.5 s)', () => {
    const keys = Array.from({ length: 60 }, (_, i) => `k${i}`);
    const entries = Object.fromEntries(keys.map(k => [k, counting(Object.fromEntries(keys.map(j => [j, 'k0'])))]));
    const map = Object.fromEntries(keys.map(k => [k, entries[k].proxy]));
    let value: unknown = 'k0';
    for (let i = 0; i < 4; i++) value = { 'Fn::FindInMap': ['M', { Ref: 'AWS::Region' }, value] };
    const r = new ValueResolver({ Resources: {}, Mappings: { M: map } });
    const found = r.strings(value);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every(s => s.value === 'k0')).toBe(true);
    const reads = Object.values(entries).reduce((sum, e) => sum + e.reads(), 0);
    // Each level reads each second-level map for each key its second key can be: 4 levels, 60 maps, 60 keys.
    expect(reads).toBeLessThanOrEqual(4 * 60 * 60 * 2);
  });

  test('a join of 2,000 Refs to a parameter of 64 allowed values: one alternative per value, in linear work', () => {
    const values = Array.from({ length: MAX_ALTERNATIVES }, (_, i) => `v${i}`);
    const r = new ValueResolver({ Resources: {}, Parameters: { P: { Type: 'String', AllowedValues: values } } });
    // Each part combines each of the 64 strings so far with the one value that agrees: 128,000 combinations, under
    // the budget (64 x 64 for each part would spend it after 60 parts).
    const join = { 'Fn::Join': ['', Array.from({ length: 2000 }, () => ({ Ref: 'P' }))] };
    const started = Date.now();
    const found = r.strings(join);
    expect(found.map(s => s.value)).toEqual(values.map(v => v.repeat(2000)));
    // The same value asked again (by another rule) is not resolved again.
    expect(r.resolve(join)).toBe(r.resolve(join));
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  test('a join whose every part combines with 64 alternatives spends its work budget: unknown', () => {
    const values = Array.from({ length: 8 }, (_, i) => `v${i}`);
    const r = new ValueResolver({ Resources: {}, Parameters: { A: { AllowedValues: values }, B: { AllowedValues: values } } });
    const join = { 'Fn::Join': ['', Array.from({ length: 4000 }, () => ({ 'Fn::Sub': '${A}${B}' }))] };
    const started = Date.now();
    expect(r.strings(join)).toEqual([]);
    expect(r.resolve(join)).toEqual([{ value: { kind: 'unknown' }, when: [] }]);
    // Without the budget: 4,000 parts of 64 x 64 combinations, seconds; with it, at most MAX_WORK.
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});
