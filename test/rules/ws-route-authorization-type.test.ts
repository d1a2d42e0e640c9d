import { expectRule } from './rule-table';
import { wsRouteAuthorizationType } from '../../src/rules/route/ws-route-authorization-type';

const api = (protocol = 'WEBSOCKET') => ({ Type: 'AWS::ApiGatewayV2::Api', Properties: { Name: 'chat', ProtocolType: protocol, RouteSelectionExpression: '$request.body.action' } });
const route = (type: unknown, apiId: unknown = { Ref: 'Api' }) => ({
  Type: 'AWS::ApiGatewayV2::Route', Properties: { ApiId: apiId, RouteKey: '$connect', AuthorizationType: type, AuthorizerId: 'a1' },
});

expectRule(wsRouteAuthorizationType, {
  valid: [
    { name: 'NONE', resources: { Api: api(), Connect: route('NONE') } },
    { name: 'AWS_IAM', resources: { Api: api(), Connect: route('AWS_IAM') } },
    { name: 'CUSTOM', resources: { Api: api(), Connect: route('CUSTOM') } },
    { name: 'absent', resources: { Api: api(), Connect: route(undefined) } },
    { name: 'from a parameter', resources: { Api: api(), Connect: route({ Ref: 'AuthorizationType' }) } },
    { name: 'a CDK token', resources: { Api: api(), Connect: route('${Token[TOKEN.2]}') } },
    { name: 'JWT on an HTTP route', resources: { Api: api('HTTP'), Connect: route('JWT') } },
    { name: 'an API not in the template', resources: { Connect: route('JWT', 'abc123') } },
  ],
  invalid: [
    { name: 'JWT', resources: { Api: api(), Connect: route('JWT') }, findings: [{ resource: 'Connect', path: 'AuthorizationType' }] },
    { name: 'the REST name COGNITO_USER_POOLS', resources: { Api: api(), Connect: route('COGNITO_USER_POOLS') }, findings: [{ resource: 'Connect', path: 'AuthorizationType' }] },
    { name: 'lower case', resources: { Api: api(), Connect: route('custom') }, findings: [{ resource: 'Connect', path: 'AuthorizationType' }] },
  ],
});
