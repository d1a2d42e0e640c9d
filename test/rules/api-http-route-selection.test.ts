import { expectRule } from './rule-table';
import { apiHttpRouteSelection } from '../../src/rules/api/api-http-route-selection';

const api = (ProtocolType: unknown, RouteSelectionExpression?: unknown) => ({
  Api: { Type: 'AWS::ApiGatewayV2::Api', Properties: { Name: 'orders', ProtocolType, ...(RouteSelectionExpression !== undefined ? { RouteSelectionExpression } : {}) } },
});

expectRule(apiHttpRouteSelection, {
  valid: [
    { name: 'HTTP, braced form', resources: api('HTTP', '${request.method} ${request.path}') },
    { name: 'HTTP, unbraced form', resources: api('HTTP', '$request.method $request.path') },
    { name: 'HTTP, omitted', resources: api('HTTP') },
    { name: 'HTTP, AWS::NoValue', resources: api('HTTP', { Ref: 'AWS::NoValue' }) },
    { name: 'HTTP, a Ref', resources: api('HTTP', { Ref: 'Expression' }) },
    { name: 'HTTP, an Fn::Sub', resources: api('HTTP', { 'Fn::Sub': '${Expression}' }) },
    { name: 'HTTP, an Fn::GetAtt', resources: api('HTTP', { 'Fn::GetAtt': ['Other', 'RouteSelectionExpression'] }) },
    { name: 'HTTP, a CDK token', resources: api('HTTP', '${Token[TOKEN.12]}') },
    { name: 'WebSocket, a body expression', resources: api('WEBSOCKET', '$request.body.action') },
    { name: 'protocol unknown, a body expression', resources: api({ Ref: 'Protocol' }, '$request.body.action') },
  ],
  invalid: [
    { name: 'HTTP, a WebSocket expression', resources: api('HTTP', '$request.body.action'), findings: [{ resource: 'Api', path: 'RouteSelectionExpression' }] },
    { name: 'HTTP, the path only', resources: api('HTTP', '${request.path}'), findings: [{ resource: 'Api', path: 'RouteSelectionExpression' }] },
    { name: 'HTTP, two spaces', resources: api('HTTP', '${request.method}  ${request.path}'), findings: [{ resource: 'Api', path: 'RouteSelectionExpression' }] },
  ],
});
