import { booleanOf, stringOf } from '../../model/value';
import { Rule } from '../rule';

/** API keys are checked when the connection is made: on the `$connect` route. */
const API_KEY_ROUTE = '$connect';

export const wsRouteApiKey: Rule = {
  id: 'ws-route-api-key',
  severity: 'warning',
  summary: 'On a WebSocket API, ApiKeyRequired belongs on the $connect route, where the connection is made',
  references: ['ROUTE-016'],
  check(model, report) {
    for (const route of model.routes) {
      if (route.api?.protocol !== 'WEBSOCKET' || booleanOf(route.properties.ApiKeyRequired) !== true) continue;
      const key = stringOf(route.properties.RouteKey);
      if (key === undefined || key === API_KEY_ROUTE) continue;
      report({
        resource: route,
        path: 'ApiKeyRequired',
        message: `route "${key}" requires an API key; WebSocket APIs check API keys when the connection is made, so set ApiKeyRequired on the $connect route instead`,
      });
    }
  },
};
