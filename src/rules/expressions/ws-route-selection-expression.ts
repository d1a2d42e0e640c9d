import { parseSelectionExpression } from '../../expressions/selection-expressions';
import { Rule } from '../rule';
import { knownTexts, reportProblems } from './helpers';

export const wsRouteSelectionExpression: Rule = {
  id: 'ws-route-selection-expression',
  severity: 'error',
  summary: 'A WebSocket API\'s RouteSelectionExpression reads the message body ($request.body.<path>) and static text',
  references: ['SEL-001', 'SEL-002'],
  evidence: { kind: 'documented', source: 'DG:apigateway-websocket-api-selection-expressions (rules list); DG:websocket-api-develop-routes § Route selection expressions' },
  check(model, report) {
    for (const api of model.apis) {
      if (api.protocol !== 'WEBSOCKET') continue;
      // A missing or empty expression is api-websocket-route-selection-required's finding.
      for (const { text: expression, through } of knownTexts(model, api.properties.RouteSelectionExpression)) {
        if (expression.trim() === '') continue;
        reportProblems(report, api, 'RouteSelectionExpression', expression, parseSelectionExpression(expression, 'websocket-route').problems, undefined, '', through);
      }
    }
  },
};
