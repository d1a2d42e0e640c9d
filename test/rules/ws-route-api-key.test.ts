import { expectRule } from './rule-table';
import { wsRouteApiKey } from '../../src/rules/route/ws-route-api-key';

const wsApi = { Type: 'AWS::ApiGatewayV2::Api', Properties: { Name: 'chat', ProtocolType: 'WEBSOCKET', RouteSelectionExpression: '$request.body.action' } };
const route = (routeKey: unknown, apiKeyRequired: unknown, api = 'Api') => ({
  Type: 'AWS::ApiGatewayV2::Route', Properties: { ApiId: { Ref: api }, RouteKey: routeKey, ApiKeyRequired: apiKeyRequired },
});

expectRule(wsRouteApiKey, {
  valid: [
    { name: 'an API key on $connect', resources: { Api: wsApi, Connect: route('$connect', true) } },
    { name: 'ApiKeyRequired false on another route', resources: { Api: wsApi, Send: route('sendmessage', false) } },
    { name: 'an unknown route key', resources: { Api: wsApi, Send: route({ Ref: 'Key' }, true) } },
    { name: 'an unknown ApiKeyRequired', resources: { Api: wsApi, Send: route('sendmessage', { Ref: 'Required' }) } },
    { name: 'an API not in the template', resources: { Send: { Type: 'AWS::ApiGatewayV2::Route', Properties: { ApiId: 'abc123', RouteKey: 'sendmessage', ApiKeyRequired: true } } } },
  ],
  invalid: [
    { name: 'an API key on a custom route', resources: { Api: wsApi, Send: route('sendmessage', true) }, findings: [{ resource: 'Send', path: 'ApiKeyRequired' }] },
    { name: 'an API key on $default (the string form too)', resources: { Api: wsApi, Default: route('$default', 'true') }, findings: [{ resource: 'Default', path: 'ApiKeyRequired' }] },
  ],
});
