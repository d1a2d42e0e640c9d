import { stringOf } from '../../model/value';
import { Rule } from '../rule';

/** Both spellings deploy; anything else is rejected (spec API-003). */
const HTTP_ROUTE_SELECTION = ['${request.method} ${request.path}', '$request.method $request.path'];

export const apiHttpRouteSelection: Rule = {
  id: 'api-http-route-selection',
  severity: 'error',
  summary: 'An HTTP API\'s RouteSelectionExpression, when set, is ${request.method} ${request.path}',
  references: ['API-003'],
  evidence: { kind: 'observed', source: 'PF:pf-apigwv2-http-route-selection; aws/aws-cdk#31373' },
  check(model, report) {
    for (const api of model.apis) {
      if (api.protocol !== 'HTTP') continue;
      const expression = stringOf(api.properties.RouteSelectionExpression);
      if (expression !== undefined && !HTTP_ROUTE_SELECTION.includes(expression)) {
        report({
          resource: api,
          path: 'RouteSelectionExpression',
          message: `RouteSelectionExpression is "${expression}"; HTTP APIs only accept "\${request.method} \${request.path}" (or omit it)`,
        });
      }
    }
  },
};
