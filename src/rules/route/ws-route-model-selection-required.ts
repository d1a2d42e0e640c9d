import { show } from '../../expressions/problem';
import { isPresent, mapOf, stringOf } from '../../model/value';
import { Rule } from '../rule';

export const wsRouteModelSelectionRequired: Rule = {
  id: 'ws-route-model-selection-required',
  severity: 'warning',
  summary: 'A WebSocket route with RequestModels has a ModelSelectionExpression, without which its models are never applied',
  references: ['ROUTE-018'],
  evidence: { kind: 'inferred', source: 'DG:websocket-api-request-validation (models apply through the selection expression)' },
  check(model, report) {
    for (const route of model.routes) {
      if (route.api?.protocol !== 'WEBSOCKET') continue;
      const models = mapOf(route.properties.RequestModels);
      if (!models || Object.keys(models).length === 0) continue;
      // An unknown expression is still an expression: only a missing one is a finding.
      if (isPresent(route.properties.ModelSelectionExpression)) continue;
      const key = stringOf(route.properties.RouteKey);
      const name = key === undefined ? 'the route' : `route ${show(key)}`;
      report({
        resource: route,
        path: 'ModelSelectionExpression',
        message: `${name} has RequestModels (${Object.keys(models).map(k => show(k)).join(', ')}) but no ModelSelectionExpression; `
          + 'API Gateway validates a message only when the route has a model selection expression, so the models are never applied: '
          + 'expected a ModelSelectionExpression such as \\$default or ${request.body.type}',
      });
    }
  },
};
