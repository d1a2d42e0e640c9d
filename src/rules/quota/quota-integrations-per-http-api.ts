import { Rule } from '../rule';
import { HTTP_INTEGRATIONS_PER_API, quotaMessage } from './quota';

export const quotaIntegrationsPerHttpApi: Rule = {
  id: 'quota-integrations-per-http-api',
  severity: 'error',
  summary: 'An HTTP API has at most 300 integrations, a fixed quota',
  references: ['QUOTA-002'],
  evidence: { kind: 'documented', source: 'DG:http-api-quotas ("Integrations per API 300", not adjustable)' },
  check(model, report) {
    for (const api of model.apis) {
      if (api.protocol !== 'HTTP' || api.integrations.length <= HTTP_INTEGRATIONS_PER_API.limit) continue;
      report({ resource: api, path: '', message: quotaMessage(HTTP_INTEGRATIONS_PER_API, api.integrations.length, 'integrations in this template belong to the HTTP API') });
    }
  },
};
