import { isPresent, stringOf } from '../../model/value';
import { Rule } from '../rule';

export const apiWebSocketRouteSelectionRequired: Rule = {
  id: 'api-websocket-route-selection-required',
  severity: 'error',
  summary: 'A WebSocket API has a RouteSelectionExpression',
  references: ['API-004'],
  evidence: { kind: 'observed', source: 'PF:pf-apigwv2-websocket-route-selection' },
  check(model, report) {
    for (const api of model.apis) {
      if (api.protocol !== 'WEBSOCKET') continue;
      const value = api.properties.RouteSelectionExpression;
      if (!isPresent(value) || stringOf(value)?.trim() === '') {
        report({
          resource: api,
          path: 'RouteSelectionExpression',
          message: `RouteSelectionExpression is ${isPresent(value) ? 'empty' : 'missing'}; WebSocket APIs require one, e.g. "$request.body.action"`,
        });
      }
    }
  },
};
