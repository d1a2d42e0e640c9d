import { mapOf, numberOf } from '../../model/value';
import { Rule } from '../rule';
import { INT32_MAX, isInt32Count } from './stage-throttling-range';

/** What is wrong with a usage plan's quota limit (`QuotaSettings.limit`, an int32), or undefined. Shared with `WebSocketUsagePlan`. */
export function quotaLimitProblem(limit: number): string | undefined {
  if (isInt32Count(limit)) return undefined;
  return `the usage plan quota limit is ${limit}; expected a whole number of requests from 0 to ${INT32_MAX}`;
}

export const usagePlanQuotaLimit: Rule = {
  id: 'usage-plan-quota-limit',
  severity: 'error',
  summary: 'A usage plan Quota.Limit is a whole number of requests from 0 to 2147483647',
  references: [],
  evidence: { kind: 'documented', source: 'API Gateway QuotaSettings.limit (Integer); CFN AWS::ApiGateway::UsagePlan QuotaSettings.Limit (Minimum 0)' },
  check(model, report) {
    for (const plan of model.usagePlans) {
      const limit = numberOf(mapOf(plan.properties.Quota)?.Limit);
      const problem = limit === undefined ? undefined : quotaLimitProblem(limit);
      if (problem) report({ resource: plan, path: 'Quota.Limit', message: problem });
    }
  },
};
