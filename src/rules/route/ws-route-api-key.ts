import { booleanOf, stringOf } from '../../model/value';
import { Rule } from '../rule';
import { WS_AUTHORIZED_ROUTE } from './ws-route-authorization';

export const wsRouteApiKey: Rule = {
  id: 'ws-route-api-key',
  severity: 'warning',
  summary: 'On a WebSocket API, ApiKeyRequired belongs on the $connect route, where the connection is made',
  references: ['ROUTE-016'],
  evidence: { kind: 'inferred', source: 'DG:websocket-api-develop-routes ($connect takes the API key; deploy error none known)' },
  check(model, report) {
    for (const route of model.routes) {
      if (route.api?.protocol !== 'WEBSOCKET' || booleanOf(route.properties.ApiKeyRequired) !== true) continue;
      const key = stringOf(route.properties.RouteKey);
      // API keys, like authorizers, are checked when the connection is made: on the $connect route.
      if (key === undefined || key === WS_AUTHORIZED_ROUTE) continue;
      report({
        resource: route,
        path: 'ApiKeyRequired',
        message: `route "${key}" requires an API key; WebSocket APIs check API keys when the connection is made, so set ApiKeyRequired on the $connect route instead`,
      });
    }
  },
};
