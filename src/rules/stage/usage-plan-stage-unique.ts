import { isIntrinsic, stringOf } from '../../model/value';
import { canonical } from '../model/json-schema-draft4';
import { Rule } from '../rule';
import { apiStagesOf } from './usage-plan-stages';

/**
 * A value that is the same at deploy time whenever it is the same here: a literal, or a `Ref` that is not a
 * pseudo parameter (to a resource or a template parameter). Other intrinsics and pseudo parameters give
 * undefined, and are never compared.
 */
function identityOf(value: unknown): string | undefined {
  const literal = stringOf(value);
  if (literal !== undefined) return `=${literal}`;
  if (!isIntrinsic(value)) return undefined;
  const ref = (value as Record<string, unknown>).Ref;
  return typeof ref === 'string' && !ref.startsWith('AWS::') ? `@${ref}` : undefined;
}

export const usagePlanStageUnique: Rule = {
  id: 'usage-plan-stage-unique',
  severity: 'error',
  summary: 'A usage plan lists each API stage once: no two ApiStages entries are the same',
  references: [],
  evidence: { kind: 'documented', source: 'CFN AWS::ApiGateway::UsagePlan ApiStages (uniqueItems; DuplicatesAllowed: False)' },
  check(model, report) {
    for (const plan of model.usagePlans) {
      const seen = new Map<string, number>();
      for (const { index, path, properties: stage } of apiStagesOf(plan)) {
        const api = identityOf(stage.ApiId);
        const name = identityOf(stage.Stage);
        if (api === undefined || name === undefined) continue;
        // Entries that differ only in their (REST) per-method Throttle are not the same item; they are left alone.
        const key = `${api} ${name} ${canonical(stage.Throttle ?? null)}`;
        const first = seen.get(key);
        if (first === undefined) {
          seen.set(key, index);
          continue;
        }
        report({
          resource: plan,
          path,
          message: `${path} is the same API stage as ApiStages[${first}]; expected each API stage once (the resource schema requires unique ApiStages items)`,
        });
      }
    }
  },
};
