import { show } from '../../expressions/problem';
import { isPresent, stringOf } from '../../model/value';
import { Rule } from '../rule';

export const wsRouteTwoWay: Rule = {
  id: 'ws-route-two-way',
  severity: 'warning',
  summary: 'A WebSocket route with a route response sets RouteResponseSelectionExpression: $default, and a route that sets it has a route response',
  references: ['RR-003'],
  check(model, report) {
    // A route response whose RouteId the model cannot follow may belong to any route: then no route is
    // known to lack one.
    const allResponsesLinked = model.routeResponses.every(rr => rr.route !== undefined);
    for (const route of model.routes) {
      if (route.api?.protocol !== 'WEBSOCKET') continue;
      const key = stringOf(route.properties.RouteKey);
      const name = key === undefined ? 'the route' : `route ${show(key)}`;
      const expression = route.properties.RouteResponseSelectionExpression;
      if (route.routeResponses.length > 0 && !isPresent(expression)) {
        report({
          resource: route,
          path: 'RouteResponseSelectionExpression',
          message: `${name} has a route response (${route.routeResponses.map(rr => rr.logicalId).join(', ')}) but no RouteResponseSelectionExpression, `
            + 'which is what makes a route two-way: expected RouteResponseSelectionExpression: $default',
        });
      } else if (route.routeResponses.length === 0 && allResponsesLinked && stringOf(expression) !== undefined) {
        report({
          resource: route,
          path: 'RouteResponseSelectionExpression',
          message: `${name} sets RouteResponseSelectionExpression but has no route response, so it stays one-way and nothing is sent back to the client: `
            + 'expected an AWS::ApiGatewayV2::RouteResponse with RouteResponseKey $default for this route, or no RouteResponseSelectionExpression',
        });
      }
    }
  },
};
