import { expectRule } from './rule-table';
import { wsRouteDefaultRequestModel } from '../../src/rules/route/ws-route-default-request-model';

const api = (protocol: string) => ({ Type: 'AWS::ApiGatewayV2::Api', Properties: { Name: 'chat', ProtocolType: protocol, RouteSelectionExpression: '$request.body.action' } });
const route = (props: Record<string, unknown>, apiId: unknown = { Ref: 'Api' }) => ({
  Type: 'AWS::ApiGatewayV2::Route', Properties: { ApiId: apiId, RouteKey: 'send', ...props },
});
const ws = (props: Record<string, unknown>) => ({ Api: api('WEBSOCKET'), Send: route(props) });

expectRule(wsRouteDefaultRequestModel, {
  valid: [
    { name: 'a body expression with a $default fallback', resources: ws({ ModelSelectionExpression: '${request.body.type}', RequestModels: { chat: 'Chat', $default: 'Message' } }) },
    { name: 'the static \\$default with its model', resources: ws({ ModelSelectionExpression: '\\$default', RequestModels: { $default: 'Message' } }) },
    { name: 'the API\'s RouteSelectionExpression: it gives the route\'s own key, which has a model', resources: ws({ ModelSelectionExpression: '$request.body.action', RequestModels: { send: 'Send' } }) },
    { name: 'the API\'s RouteSelectionExpression written braced', resources: ws({ ModelSelectionExpression: '${request.body.action}', RequestModels: { send: 'Send' } }) },
    { name: 'static text that is a key', resources: ws({ ModelSelectionExpression: 'chat', RequestModels: { chat: 'Chat' } }) },
    { name: 'an unknown expression', resources: ws({ ModelSelectionExpression: { 'Fn::Sub': '${Prefix}' }, RequestModels: { chat: 'Chat' } }) },
    { name: 'a CDK token expression', resources: ws({ ModelSelectionExpression: '${Token[TOKEN.3]}', RequestModels: { chat: 'Chat' } }) },
    { name: 'a key that is a CDK token (it may be $default)', resources: ws({ ModelSelectionExpression: '$request.body.type', RequestModels: { '${Token[TOKEN.9]}': 'Chat' } }) },
    { name: 'a key that is a CDK list token', resources: ws({ ModelSelectionExpression: '$request.body.type', RequestModels: { '#{Token[TOKEN.10]}': 'Chat' } }) },
    { name: 'RequestModels as an intrinsic', resources: ws({ ModelSelectionExpression: '$request.body.type', RequestModels: { 'Fn::If': ['C', { chat: 'Chat' }, { $default: 'Message' }] } }) },
    { name: 'no RequestModels', resources: ws({ ModelSelectionExpression: '$request.body.type' }) },
    { name: 'an empty RequestModels map', resources: ws({ ModelSelectionExpression: '$request.body.type', RequestModels: {} }) },
    { name: 'a broken expression (model-selection-expression reports it)', resources: ws({ ModelSelectionExpression: '${request.header.type}', RequestModels: { chat: 'Chat' } }) },
    { name: 'an API not in the template', resources: { Send: route({ ModelSelectionExpression: '$request.body.type', RequestModels: { chat: 'Chat' } }, 'abc123') } },
    { name: 'the API\'s RouteSelectionExpression on a route whose key is not known', resources: ws({ RouteKey: { 'Fn::If': ['C', 'send', 'post'] }, ModelSelectionExpression: '$request.body.action', RequestModels: { send: 'Send' } }) },
    { name: 'an expression compared with a RouteSelectionExpression not known', resources: { Api: { ...api('WEBSOCKET'), Properties: { ...api('WEBSOCKET').Properties, RouteSelectionExpression: { Ref: 'Selection' } } }, Send: route({ ModelSelectionExpression: '$request.body.action', RequestModels: { send: 'Send' } }) } },
    { name: 'an HTTP route', resources: { Api: api('HTTP'), Send: route({ RouteKey: 'POST /send', ModelSelectionExpression: '$request.body.type', RequestModels: { chat: 'Chat' } }) } },
  ],
  invalid: [
    { name: 'a body expression without $default on a route whose key is not known', resources: ws({ RouteKey: { Ref: 'Key' }, ModelSelectionExpression: '$request.body.type', RequestModels: { chat: 'Chat' } }), findings: [{ resource: 'Send', path: 'RequestModels' }] },
    { name: 'a body expression without $default', resources: ws({ ModelSelectionExpression: '$request.body.type', RequestModels: { chat: 'Chat', join: 'Join' } }), findings: [{ resource: 'Send', path: 'RequestModels' }] },
    { name: 'static text around a variable', resources: ws({ ModelSelectionExpression: 'v-${request.body.version}', RequestModels: { 'v-1': 'V1' } }), findings: [{ resource: 'Send', path: 'RequestModels' }] },
    {
      name: 'the API\'s RouteSelectionExpression on a route with no model for its own key',
      resources: ws({ ModelSelectionExpression: '$request.body.action', RequestModels: { chat: 'Chat' } }),
      findings: [{ resource: 'Send', path: 'RequestModels' }],
    },
    {
      name: 'the API\'s RouteSelectionExpression on the $default route (any unmatched value reaches it)',
      resources: { Api: api('WEBSOCKET'), Send: route({ RouteKey: '$default', ModelSelectionExpression: '$request.body.action', RequestModels: { send: 'Send' } }) },
      findings: [{ resource: 'Send', path: 'RequestModels' }],
    },
    { name: 'static text that is no key', resources: ws({ ModelSelectionExpression: 'action', RequestModels: { test: 'Test' } }), findings: [{ resource: 'Send', path: 'RequestModels' }] },
    { name: 'the static \\$default without a $default model', resources: ws({ ModelSelectionExpression: '\\$default', RequestModels: { chat: 'Chat' } }), findings: [{ resource: 'Send', path: 'RequestModels' }] },
  ],
});
