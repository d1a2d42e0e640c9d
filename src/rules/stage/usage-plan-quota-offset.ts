import { mapOf, numberOf, stringOf } from '../../model/value';
import { Rule } from '../rule';

/**
 * The largest `QuotaSettings.offset` per period. The offset picks the day the quota period starts: with
 * WEEK, 0 starts on Sunday and 1 on Monday (the API model's description of `QuotaSettings.offset`, as
 * shipped in aws-sdk-apigateway for Ruby 1.73.0); a DAY period takes only 0, WEEK 0 to 6, MONTH 0 to 27
 * (hashicorp/terraform-provider-aws, internal/service/apigateway/validate.go, `validUsagePlanQuotaSettings`).
 * The current API reference describes the field only as "the number of requests subtracted from the given
 * limit in the initial time period" and gives no range.
 */
export const QUOTA_OFFSET_MAX: Readonly<Record<string, number>> = { DAY: 0, WEEK: 6, MONTH: 27 };

/** What is wrong with a usage plan's quota offset for its period (unknown when undefined), or undefined. */
export function quotaOffsetProblem(offset: number, period: string | undefined): string | undefined {
  if (!Number.isInteger(offset) || offset < 0) {
    return `the usage plan quota offset is ${offset}; expected a whole number of 0 or more (the day the quota period starts)`;
  }
  const max = period === undefined ? undefined : QUOTA_OFFSET_MAX[period];
  if (max === undefined || offset <= max) return undefined;
  return max === 0
    ? `the usage plan quota offset is ${offset} with period DAY; expected 0, the only offset a DAY period takes`
    : `the usage plan quota offset is ${offset} with period ${period}; expected 0 to ${max} (the day of the ${period === 'WEEK' ? 'week, 0 for Sunday' : 'month, counted from 0'} the quota period starts)`;
}

export const usagePlanQuotaOffset: Rule = {
  id: 'usage-plan-quota-offset',
  severity: 'warning',
  summary: 'A usage plan Quota.Offset is 0 for a DAY period, 0 to 6 for WEEK and 0 to 27 for MONTH',
  references: [],
  evidence: { kind: 'documented', source: 'API Gateway QuotaSettings.offset (day the period starts); CFN AWS::ApiGateway::UsagePlan QuotaSettings.Offset (Minimum 0)' },
  check(model, report) {
    for (const plan of model.usagePlans) {
      const quota = mapOf(plan.properties.Quota);
      const offset = numberOf(quota?.Offset);
      if (offset === undefined) continue;
      // An unknown or absent period leaves the offset's sign and wholeness to check, not its range.
      const problem = quotaOffsetProblem(offset, stringOf(quota?.Period));
      if (problem) report({ resource: plan, path: 'Quota.Offset', message: problem });
    }
  },
};
