import { ResourceNode } from '../../model/nodes';
import { mapOf, numberOf } from '../../model/value';
import { Reporter, Rule } from '../rule';
import { INT32_MAX, isInt32Count } from './stage-throttling-range';
import { apiStagesOf } from './usage-plan-stages';

/** What is wrong with a usage plan's throttle burst limit (`ThrottleSettings.burstLimit`, an int32), or undefined. Shared with `WebSocketUsagePlan`. */
export function usagePlanBurstProblem(burst: number): string | undefined {
  if (isInt32Count(burst)) return undefined;
  return `the usage plan throttle burst limit is ${burst}; expected a whole number of requests from 0 to ${INT32_MAX}`;
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
  evidence: { kind: 'documented', source: 'API Gateway ThrottleSettings (burstLimit Integer, rateLimit Double); CFN AWS::ApiGateway::UsagePlan ThrottleSettings (Minimum 0)' },
  check(model, report) {
    for (const plan of model.usagePlans) {
      checkThrottle(plan, mapOf(plan.properties.Throttle), 'Throttle.', report);
      // The per-method throttles of REST API stages, keyed `/<resource path>/<HTTP method>`, have the same shape.
      for (const { path, properties: stage } of apiStagesOf(plan)) {
        for (const [key, value] of Object.entries(mapOf(stage.Throttle) ?? {})) {
          checkThrottle(plan, mapOf(value), `${path}.Throttle.${key}.`, report);
        }
      }
    }
  },
};
