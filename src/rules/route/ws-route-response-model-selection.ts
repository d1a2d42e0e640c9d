import { show } from '../../expressions/problem';
import { stringOf } from '../../model/value';
import { Rule } from '../rule';

export const wsRouteResponseModelSelection: Rule = {
  id: 'ws-route-response-model-selection',
  severity: 'warning',
  summary: 'A route response has no ModelSelectionExpression: API Gateway does not support it on route responses',
  references: ['RR-004'],
  evidence: { kind: 'documented', source: 'DG:apigateway-websocket-api-selection-expressions (RouteResponse ModelSelectionExpression "Currently unsupported")' },
  check(model, report) {
    for (const rr of model.routeResponses) {
      if (rr.api?.protocol !== 'WEBSOCKET') continue;
      const expression = stringOf(rr.properties.ModelSelectionExpression);
      if (expression === undefined) continue;
      report({
        resource: rr,
        path: 'ModelSelectionExpression',
        message: `the route response sets ModelSelectionExpression ${show(expression)}, which API Gateway accepts but does not use `
          + '(the Developer Guide lists RouteResponse.ModelSelectionExpression as "Currently unsupported"): expected no ModelSelectionExpression',
      });
    }
  },
};
