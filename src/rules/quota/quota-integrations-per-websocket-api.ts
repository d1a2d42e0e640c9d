import { Rule } from '../rule';
import { quotaMessage, WEBSOCKET_INTEGRATIONS_PER_API } from './quota';

export const quotaIntegrationsPerWebSocketApi: Rule = {
  id: 'quota-integrations-per-websocket-api',
  severity: 'warning',
  summary: 'A WebSocket API has at most 300 integrations, the default (adjustable) quota',
  references: ['QUOTA-002'],
  evidence: { kind: 'documented', source: 'DG:apigateway-execution-service-websocket-limits-table ("Integrations per API 300", adjustable)' },
  check(model, report) {
    for (const api of model.apis) {
      if (api.protocol !== 'WEBSOCKET' || api.integrations.length <= WEBSOCKET_INTEGRATIONS_PER_API.limit) continue;
      report({ resource: api, path: '', message: quotaMessage(WEBSOCKET_INTEGRATIONS_PER_API, api.integrations.length, 'integrations in this template belong to the WebSocket API') });
    }
  },
};
