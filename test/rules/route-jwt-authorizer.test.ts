import { child, HTTP_API, WS_API } from './catalogue-fixtures';
import { expectRule } from './rule-table';
import { routeJwtAuthorizer } from '../../src/rules/route/route-jwt-authorizer';

const authorizer = (type: string) => child('Authorizer', 'Authorizer', type === 'JWT'
  ? { AuthorizerType: 'JWT', Name: 'jwt', IdentitySource: ['$request.header.Authorization'], JwtConfiguration: { Issuer: 'https://issuer.example.com', Audience: ['a'] } }
  : { AuthorizerType: 'REQUEST', Name: 'lambda', AuthorizerUri: 'arn:aws:apigateway:us-east-1:lambda:path/x', AuthorizerPayloadFormatVersion: '2.0' });
const route = (props: Record<string, unknown>) => child('Route', 'Route', { RouteKey: 'GET /orders', AuthorizationType: 'JWT', ...props });

expectRule(routeJwtAuthorizer, {
  valid: [
    { name: 'a JWT authorizer', resources: { ...HTTP_API, ...authorizer('JWT'), ...route({ AuthorizerId: { Ref: 'Authorizer' } }) } },
    { name: 'an authorizer of another stack', resources: { ...HTTP_API, ...route({ AuthorizerId: 'abc123' }) } },
    { name: 'an unknown authorizer id', resources: { ...HTTP_API, ...route({ AuthorizerId: { 'Fn::ImportValue': 'AuthorizerId' } }) } },
    { name: 'CUSTOM with a Lambda authorizer', resources: { ...HTTP_API, ...authorizer('REQUEST'), ...route({ AuthorizationType: 'CUSTOM', AuthorizerId: { Ref: 'Authorizer' } }) } },
    { name: 'a WebSocket route (ws-route-authorization-type)', resources: { ...WS_API, ...route({ RouteKey: '$connect' }) } },
  ],
  invalid: [
    { name: 'JWT without AuthorizerId', resources: { ...HTTP_API, ...route({}) }, findings: [{ resource: 'Route', path: 'AuthorizerId' }] },
    { name: 'JWT naming a Lambda authorizer', resources: { ...HTTP_API, ...authorizer('REQUEST'), ...route({ AuthorizerId: { Ref: 'Authorizer' } }) }, findings: [{ resource: 'Route', path: 'AuthorizerId' }] },
  ],
});
