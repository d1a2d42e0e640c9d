import { numberOf } from '../../model/value';
import { Rule } from '../rule';
import { routeSettingsOf } from './route-settings';

/** Default account-level limits per region (DG: limits); a stage or route cannot exceed them. */
const ACCOUNT_RATE_LIMIT = 10_000;
const ACCOUNT_BURST_LIMIT = 5_000;

export const stageThrottlingLimits: Rule = {
  id: 'stage-throttling-limits',
  severity: 'warning',
  summary: 'Throttling limits neither throttle every request (both 0) nor exceed the default account limits (10,000 rps, burst 5,000)',
  references: ['STAGE-016'],
  evidence: { kind: 'documented', source: 'DG:http-api-throttling; DG:limits (account 10,000 rps, burst 5,000)' },
  check(model, report) {
    for (const stage of model.stages) {
      for (const { settings, prefix } of routeSettingsOf(stage)) {
        const burst = numberOf(settings.ThrottlingBurstLimit);
        const rate = numberOf(settings.ThrottlingRateLimit);
        if (burst === 0 && rate === 0) {
          report({ resource: stage, path: `${prefix}ThrottlingRateLimit`, message: 'ThrottlingRateLimit and ThrottlingBurstLimit are both 0: every request is throttled with 429; set positive limits or remove them' });
          continue;
        }
        if (rate !== undefined && rate > ACCOUNT_RATE_LIMIT) {
          report({ resource: stage, path: `${prefix}ThrottlingRateLimit`, message: `ThrottlingRateLimit is ${rate}; route limits cannot exceed the account limit (${ACCOUNT_RATE_LIMIT} rps by default), so this value has no effect unless the account's quota was raised` });
        }
        if (burst !== undefined && burst > ACCOUNT_BURST_LIMIT) {
          report({ resource: stage, path: `${prefix}ThrottlingBurstLimit`, message: `ThrottlingBurstLimit is ${burst}; route limits cannot exceed the account limit (burst ${ACCOUNT_BURST_LIMIT} by default), so this value has no effect unless the account's quota was raised` });
        }
      }
    }
  },
};
