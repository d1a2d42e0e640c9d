import { expectRule } from './rule-table';
import { wsRouteResponseParameter } from '../../src/rules/route/ws-route-response-parameter';

const api = (protocol = 'WEBSOCKET') => ({ Type: 'AWS::ApiGatewayV2::Api', Properties: { Name: 'chat', ProtocolType: protocol, RouteSelectionExpression: '$request.body.action' } });
const response = (parameters: unknown, apiId: unknown = { Ref: 'Api' }) => ({
  Type: 'AWS::ApiGatewayV2::RouteResponse', Properties: { ApiId: apiId, RouteId: 'r1', RouteResponseKey: '$default', ResponseParameters: parameters },
});
const ws = (parameters: unknown) => ({ Api: api(), SendResponse: response(parameters) });

expectRule(wsRouteResponseParameter, {
  valid: [
    { name: 'Required true and false', resources: ws({ 'route.response.header.x-a': { Required: true }, 'route.response.header.x-b': { Required: false } }) },
    { name: 'Required as the strings CloudFormation accepts', resources: ws({ 'route.response.header.x-a': { Required: 'false' } }) },
    { name: 'Required from a parameter', resources: ws({ 'route.response.header.x-a': { Required: { Ref: 'Required' } } }) },
    { name: 'a constraint that is an intrinsic', resources: ws({ 'route.response.header.x-a': { 'Fn::If': ['C', { Required: true }, { Required: false }] } }) },
    { name: 'a constraint that is a CDK token', resources: ws({ 'route.response.header.x-a': '${Token[TOKEN.2]}' }) },
    { name: 'a parameter name that is a CDK token', resources: ws({ '${Token[TOKEN.8]}': 'x' }) },
    { name: 'a parameter removed by AWS::NoValue', resources: ws({ 'route.response.header.x-a': { Ref: 'AWS::NoValue' } }) },
    { name: 'ResponseParameters as an intrinsic', resources: ws({ Ref: 'Parameters' }) },
    { name: 'no ResponseParameters', resources: ws(undefined) },
    { name: 'an API not in the template', resources: { SendResponse: response({ 'route.response.header.x-a': {} }, 'abc123') } },
    { name: 'an HTTP API (protocol-unsupported-resource reports the route response)', resources: { Api: api('HTTP'), SendResponse: response({ 'route.response.header.x-a': {} }) } },
  ],
  invalid: [
    { name: 'no Required', resources: ws({ 'route.response.header.x-a': {} }), findings: [{ resource: 'SendResponse', path: 'ResponseParameters.route.response.header.x-a.Required' }] },
    { name: 'Required removed by AWS::NoValue', resources: ws({ 'route.response.header.x-a': { Required: { Ref: 'AWS::NoValue' } } }), findings: [{ resource: 'SendResponse', path: 'ResponseParameters.route.response.header.x-a.Required' }] },
    { name: 'Required that is not a boolean', resources: ws({ 'route.response.header.x-a': { Required: 'yes' } }), findings: [{ resource: 'SendResponse', path: 'ResponseParameters.route.response.header.x-a.Required' }] },
    {
      name: 'a bare boolean instead of a constraint',
      resources: ws({ 'route.response.header.x-a': true, 'route.response.header.x-b': { Required: true } }),
      findings: [{ resource: 'SendResponse', path: 'ResponseParameters.route.response.header.x-a' }],
    },
  ],
});
