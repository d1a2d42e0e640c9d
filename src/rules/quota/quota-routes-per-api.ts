import { Rule } from '../rule';
import { quotaMessage, ROUTES_PER_API } from './quota';

export const quotaRoutesPerApi: Rule = {
  id: 'quota-routes-per-api',
  severity: 'warning',
  summary: 'An API has at most 300 routes, the default (adjustable) quota',
  references: ['QUOTA-001'],
  evidence: { kind: 'documented', source: 'DG:http-api-quotas ("Routes per API 300", adjustable); DG:apigateway-execution-service-websocket-limits-table' },
  check(model, report) {
    for (const api of model.apis) {
      // Routes whose ApiId is unknown are not linked: the count is a lower bound, so a finding is certain.
      if (api.routes.length > ROUTES_PER_API.limit) {
        report({ resource: api, path: '', message: quotaMessage(ROUTES_PER_API, api.routes.length, 'routes in this template belong to the API') });
      }
    }
  },
};
