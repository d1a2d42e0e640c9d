import { numberOf } from '../../model/value';
import { Rule } from '../rule';
import { routeSettingsOf } from './route-settings';

/**
 * The largest int32: stage and usage plan burst limits and usage plan quota limits are `Integer` (int32) in
 * the API references, and CloudFormation sets `Minimum: 0`.
 */
export const INT32_MAX = 2_147_483_647;

/** Whether a count is a whole number from 0 to {@link INT32_MAX}. */
export function isInt32Count(n: number): boolean {
  return Number.isInteger(n) && n >= 0 && n <= INT32_MAX;
}

export const stageThrottlingRange: Rule = {
  id: 'stage-throttling-range',
  severity: 'warning',
  summary: 'ThrottlingBurstLimit is a non-negative 32-bit integer and ThrottlingRateLimit a non-negative number',
  references: ['STAGE-016'],
  evidence: { kind: 'inferred', source: 'STAGE-016: S003 L12770 types burst int32 and rate double, but no minimum is documented and no deploy error is known' },
  check(model, report) {
    for (const stage of model.stages) {
      for (const { settings, prefix } of routeSettingsOf(stage)) {
        const burst = numberOf(settings.ThrottlingBurstLimit);
        if (burst !== undefined && !isInt32Count(burst)) {
          report({ resource: stage, path: `${prefix}ThrottlingBurstLimit`, message: `ThrottlingBurstLimit is ${burst}; expected an integer from 0 to ${INT32_MAX}` });
        }
        const rate = numberOf(settings.ThrottlingRateLimit);
        if (rate !== undefined && rate < 0) {
          report({ resource: stage, path: `${prefix}ThrottlingRateLimit`, message: `ThrottlingRateLimit is ${rate}; expected a number of requests per second of 0 or more` });
        }
      }
    }
  },
};
