import { numberOf } from '../../model/value';
import { Rule } from '../rule';
import { routeSettingsOf } from './route-settings';

/** ThrottlingBurstLimit is an int32 in the API reference. */
const INT32_MAX = 2_147_483_647;

export const stageThrottlingRange: Rule = {
  id: 'stage-throttling-range',
  severity: 'error',
  summary: 'ThrottlingBurstLimit is a non-negative 32-bit integer and ThrottlingRateLimit a non-negative number',
  references: ['STAGE-016'],
  check(model, report) {
    for (const stage of model.stages) {
      for (const { settings, prefix } of routeSettingsOf(stage)) {
        const burst = numberOf(settings.ThrottlingBurstLimit);
        if (burst !== undefined && (!Number.isInteger(burst) || burst < 0 || burst > INT32_MAX)) {
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
