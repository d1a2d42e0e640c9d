import { show } from '../../expressions/problem';
import { stringOf } from '../../model/value';
import { Rule } from '../rule';

/** S003 Routes › AuthorizationType; CloudFormation: "For WebSocket APIs, valid values are NONE, AWS_IAM and CUSTOM". */
const WS_AUTHORIZATION_TYPES: readonly string[] = ['NONE', 'AWS_IAM', 'CUSTOM'];

export const wsRouteAuthorizationType: Rule = {
  id: 'ws-route-authorization-type',
  severity: 'error',
  summary: 'A WebSocket route\'s AuthorizationType is NONE, AWS_IAM or CUSTOM',
  references: ['ROUTE-009'],
  evidence: { kind: 'documented', source: 'S003 L10316 AuthorizationType (WebSocket: NONE, AWS_IAM, CUSTOM)' },
  check(model, report) {
    for (const route of model.routes) {
      if (route.api?.protocol !== 'WEBSOCKET') continue;
      const type = stringOf(route.properties.AuthorizationType);
      if (type === undefined || WS_AUTHORIZATION_TYPES.includes(type)) continue;
      const why = type === 'JWT' ? 'JWT authorization is for HTTP APIs' : 'it is not an authorization type';
      report({
        resource: route,
        path: 'AuthorizationType',
        message: `AuthorizationType ${show(type)} is not supported on a WebSocket route (${why}); expected ${WS_AUTHORIZATION_TYPES.join(', ')}`,
      });
    }
  },
};
