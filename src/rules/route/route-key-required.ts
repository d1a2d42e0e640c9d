import { isPresent } from '../../model/value';
import { Rule } from '../rule';

export const routeKeyRequired: Rule = {
  id: 'route-key-required',
  severity: 'error',
  summary: 'Every route has a RouteKey',
  references: ['ROUTE-001'],
  evidence: { kind: 'observed', source: 'goldstack/goldstack#42; S003 L10350 CreateRouteInput.routeKey (Required)' },
  check(model, report) {
    // Required whatever the protocol, so the API need not be known. An empty key is the key grammar rules' finding.
    for (const route of model.routes) {
      if (isPresent(route.properties.RouteKey)) continue;
      report({
        resource: route,
        path: 'RouteKey',
        message: 'the route has no RouteKey (API Gateway answers "Route key is required"); expected $connect, $disconnect, $default or a custom key on a WebSocket API, $default or "METHOD /path" on an HTTP API',
      });
    }
  },
};
