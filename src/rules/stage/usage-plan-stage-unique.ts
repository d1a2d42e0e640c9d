import { arrayOf, isIntrinsic, mapOf, stringOf } from '../../model/value';
import { Rule } from '../rule';

const USAGE_PLAN_TYPE = 'AWS::ApiGateway::UsagePlan';

/**
 * A value that is the same at deploy time whenever it is the same here: a literal, or a `Ref` to a resource
 * of the template. Other intrinsics and pseudo parameters give undefined, and are never compared.
 */
function identityOf(value: unknown): string | undefined {
  const literal = stringOf(value);
  if (literal !== undefined) return `=${literal}`;
  if (!isIntrinsic(value)) return undefined;
  const ref = (value as Record<string, unknown>).Ref;
  return typeof ref === 'string' && !ref.startsWith('AWS::') ? `@${ref}` : undefined;
}

/** JSON with sorted keys, so that two maps written in another order compare equal. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

export const usagePlanStageUnique: Rule = {
  id: 'usage-plan-stage-unique',
  severity: 'error',
  summary: 'A usage plan lists each API stage once: no two ApiStages entries are the same',
  references: [],
  check(model, report) {
    for (const plan of model.resources.values()) {
      if (plan.type !== USAGE_PLAN_TYPE) continue;
      const seen = new Map<string, number>();
      (arrayOf(plan.properties.ApiStages) ?? []).forEach((entry, i) => {
        const stage = mapOf(entry);
        const api = identityOf(stage?.ApiId);
        const name = identityOf(stage?.Stage);
        if (!stage || api === undefined || name === undefined) return;
        // Entries that differ only in their (REST) per-method Throttle are not the same item; they are left alone.
        const key = `${api} ${name} ${canonical(stage.Throttle ?? null)}`;
        const first = seen.get(key);
        if (first === undefined) {
          seen.set(key, i);
          return;
        }
        report({
          resource: plan,
          path: `ApiStages[${i}]`,
          message: `ApiStages[${i}] is the same API stage as ApiStages[${first}]; expected each API stage once (the resource schema requires unique ApiStages items)`,
        });
      });
    }
  },
};
