import { Rule } from '../rule';
import { HTTP_INTEGRATIONS_PER_API, quotaMessage } from './quota';
import { unconditional } from '../conditions';

export const quotaIntegrationsPerHttpApi: Rule = {
  id: 'quota-integrations-per-http-api',
  severity: 'error',
  summary: 'An HTTP API has at most 300 integrations, a fixed quota',
  references: ['QUOTA-002'],
  evidence: { kind: 'documented', source: 'DG:http-api-quotas ("Integrations per API 300", not adjustable)' },
  check(model, report) {
    for (const api of model.apis) {
      // Integrations under a Condition may not be created: only the others make the quota certainly exceeded.
      const count = unconditional(api.integrations).length;
      if (api.protocol !== 'HTTP' || count <= HTTP_INTEGRATIONS_PER_API.limit) continue;
      report({ resource: api, path: '', message: quotaMessage(HTTP_INTEGRATIONS_PER_API, count, 'integrations in this template, none under a Condition, belong to the HTTP API') });
    }
  },
};
