import { expectRule } from './rule-table';
import { routeOperationName } from '../../src/rules/route/route-operation-name';

const route = (name: unknown, protocol = 'HTTP') => ({
  Api: { Type: 'AWS::ApiGatewayV2::Api', Properties: { Name: 'a', ProtocolType: protocol, RouteSelectionExpression: '$request.body.action' } },
  Route: { Type: 'AWS::ApiGatewayV2::Route', Properties: { ApiId: { Ref: 'Api' }, RouteKey: protocol === 'HTTP' ? 'GET /a' : 'send', OperationName: name } },
});

expectRule(routeOperationName, {
  valid: [
    { name: '1 character', resources: route('g') },
    { name: '64 characters on a WebSocket route', resources: route('o'.repeat(64), 'WEBSOCKET') },
    { name: 'absent', resources: route(undefined) },
    { name: 'unknown', resources: route({ 'Fn::Sub': '${AWS::StackName}-op' }) },
  ],
  invalid: [
    { name: 'empty', resources: route(''), findings: [{ resource: 'Route', path: 'OperationName' }] },
    { name: '65 characters on a WebSocket route', resources: route('o'.repeat(65), 'WEBSOCKET'), findings: [{ resource: 'Route', path: 'OperationName' }] },
  ],
});
