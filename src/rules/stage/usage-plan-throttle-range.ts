import { ResourceNode } from '../../model/nodes';
import { arrayOf, mapOf, numberOf } from '../../model/value';
import { Reporter, Rule } from '../rule';

const USAGE_PLAN_TYPE = 'AWS::ApiGateway::UsagePlan';

/** `ThrottleSettings.burstLimit` is an `Integer` (int32) in the API Gateway API reference; CloudFormation sets `Minimum: 0`. */
export const USAGE_PLAN_BURST_MAX = 2_147_483_647;

/** What is wrong with a usage plan's throttle burst limit, or undefined. Shared with `WebSocketUsagePlan`. */
export function usagePlanBurstProblem(burst: number): string | undefined {
  if (Number.isInteger(burst) && burst >= 0 && burst <= USAGE_PLAN_BURST_MAX) return undefined;
  return `the usage plan throttle burst limit is ${burst}; expected a whole number of requests from 0 to ${USAGE_PLAN_BURST_MAX}`;
}

/** What is wrong with a usage plan's throttle rate limit (a `Double`, CloudFormation `Minimum: 0`), or undefined. */
export function usagePlanRateProblem(rate: number): string | undefined {
  if (Number.isFinite(rate) && rate >= 0) return undefined;
  return `the usage plan throttle rate limit is ${rate}; expected a number of requests per second of 0 or more`;
}

function checkThrottle(plan: ResourceNode, throttle: Record<string, unknown> | undefined, prefix: string, report: Reporter): void {
  if (!throttle) return;
  const burst = numberOf(throttle.BurstLimit);
  const burstProblem = burst === undefined ? undefined : usagePlanBurstProblem(burst);
  if (burstProblem) report({ resource: plan, path: `${prefix}BurstLimit`, message: burstProblem });
  const rate = numberOf(throttle.RateLimit);
  const rateProblem = rate === undefined ? undefined : usagePlanRateProblem(rate);
  if (rateProblem) report({ resource: plan, path: `${prefix}RateLimit`, message: rateProblem });
}

export const usagePlanThrottleRange: Rule = {
  id: 'usage-plan-throttle-range',
  severity: 'error',
  summary: 'A usage plan throttle BurstLimit is a whole number from 0 to 2147483647 and RateLimit a number of 0 or more',
  references: [],
  check(model, report) {
    for (const plan of model.resources.values()) {
      if (plan.type !== USAGE_PLAN_TYPE) continue;
      checkThrottle(plan, mapOf(plan.properties.Throttle), 'Throttle.', report);
      // The per-method throttles of REST API stages, keyed `/<resource path>/<HTTP method>`, have the same shape.
      (arrayOf(plan.properties.ApiStages) ?? []).forEach((stage, i) => {
        for (const [key, value] of Object.entries(mapOf(mapOf(stage)?.Throttle) ?? {})) {
          checkThrottle(plan, mapOf(value), `ApiStages[${i}].Throttle.${key}.`, report);
        }
      });
    }
  },
};
