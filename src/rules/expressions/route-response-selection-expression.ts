import { checkRouteResponseSelectionExpression } from '../../expressions/selection-expressions';
import { Rule } from '../rule';
import { knownTexts, reportProblems } from './helpers';

export const routeResponseSelectionExpression: Rule = {
  id: 'route-response-selection-expression',
  severity: 'error',
  summary: 'A WebSocket route\'s RouteResponseSelectionExpression is $default',
  references: ['ROUTE-019'],
  evidence: { kind: 'documented', source: 'DG:apigateway-websocket-api-selection-expressions ("Currently, this value is restricted to $default only")' },
  check(model, report) {
    for (const route of model.routes) {
      // On HTTP routes the property itself is protocol-unsupported-property's finding.
      if (route.api?.protocol !== 'WEBSOCKET') continue;
      for (const { text: expression, through } of knownTexts(model, route.properties.RouteResponseSelectionExpression)) {
        reportProblems(report, route, 'RouteResponseSelectionExpression', expression, checkRouteResponseSelectionExpression(expression), undefined, '', through);
      }
    }
  },
};
