import { Rule } from '../rule';
import { AUTHORIZERS_PER_API, quotaMessage } from './quota';

export const quotaAuthorizersPerApi: Rule = {
  id: 'quota-authorizers-per-api',
  severity: 'warning',
  summary: 'An API has at most 10 authorizers, the default (adjustable) quota',
  references: ['QUOTA-004'],
  evidence: { kind: 'documented', source: 'DG:http-api-quotas ("Authorizers per API 10", adjustable); DG:apigateway-execution-service-websocket-limits-table ("AWS Lambda authorizers per API 10")' },
  check(model, report) {
    for (const api of model.apis) {
      if (api.authorizers.length <= AUTHORIZERS_PER_API.limit) continue;
      report({ resource: api, path: '', message: quotaMessage(AUTHORIZERS_PER_API, api.authorizers.length, 'authorizers in this template belong to the API') });
    }
  },
};
