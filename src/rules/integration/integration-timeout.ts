import { Protocol } from '../../model/nodes';
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
      if (!protocol) continue;
      const max = MAX_TIMEOUT_MS[protocol];
      for (const { value: timeout, when } of model.values.numbers(integration.properties.TimeoutInMillis)) {
        if (Number.isInteger(timeout) && timeout >= MIN_TIMEOUT_MS && timeout <= max) continue;
        report({
          resource: integration,
          path: 'TimeoutInMillis',
          message: `TimeoutInMillis is ${timeout}${when}; ${protocol === 'HTTP' ? 'HTTP' : 'WebSocket'} API integrations accept an integer from ${MIN_TIMEOUT_MS} to ${max} ms`,
        });
      }
    }
  },
};
