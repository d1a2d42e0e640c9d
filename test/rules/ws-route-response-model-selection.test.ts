import { expectRule } from './rule-table';
import { wsRouteResponseModelSelection } from '../../src/rules/route/ws-route-response-model-selection';

const api = (protocol = 'WEBSOCKET') => ({ Type: 'AWS::ApiGatewayV2::Api', Properties: { Name: 'chat', ProtocolType: protocol, RouteSelectionExpression: '$request.body.action' } });
const response = (props: Record<string, unknown>, apiId: unknown = { Ref: 'Api' }) => ({
  Type: 'AWS::ApiGatewayV2::RouteResponse', Properties: { ApiId: apiId, RouteId: 'r1', RouteResponseKey: '$default', ...props },
});

expectRule(wsRouteResponseModelSelection, {
  valid: [
    { name: 'response models without an expression', resources: { Api: api(), SendResponse: response({ ResponseModels: { $default: 'Reply' } }) } },
    { name: 'an unknown expression', resources: { Api: api(), SendResponse: response({ ModelSelectionExpression: { Ref: 'Expression' } }) } },
    { name: 'a CDK token expression', resources: { Api: api(), SendResponse: response({ ModelSelectionExpression: '${Token[TOKEN.1]}' }) } },
    { name: 'an API not in the template', resources: { SendResponse: response({ ModelSelectionExpression: 'action' }, 'abc123') } },
    { name: 'an HTTP API (protocol-unsupported-resource reports the route response)', resources: { Api: api('HTTP'), SendResponse: response({ ModelSelectionExpression: 'action' }) } },
  ],
  invalid: [
    { name: 'static text', resources: { Api: api(), SendResponse: response({ ModelSelectionExpression: 'action', ResponseModels: { test: 'Reply' } }) }, findings: [{ resource: 'SendResponse', path: 'ModelSelectionExpression' }] },
    { name: 'the escaped default', resources: { Api: api(), SendResponse: response({ ModelSelectionExpression: '\\$default' }) }, findings: [{ resource: 'SendResponse', path: 'ModelSelectionExpression' }] },
  ],
});
