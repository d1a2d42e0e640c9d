import { show } from '../../expressions/problem';
import { isPresent, stringOf } from '../../model/value';
import { Rule } from '../rule';

export const routeJwtAuthorizer: Rule = {
  id: 'route-jwt-authorizer',
  severity: 'error',
  summary: 'An HTTP route with AuthorizationType JWT has an AuthorizerId naming a JWT authorizer',
  references: ['ROUTE-010'],
  evidence: { kind: 'observed', source: 'PF:pf-apigwv2-route-jwt-authorizer-id (service message "Invalid authorizer ID specified. Setting the authorization type to JWT requires a valid JWT authorizer.")' },
  check(model, report) {
    for (const route of model.routes) {
      // JWT on a WebSocket route is ws-route-authorization-type's finding.
      if (route.api?.protocol !== 'HTTP' || stringOf(route.properties.AuthorizationType) !== 'JWT') continue;
      const id = route.properties.AuthorizerId;
      if (!isPresent(id) || id === '') {
        report({ resource: route, path: 'AuthorizerId', message: 'AuthorizerId is missing; a route with AuthorizationType JWT needs the id of a JWT authorizer of its API' });
        continue;
      }
      const type = route.authorizer ? stringOf(route.authorizer.properties.AuthorizerType) : undefined;
      if (type === undefined || type === 'JWT') continue;
      report({ resource: route, path: 'AuthorizerId', message: `AuthorizerId names ${route.authorizer!.logicalId}, a ${show(type)} authorizer; AuthorizationType JWT needs a JWT authorizer (use CUSTOM for a Lambda authorizer)` });
    }
  },
};
