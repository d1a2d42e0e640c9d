import { show } from '../../expressions/problem';
import { parseSelectionExpression } from '../../expressions/selection-expressions';
import { isUnknown, mapOf, stringOf } from '../../model/value';
import { Rule } from '../rule';

/** The key API Gateway falls back to when the model selection expression gives a value with no model. */
const DEFAULT_KEY = '$default';

export const wsRouteDefaultRequestModel: Rule = {
  id: 'ws-route-default-request-model',
  severity: 'warning',
  summary: 'A WebSocket route\'s RequestModels has a $default model, unless its ModelSelectionExpression always gives one of the keys',
  references: ['SEL-007', 'ROUTE-018'],
  check(model, report) {
    for (const route of model.routes) {
      if (route.api?.protocol !== 'WEBSOCKET') continue;
      const expression = stringOf(route.properties.ModelSelectionExpression);
      const models = mapOf(route.properties.RequestModels);
      if (expression === undefined || !models) continue;
      const keys = Object.keys(models);
      // No models at all: what API Gateway then does is not documented, so claim nothing.
      if (keys.length === 0 || keys.includes(DEFAULT_KEY) || keys.some(isUnknown)) continue;
      const parsed = parseSelectionExpression(expression, 'model');
      // A broken expression is model-selection-expression's finding.
      if (!parsed.ast || parsed.problems.length > 0) continue;
      const parts = parsed.ast.parts;
      const listed = keys.map(k => show(k)).join(', ');
      if (parts.every(p => p.kind === 'text')) {
        const value = parts.map(p => p.kind === 'text' ? p.value : '').join('');
        if (keys.includes(value)) continue;
        report({
          resource: route,
          path: 'RequestModels',
          message: `ModelSelectionExpression ${show(expression)} always gives ${show(value)}, which is not a key of RequestModels (${listed}) and there is no $default model: `
            + 'every message fails validation ("Bad request body"); expected a key equal to the expression\'s value, or a $default model',
        });
        continue;
      }
      report({
        resource: route,
        path: 'RequestModels',
        message: `ModelSelectionExpression ${show(expression)} can give values other than the keys of RequestModels (${listed}) and there is no $default model: `
          + 'a message whose value has no model fails validation ("Bad request body"); expected a $default model as the fallback',
      });
    }
  },
};
