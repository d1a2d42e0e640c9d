import { expectRule } from './rule-table';
import { wsRouteCustomAuthorizer } from '../../src/rules/route/ws-route-custom-authorizer';

const api = (protocol = 'WEBSOCKET') => ({ Type: 'AWS::ApiGatewayV2::Api', Properties: { Name: 'chat', ProtocolType: protocol, RouteSelectionExpression: '$request.body.action' } });
const route = (type: unknown, authorizerId: unknown, apiId: unknown = { Ref: 'Api' }) => ({
  Type: 'AWS::ApiGatewayV2::Route', Properties: { ApiId: apiId, RouteKey: '$connect', AuthorizationType: type, AuthorizerId: authorizerId },
});

expectRule(wsRouteCustomAuthorizer, {
  valid: [
    { name: 'CUSTOM with a Ref to an authorizer', resources: { Api: api(), Connect: route('CUSTOM', { Ref: 'Authorizer' }) } },
    { name: 'CUSTOM with a literal id', resources: { Api: api(), Connect: route('CUSTOM', 'abc123') } },
    { name: 'CUSTOM with an imported id', resources: { Api: api(), Connect: route('CUSTOM', { 'Fn::ImportValue': 'AuthorizerId' }) } },
    { name: 'AWS_IAM without an authorizer', resources: { Api: api(), Connect: route('AWS_IAM', undefined) } },
    { name: 'an unknown authorization type', resources: { Api: api(), Connect: route({ Ref: 'Type' }, undefined) } },
    { name: 'an API not in the template', resources: { Connect: route('CUSTOM', undefined, 'abc123') } },
    { name: 'an HTTP route', resources: { Api: api('HTTP'), Connect: route('CUSTOM', undefined) } },
  ],
  invalid: [
    { name: 'CUSTOM without AuthorizerId', resources: { Api: api(), Connect: route('CUSTOM', undefined) }, findings: [{ resource: 'Connect', path: 'AuthorizerId' }] },
    { name: 'CUSTOM with AuthorizerId removed by AWS::NoValue', resources: { Api: api(), Connect: route('CUSTOM', { Ref: 'AWS::NoValue' }) }, findings: [{ resource: 'Connect', path: 'AuthorizerId' }] },
  ],
});
