import { stringOf } from '../../model/value';
import { Rule } from '../rule';

/** The only two values API Gateway supports (DG: apigateway-websocket-api-selection-expressions). */
const API_KEY_SELECTION = ['$request.header.x-api-key', '$context.authorizer.usageIdentifierKey'];

export const apiKeySelectionExpression: Rule = {
  id: 'api-key-selection-expression',
  severity: 'error',
  summary: 'A WebSocket API\'s ApiKeySelectionExpression is $request.header.x-api-key or $context.authorizer.usageIdentifierKey',
  references: ['API-005'],
  evidence: { kind: 'documented', source: 'DG:apigateway-websocket-api-selection-expressions ("the only two supported values")' },
  check(model, report) {
    for (const api of model.apis) {
      if (api.protocol !== 'WEBSOCKET') continue; // on HTTP APIs the property itself is the finding (protocol-unsupported-property)
      const expression = stringOf(api.properties.ApiKeySelectionExpression);
      if (expression !== undefined && !API_KEY_SELECTION.includes(expression)) {
        report({
          resource: api,
          path: 'ApiKeySelectionExpression',
          message: `ApiKeySelectionExpression is "${expression}"; expected ${API_KEY_SELECTION.map(v => `"${v}"`).join(' or ')}`,
        });
      }
    }
  },
};
