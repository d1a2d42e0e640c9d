import { show } from '../../expressions/problem';
import { isPresent, stringOf } from '../../model/value';
import { Rule } from '../rule';

export const wsRouteCustomAuthorizer: Rule = {
  id: 'ws-route-custom-authorizer',
  severity: 'warning',
  summary: 'A WebSocket route with AuthorizationType CUSTOM names its Lambda authorizer in AuthorizerId',
  references: ['ROUTE-011'],
  evidence: { kind: 'inferred', source: 'ROUTE-011: deploy error unknown (the JWT analogue is PF:pf-apigwv2-route-jwt-authorizer-id)' },
  check(model, report) {
    for (const route of model.routes) {
      if (route.api?.protocol !== 'WEBSOCKET') continue;
      if (stringOf(route.properties.AuthorizationType) !== 'CUSTOM' || isPresent(route.properties.AuthorizerId)) continue;
      const key = stringOf(route.properties.RouteKey);
      report({
        resource: route,
        path: 'AuthorizerId',
        message: `${key === undefined ? 'the route' : `route ${show(key)}`} has AuthorizationType CUSTOM but no AuthorizerId, so there is no Lambda authorizer to call: `
          + 'expected AuthorizerId set to the id of a REQUEST authorizer of the same API (Ref of an AWS::ApiGatewayV2::Authorizer)',
      });
    }
  },
};
