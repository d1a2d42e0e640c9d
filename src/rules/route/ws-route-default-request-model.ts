import { show } from '../../expressions/problem';
import { parseSelectionExpression } from '../../expressions/selection-expressions';
import { formatSelectionTemplate, SelectionTemplate } from '../../expressions/selection-template';
import { RouteNode } from '../../model/nodes';
import { isUnknown, mapOf, stringOf } from '../../model/value';
import { Rule } from '../rule';

/** The key API Gateway falls back to when the model selection expression gives a value with no model. */
const DEFAULT_KEY = '$default';

/** Said of a route whose RouteKey or API's RouteSelectionExpression is not known: nothing can be claimed. */
const CANNOT_TELL = Symbol('cannot tell');

/**
 * The one value the expression can give on this route, or undefined: static text gives itself, and the
 * API's own RouteSelectionExpression gives the key that selected the route (for a custom route key;
 * `$default`, `$connect` and `$disconnect` are not selected by that value).
 */
function fixedValue(template: SelectionTemplate, route: RouteNode): string | undefined | typeof CANNOT_TELL {
  if (template.parts.every(p => p.kind === 'text')) return template.parts.map(p => p.kind === 'text' ? p.value : '').join('');
  // Whether the expression is the API's route selection expression is not known.
  const selectionValue = route.api?.properties.RouteSelectionExpression;
  if (isUnknown(selectionValue)) return CANNOT_TELL;
  const routeSelection = stringOf(selectionValue);
  if (routeSelection === undefined) return undefined;
  const parsed = parseSelectionExpression(routeSelection, 'websocket-route');
  if (!parsed.ast || parsed.problems.length > 0) return undefined;
  if (formatSelectionTemplate(parsed.ast) !== formatSelectionTemplate(template)) return undefined;
  // It is: it gives the key that selected the route, which is not known.
  if (isUnknown(route.properties.RouteKey)) return CANNOT_TELL;
  const routeKey = stringOf(route.properties.RouteKey);
  return routeKey === undefined || routeKey.startsWith('$') ? undefined : routeKey;
}

export const wsRouteDefaultRequestModel: Rule = {
  id: 'ws-route-default-request-model',
  severity: 'warning',
  summary: 'A WebSocket route\'s RequestModels has a $default model, unless its ModelSelectionExpression always gives one of the keys (static text, or the API\'s RouteSelectionExpression, which gives the route\'s own key)',
  references: ['SEL-007', 'ROUTE-018'],
  evidence: { kind: 'documented', source: 'DG:websocket-api-request-validation § Model selection expressions ("If there is no matching model and $default isn\'t defined, the validation fails")' },
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
      const listed = keys.map(k => show(k)).join(', ');
      const value = fixedValue(parsed.ast, route);
      if (value === CANNOT_TELL) continue;
      if (value !== undefined) {
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
