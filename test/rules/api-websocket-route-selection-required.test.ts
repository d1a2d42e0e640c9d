import { expectRule } from './rule-table';
import { apiWebSocketRouteSelectionRequired } from '../../src/rules/api/api-websocket-route-selection-required';

const api = (ProtocolType: unknown, RouteSelectionExpression?: unknown) => ({
  Api: { Type: 'AWS::ApiGatewayV2::Api', Properties: { Name: 'chat', ProtocolType, ...(RouteSelectionExpression !== undefined ? { RouteSelectionExpression } : {}) } },
});

expectRule(apiWebSocketRouteSelectionRequired, {
  valid: [
    { name: 'WebSocket, a body expression', resources: api('WEBSOCKET', '$request.body.action') },
    { name: 'WebSocket, a Ref', resources: api('WEBSOCKET', { Ref: 'Expression' }) },
    { name: 'WebSocket, an Fn::Sub', resources: api('WEBSOCKET', { 'Fn::Sub': '$request.body.${Field}' }) },
    { name: 'WebSocket, an Fn::GetAtt', resources: api('WEBSOCKET', { 'Fn::GetAtt': ['Other', 'RouteSelectionExpression'] }) },
    { name: 'WebSocket, a CDK token', resources: api('WEBSOCKET', '${Token[TOKEN.12]}') },
    { name: 'HTTP, omitted', resources: api('HTTP') },
    { name: 'protocol unknown, omitted', resources: api({ Ref: 'Protocol' }) },
  ],
  invalid: [
    { name: 'WebSocket, missing', resources: api('WEBSOCKET'), findings: [{ resource: 'Api', path: 'RouteSelectionExpression' }] },
    { name: 'WebSocket, AWS::NoValue', resources: api('WEBSOCKET', { Ref: 'AWS::NoValue' }), findings: [{ resource: 'Api', path: 'RouteSelectionExpression' }] },
    { name: 'WebSocket, empty', resources: api('WEBSOCKET', ''), findings: [{ resource: 'Api', path: 'RouteSelectionExpression' }] },
    { name: 'WebSocket, blank', resources: api('WEBSOCKET', '   '), findings: [{ resource: 'Api', path: 'RouteSelectionExpression' }] },
  ],
});
