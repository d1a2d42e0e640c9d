import { mapOf, numberOf } from '../../model/value';
import { Rule } from '../rule';

const USAGE_PLAN_TYPE = 'AWS::ApiGateway::UsagePlan';

/** `QuotaSettings.limit` is an `Integer` (int32) in the API Gateway API reference; CloudFormation sets `Minimum: 0`. */
export const QUOTA_LIMIT_MAX = 2_147_483_647;

/** What is wrong with a usage plan's quota limit, or undefined. Shared with `WebSocketUsagePlan`. */
export function quotaLimitProblem(limit: number): string | undefined {
  if (Number.isInteger(limit) && limit >= 0 && limit <= QUOTA_LIMIT_MAX) return undefined;
  return `the usage plan quota limit is ${limit}; expected a whole number of requests from 0 to ${QUOTA_LIMIT_MAX}`;
}

export const usagePlanQuotaLimit: Rule = {
  id: 'usage-plan-quota-limit',
  severity: 'error',
  summary: 'A usage plan Quota.Limit is a whole number of requests from 0 to 2147483647',
  references: [],
  check(model, report) {
    for (const plan of model.resources.values()) {
      if (plan.type !== USAGE_PLAN_TYPE) continue;
      const limit = numberOf(mapOf(plan.properties.Quota)?.Limit);
      const problem = limit === undefined ? undefined : quotaLimitProblem(limit);
      if (problem) report({ resource: plan, path: 'Quota.Limit', message: problem });
    }
  },
};
