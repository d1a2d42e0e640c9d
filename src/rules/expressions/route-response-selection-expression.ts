import { checkRouteResponseSelectionExpression } from '../../expressions/selection-expressions';
import { stringOf } from '../../model/value';
import { Rule } from '../rule';
import { reportProblems } from './helpers';

export const routeResponseSelectionExpression: Rule = {
  id: 'route-response-selection-expression',
  severity: 'error',
  summary: 'A WebSocket route\'s RouteResponseSelectionExpression is $default',
  references: ['ROUTE-019'],
  evidence: { kind: 'documented', source: 'DG:apigateway-websocket-api-selection-expressions ("Currently, this value is restricted to $default only")' },
  check(model, report) {
    for (const route of model.routes) {
      const expression = stringOf(route.properties.RouteResponseSelectionExpression);
      if (expression === undefined) continue;
      // On HTTP routes the property itself is protocol-unsupported-property's finding.
      if (route.api?.protocol !== 'WEBSOCKET') continue;
      reportProblems(report, route, 'RouteResponseSelectionExpression', expression, checkRouteResponseSelectionExpression(expression));
    }
  },
};
