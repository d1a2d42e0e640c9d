import { expectRule } from './rule-table';
import { wsRouteAuthorization } from '../../src/rules/route/ws-route-authorization';

const route = (props: object, protocol = 'WEBSOCKET') => ({
  Api: { Type: 'AWS::ApiGatewayV2::Api', Properties: { Name: 'a', ProtocolType: protocol, RouteSelectionExpression: '$request.body.action' } },
  Auth: { Type: 'AWS::ApiGatewayV2::Authorizer', Properties: { ApiId: { Ref: 'Api' }, Name: 'auth', AuthorizerType: 'REQUEST' } },
  Route: { Type: 'AWS::ApiGatewayV2::Route', Properties: { ApiId: { Ref: 'Api' }, ...props } },
});

expectRule(wsRouteAuthorization, {
  valid: [
    { name: '$connect with a Lambda authorizer', resources: route({ RouteKey: '$connect', AuthorizationType: 'CUSTOM', AuthorizerId: { Ref: 'Auth' } }) },
    { name: '$connect with IAM', resources: route({ RouteKey: '$connect', AuthorizationType: 'AWS_IAM' }) },
    { name: 'other routes with NONE or nothing', resources: { ...route({ RouteKey: 'send', AuthorizationType: 'NONE' }), B: { Type: 'AWS::ApiGatewayV2::Route', Properties: { ApiId: { Ref: 'Api' }, RouteKey: '$default' } } } },
    { name: 'an unknown route key', resources: route({ RouteKey: { Ref: 'Key' }, AuthorizationType: 'AWS_IAM' }) },
    { name: 'an unknown authorization type', resources: route({ RouteKey: 'send', AuthorizationType: { Ref: 'T' }, AuthorizerId: { Ref: 'Auth' } }) },
    { name: 'an HTTP route with JWT', resources: route({ RouteKey: 'GET /a', AuthorizationType: 'JWT', AuthorizerId: { Ref: 'Auth' } }, 'HTTP') },
  ],
  invalid: [
    { name: 'a Lambda authorizer on $default', resources: route({ RouteKey: '$default', AuthorizationType: 'CUSTOM', AuthorizerId: { Ref: 'Auth' } }), findings: [{ resource: 'Route', path: 'AuthorizationType' }] },
    { name: 'IAM on $disconnect', resources: route({ RouteKey: '$disconnect', AuthorizationType: 'AWS_IAM' }), findings: [{ resource: 'Route', path: 'AuthorizationType' }] },
    { name: 'an authorizer id on a custom route, type absent', resources: route({ RouteKey: 'send', AuthorizerId: { Ref: 'Auth' } }), findings: [{ resource: 'Route', path: 'AuthorizerId' }] },
  ],
});
