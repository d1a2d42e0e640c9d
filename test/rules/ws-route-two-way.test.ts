import { expectRule } from './rule-table';
import { wsRouteTwoWay } from '../../src/rules/route/ws-route-two-way';

const api = (protocol = 'WEBSOCKET') => ({ Type: 'AWS::ApiGatewayV2::Api', Properties: { Name: 'chat', ProtocolType: protocol, RouteSelectionExpression: '$request.body.action' } });
const route = (props: Record<string, unknown> = {}, apiId: unknown = { Ref: 'Api' }) => ({
  Type: 'AWS::ApiGatewayV2::Route', Properties: { ApiId: apiId, RouteKey: 'send', ...props },
});
const response = (routeId: unknown = { Ref: 'Send' }) => ({
  Type: 'AWS::ApiGatewayV2::RouteResponse', Properties: { ApiId: { Ref: 'Api' }, RouteId: routeId, RouteResponseKey: '$default' },
});

expectRule(wsRouteTwoWay, {
  valid: [
    { name: 'a two-way route: the expression and the response', resources: { Api: api(), Send: route({ RouteResponseSelectionExpression: '$default' }), SendResponse: response() } },
    { name: 'a one-way route: neither', resources: { Api: api(), Send: route() } },
    { name: 'a two-way route made by its route response alone (the developer guide\'s way)', resources: { Api: api(), Send: route(), SendResponse: response() } },
    {
      name: 'a route response, the expression removed by AWS::NoValue',
      resources: { Api: api(), Send: route({ RouteResponseSelectionExpression: { Ref: 'AWS::NoValue' } }), SendResponse: response({ 'Fn::GetAtt': ['Send', 'RouteId'] }) },
    },
    { name: 'a response with an unknown expression on the route', resources: { Api: api(), Send: route({ RouteResponseSelectionExpression: { Ref: 'Selection' } }), SendResponse: response() } },
    { name: 'the expression, and a route response whose RouteId cannot be followed', resources: { Api: api(), Send: route({ RouteResponseSelectionExpression: '$default' }), SomeResponse: response({ 'Fn::ImportValue': 'RouteId' }) } },
    { name: 'an unknown expression and no response', resources: { Api: api(), Send: route({ RouteResponseSelectionExpression: '${Token[TOKEN.5]}' }) } },
    { name: 'an API not in the template', resources: { Send: route({ RouteResponseSelectionExpression: '$default' }, 'abc123') } },
    { name: 'an HTTP route (protocol-unsupported-property reports the expression)', resources: { Api: api('HTTP'), Send: route({ RouteKey: 'GET /a', RouteResponseSelectionExpression: '$default' }) } },
  ],
  invalid: [
    { name: 'the expression without a route response', resources: { Api: api(), Send: route({ RouteResponseSelectionExpression: '$default' }) }, findings: [{ resource: 'Send', path: 'RouteResponseSelectionExpression' }] },
    {
      name: 'the expression on a route whose neighbour has the response',
      resources: { Api: api(), Send: route({ RouteResponseSelectionExpression: '$default' }), Join: route({ RouteKey: 'join', RouteResponseSelectionExpression: '$default' }), SendResponse: response() },
      findings: [{ resource: 'Join', path: 'RouteResponseSelectionExpression' }],
    },
  ],
});
