import { expectRule } from './rule-table';
import { wsRouteModelSelectionRequired } from '../../src/rules/route/ws-route-model-selection-required';

const api = (protocol: string) => ({ Type: 'AWS::ApiGatewayV2::Api', Properties: { Name: 'chat', ProtocolType: protocol, RouteSelectionExpression: '$request.body.action' } });
const model = { Type: 'AWS::ApiGatewayV2::Model', Properties: { ApiId: { Ref: 'Api' }, Name: 'Message', ContentType: 'application/json', Schema: { type: 'object' } } };
const route = (props: Record<string, unknown>, apiId: unknown = { Ref: 'Api' }) => ({
  Type: 'AWS::ApiGatewayV2::Route', Properties: { ApiId: apiId, RouteKey: 'send', ...props },
});
const ws = (props: Record<string, unknown>) => ({ Api: api('WEBSOCKET'), Message: model, Send: route(props) });

expectRule(wsRouteModelSelectionRequired, {
  valid: [
    { name: 'models with a static expression', resources: ws({ RequestModels: { $default: 'Message' }, ModelSelectionExpression: '\\$default' }) },
    { name: 'models with a body expression', resources: ws({ RequestModels: { chat: 'Message' }, ModelSelectionExpression: '${request.body.type}' }) },
    { name: 'models with an unknown expression', resources: ws({ RequestModels: { $default: 'Message' }, ModelSelectionExpression: { Ref: 'Expression' } }) },
    { name: 'models with a CDK token expression', resources: ws({ RequestModels: { $default: 'Message' }, ModelSelectionExpression: '${Token[TOKEN.12]}' }) },
    { name: 'no request models', resources: ws({}) },
    { name: 'an empty RequestModels map', resources: ws({ RequestModels: {} }) },
    { name: 'RequestModels as an intrinsic', resources: ws({ RequestModels: { 'Fn::If': ['Validate', { $default: 'Message' }, { Ref: 'AWS::NoValue' }] } }) },
    { name: 'an API not in the template', resources: { Send: route({ RequestModels: { $default: 'Message' } }, 'abc123') } },
    { name: 'an HTTP route (protocol-unsupported-property reports it)', resources: { Api: api('HTTP'), Send: route({ RouteKey: 'POST /send', RequestModels: { $default: 'Message' } }) } },
  ],
  invalid: [
    { name: 'models without an expression', resources: ws({ RequestModels: { $default: 'Message' } }), findings: [{ resource: 'Send', path: 'ModelSelectionExpression' }] },
    { name: 'models with the expression removed by AWS::NoValue', resources: ws({ RequestModels: { chat: 'Message' }, ModelSelectionExpression: { Ref: 'AWS::NoValue' } }), findings: [{ resource: 'Send', path: 'ModelSelectionExpression' }] },
    { name: 'a model name that is a token still counts as a model', resources: ws({ RequestModels: { $default: '${Token[TOKEN.7]}' } }), findings: [{ resource: 'Send', path: 'ModelSelectionExpression' }] },
  ],
});
