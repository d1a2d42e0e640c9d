import { show } from '../../expressions/problem';
import { mapOf, stringOf } from '../../model/value';
import { Rule } from '../rule';
import { isProtocol } from './helpers';

/**
 * S000 marks request headers and query strings "supported only for the $connect route": on another route
 * they are never there. No rejection is documented or recorded, so a warning.
 */
export const wsRouteRequestParameterConnect: Rule = {
  id: 'ws-route-request-parameter-connect',
  severity: 'warning',
  summary: 'Only the $connect route of a WebSocket API declares RequestParameters: other routes have no request headers or query strings',
  references: ['ROUTE-017'],
  evidence: { kind: 'inferred', source: 'ROUTE-017: S000 marks header and querystring "supported only for the $connect route"; deploy error unknown' },
  check(model, report) {
    for (const route of model.routes) {
      if (!isProtocol(route, 'WEBSOCKET')) continue;
      const params = mapOf(route.properties.RequestParameters);
      const key = stringOf(route.properties.RouteKey);
      if (!params || key === undefined || key === '$connect' || Object.keys(params).length === 0) continue;
      report({ resource: route, path: 'RequestParameters', message: `route ${show(key)} declares request parameters; only the $connect route has request headers and query strings` });
    }
  },
};
