import { isPresent, stringOf } from '../../model/value';
import { Rule } from '../rule';

/** The only WebSocket route API Gateway authorizes. */
export const WS_AUTHORIZED_ROUTE = '$connect';

/** What is wrong with authorizing a WebSocket route of this key, or undefined. Shared with `WebSocketRoute`. */
export function wsRouteAuthorizationProblem(routeKey: string, authorization: string): string | undefined {
  if (routeKey === WS_AUTHORIZED_ROUTE) return undefined;
  return `route "${routeKey}" is authorized (${authorization}); WebSocket APIs authorize only the $connect route ("Currently, authorization is restricted to the $connect route only")`;
}

export const wsRouteAuthorization: Rule = {
  id: 'ws-route-authorization',
  severity: 'error',
  summary: 'On a WebSocket API only the $connect route has an AuthorizationType other than NONE or an AuthorizerId',
  references: ['ROUTE-015'],
  evidence: { kind: 'observed', source: 'PF:pf-apigwv2-websocket-authorization-connect-only' },
  check(model, report) {
    for (const route of model.routes) {
      if (route.api?.protocol !== 'WEBSOCKET') continue;
      const key = stringOf(route.properties.RouteKey);
      if (key === undefined) continue;
      const type = stringOf(route.properties.AuthorizationType);
      if (type !== undefined && type !== 'NONE') {
        const problem = wsRouteAuthorizationProblem(key, `AuthorizationType ${type}`);
        if (problem) report({ resource: route, path: 'AuthorizationType', message: problem });
      } else if (isPresent(route.properties.AuthorizerId) && type === undefined && !isPresent(route.properties.AuthorizationType)) {
        const problem = wsRouteAuthorizationProblem(key, 'an AuthorizerId');
        if (problem) report({ resource: route, path: 'AuthorizerId', message: problem });
      }
    }
  },
};
