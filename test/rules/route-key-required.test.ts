import { expectRule } from './rule-table';
import { routeKeyRequired } from '../../src/rules/route/route-key-required';

const api = (protocol: string) => ({ Type: 'AWS::ApiGatewayV2::Api', Properties: { Name: 'a', ProtocolType: protocol, RouteSelectionExpression: '$request.body.action' } });
const route = (key: unknown, apiId: unknown = { Ref: 'Api' }) => ({ Type: 'AWS::ApiGatewayV2::Route', Properties: { ApiId: apiId, RouteKey: key } });

expectRule(routeKeyRequired, {
  valid: [
    { name: 'a WebSocket key', resources: { Api: api('WEBSOCKET'), Route: route('$connect') } },
    { name: 'an HTTP key', resources: { Api: api('HTTP'), Route: route('GET /items') } },
    { name: 'from a parameter', resources: { Api: api('WEBSOCKET'), Route: route({ Ref: 'RouteKey' }) } },
    { name: 'a CDK token', resources: { Api: api('HTTP'), Route: route('${Token[TOKEN.3]}') } },
    { name: 'empty (the key grammar rules report it)', resources: { Api: api('WEBSOCKET'), Route: route('') } },
  ],
  invalid: [
    { name: 'absent on a WebSocket route', resources: { Api: api('WEBSOCKET'), Route: route(undefined) }, findings: [{ resource: 'Route', path: 'RouteKey' }] },
    { name: 'absent on an HTTP route', resources: { Api: api('HTTP'), Route: route(undefined) }, findings: [{ resource: 'Route', path: 'RouteKey' }] },
    { name: 'removed by AWS::NoValue, API not in the template', resources: { Route: route({ Ref: 'AWS::NoValue' }, 'abc123') }, findings: [{ resource: 'Route', path: 'RouteKey' }] },
  ],
});
