import { Protocol } from '../../model/nodes';
import { numberOf } from '../../model/value';
import { Rule } from '../rule';

/** S003 CreateIntegrationInput.timeoutInMillis; the June 2024 raise past 29 s is REST-only (INT-008). */
const MIN_TIMEOUT_MS = 50;
const MAX_TIMEOUT_MS: Record<Protocol, number> = { HTTP: 30_000, WEBSOCKET: 29_000 };

export const integrationTimeout: Rule = {
  id: 'integration-timeout',
  severity: 'error',
  summary: 'TimeoutInMillis is an integer from 50 to 30,000 on HTTP APIs and from 50 to 29,000 on WebSocket APIs',
  references: ['INT-007', 'INT-008'],
  evidence: { kind: 'observed', source: 'PF:pf-apigwv2-integration-timeout-range; PF:pf-apigwv2-websocket-integration-timeout-range' },
  check(model, report) {
    for (const integration of model.integrations) {
      const protocol = integration.api?.protocol;
      const timeout = numberOf(integration.properties.TimeoutInMillis);
      if (!protocol || timeout === undefined) continue;
      const max = MAX_TIMEOUT_MS[protocol];
      if (!Number.isInteger(timeout) || timeout < MIN_TIMEOUT_MS || timeout > max) {
        report({
          resource: integration,
          path: 'TimeoutInMillis',
          message: `TimeoutInMillis is ${timeout}; ${protocol === 'HTTP' ? 'HTTP' : 'WebSocket'} API integrations accept an integer from ${MIN_TIMEOUT_MS} to ${max} ms`,
        });
      }
    }
  },
};
