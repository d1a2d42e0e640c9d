import { show } from '../../expressions/problem';
import { stringOf } from '../../model/value';
import { Rule } from '../rule';

/**
 * A route is two-way when it has a route response, with or without a `RouteResponseSelectionExpression`
 * (the developer guide creates the `$default` route response alone). The expression without a route
 * response changes nothing: the route stays one-way and the backend's answer is dropped.
 */
export const wsRouteTwoWay: Rule = {
  id: 'ws-route-two-way',
  severity: 'warning',
  summary: 'A WebSocket route that sets RouteResponseSelectionExpression has a route response (without one the route stays one-way)',
  references: ['RR-003'],
  evidence: { kind: 'documented', source: 'DG:apigateway-websocket-api-route-response (a route response makes the route two-way)' },
  check(model, report) {
    // A route response whose RouteId the model cannot follow may belong to any route: then no route is
    // known to lack one.
    if (!model.routeResponses.every(rr => rr.route !== undefined)) return;
    for (const route of model.routes) {
      if (route.api?.protocol !== 'WEBSOCKET' || route.routeResponses.length > 0) continue;
      if (stringOf(route.properties.RouteResponseSelectionExpression) === undefined) continue;
      const key = stringOf(route.properties.RouteKey);
      const name = key === undefined ? 'the route' : `route ${show(key)}`;
      report({
        resource: route,
        path: 'RouteResponseSelectionExpression',
        message: `${name} sets RouteResponseSelectionExpression but has no route response, so it stays one-way and nothing is sent back to the client: `
          + 'expected an AWS::ApiGatewayV2::RouteResponse with RouteResponseKey $default for this route, or no RouteResponseSelectionExpression',
      });
    }
  },
};
