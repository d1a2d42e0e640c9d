import { expectRule } from './rule-table';
import { routeAuthorizationScopes } from '../../src/rules/route/route-authorization-scopes';

const route = (props: object, protocol = 'HTTP') => ({
  Api: { Type: 'AWS::ApiGatewayV2::Api', Properties: { Name: 'a', ProtocolType: protocol, RouteSelectionExpression: '$request.body.action' } },
  Route: { Type: 'AWS::ApiGatewayV2::Route', Properties: { ApiId: { Ref: 'Api' }, RouteKey: 'GET /a', ...props } },
});
const scopes = (n: number) => Array.from({ length: n }, (_, i) => `s${i}`);

expectRule(routeAuthorizationScopes, {
  valid: [
    { name: 'JWT with 10 scopes', resources: route({ AuthorizationType: 'JWT', AuthorizationScopes: scopes(10) }) },
    { name: 'JWT with scopes of 1 and 64 characters', resources: route({ AuthorizationType: 'JWT', AuthorizationScopes: ['a', 'x'.repeat(64)] }) },
    { name: 'no scopes, or an empty list, without JWT', resources: { ...route({ AuthorizationType: 'AWS_IAM', AuthorizationScopes: [] }), B: { Type: 'AWS::ApiGatewayV2::Route', Properties: { ApiId: { Ref: 'Api' }, RouteKey: 'GET /b' } } } },
    { name: 'an unknown authorization type', resources: route({ AuthorizationType: { Ref: 'Type' }, AuthorizationScopes: ['read'] }) },
    { name: 'unknown scopes', resources: route({ AuthorizationType: 'JWT', AuthorizationScopes: [{ Ref: 'S' }, '${Token[TOKEN.9]}'] }) },
    { name: 'an unknown list', resources: route({ AuthorizationType: 'NONE', AuthorizationScopes: { Ref: 'Scopes' } }) },
    { name: 'a route of an API not in the template, with JWT', resources: { R: { Type: 'AWS::ApiGatewayV2::Route', Properties: { ApiId: 'abc', RouteKey: 'GET /a', AuthorizationType: 'JWT', AuthorizationScopes: ['read'] } } } },
  ],
  invalid: [
    { name: 'scopes with AWS_IAM', resources: route({ AuthorizationType: 'AWS_IAM', AuthorizationScopes: ['read'] }), findings: [{ resource: 'Route', path: 'AuthorizationScopes' }] },
    { name: 'scopes without authorization type (NONE)', resources: route({ AuthorizationScopes: ['read'] }), findings: [{ resource: 'Route', path: 'AuthorizationScopes' }] },
    { name: 'scopes on a WebSocket route with CUSTOM', resources: route({ AuthorizationType: 'CUSTOM', AuthorizationScopes: scopes(11) }, 'WEBSOCKET'), findings: [{ resource: 'Route', path: 'AuthorizationScopes' }] },
    { name: '11 scopes', resources: route({ AuthorizationType: 'JWT', AuthorizationScopes: scopes(11) }), findings: [{ resource: 'Route', path: 'AuthorizationScopes' }] },
    { name: 'an empty scope and one of 65 characters', resources: route({ AuthorizationType: 'JWT', AuthorizationScopes: ['', 'ok', 'x'.repeat(65)] }), findings: [{ resource: 'Route', path: 'AuthorizationScopes[0]' }, { resource: 'Route', path: 'AuthorizationScopes[2]' }] },
  ],
});
