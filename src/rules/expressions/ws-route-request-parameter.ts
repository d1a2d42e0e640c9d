import { parseRouteRequestParameterKey } from '../../expressions/websocket-mapping';
import { booleanOf, isPresent, mapOf } from '../../model/value';
import { Rule } from '../rule';
import { isProtocol, reportProblems } from './helpers';

export const wsRouteRequestParameter: Rule = {
  id: 'ws-route-request-parameter',
  severity: 'error',
  summary: 'Route RequestParameters are route.request.header|querystring.<name>: {"Required": boolean}',
  references: ['ROUTE-017'],
  evidence: { kind: 'documented', source: 'S003 L9313 RouteRequestParameter (ParameterConstraints.Required); S000 (PARAM_NAME regex)' },
  check(model, report) {
    for (const route of model.routes) {
      if (!isProtocol(route, 'WEBSOCKET')) continue;
      const params = mapOf(route.properties.RequestParameters);
      if (!params) continue;
      for (const [name, constraint] of Object.entries(params)) {
        const path = `RequestParameters.${name}`;
        reportProblems(report, route, path, name, parseRouteRequestParameterKey(name).problems);
        const c = mapOf(constraint);
        if (!c) continue;
        if (!isPresent(c.Required) || (booleanOf(c.Required) === undefined && typeof c.Required !== 'object')) {
          report({ resource: route, path: `${path}.Required`, message: 'each route request parameter is {"Required": true|false}' });
        }
      }
    }
  },
};
