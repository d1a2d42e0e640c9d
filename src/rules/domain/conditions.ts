import { RoutingRuleNode } from '../../model/nodes';
import { arrayOf, isUnknown, mapOf, stringOf } from '../../model/value';

/** One literal string inside a routing rule's conditions, with its property path. */
export interface ConditionValue {
  readonly value: string;
  readonly path: string;
}

/** Every literal `MatchHeaders.AnyOf[].Header` and `ValueGlob` of a routing rule. */
export function headerMatchesOf(rule: RoutingRuleNode): { header?: ConditionValue; glob?: ConditionValue }[] {
  const out: { header?: ConditionValue; glob?: ConditionValue }[] = [];
  (arrayOf(rule.properties.Conditions) ?? []).forEach((condition, i) => {
    const anyOf = arrayOf(mapOf(mapOf(condition)?.MatchHeaders)?.AnyOf) ?? [];
    anyOf.forEach((entry, j) => {
      const match = mapOf(entry);
      if (!match) return;
      const base = `Conditions[${i}].MatchHeaders.AnyOf[${j}]`;
      const header = stringOf(match.Header);
      const glob = stringOf(match.ValueGlob);
      out.push({
        header: header === undefined ? undefined : { value: header, path: `${base}.Header` },
        glob: glob === undefined ? undefined : { value: glob, path: `${base}.ValueGlob` },
      });
    });
  });
  return out;
}

/** Every literal `MatchBasePaths.AnyOf[]` string of a routing rule. */
export function basePathsOf(rule: RoutingRuleNode): ConditionValue[] {
  const out: ConditionValue[] = [];
  (arrayOf(rule.properties.Conditions) ?? []).forEach((condition, i) => {
    const anyOf = arrayOf(mapOf(mapOf(condition)?.MatchBasePaths)?.AnyOf) ?? [];
    anyOf.forEach((entry, j) => {
      const value = isUnknown(entry) ? undefined : stringOf(entry);
      if (value !== undefined) out.push({ value, path: `Conditions[${i}].MatchBasePaths.AnyOf[${j}]` });
    });
  });
  return out;
}
