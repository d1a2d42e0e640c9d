import { expectRule } from './rule-table';
import { apiKeySelectionExpression } from '../../src/rules/api/api-key-selection-expression';

const api = (ProtocolType: unknown, ApiKeySelectionExpression?: unknown) => ({
  Api: {
    Type: 'AWS::ApiGatewayV2::Api',
    Properties: {
      Name: 'chat',
      ProtocolType,
      RouteSelectionExpression: '$request.body.action',
      ...(ApiKeySelectionExpression !== undefined ? { ApiKeySelectionExpression } : {}),
    },
  },
});

expectRule(apiKeySelectionExpression, {
  valid: [
    { name: 'WebSocket, the x-api-key header', resources: api('WEBSOCKET', '$request.header.x-api-key') },
    { name: 'WebSocket, the authorizer usage identifier', resources: api('WEBSOCKET', '$context.authorizer.usageIdentifierKey') },
    { name: 'WebSocket, omitted', resources: api('WEBSOCKET') },
    { name: 'WebSocket, AWS::NoValue', resources: api('WEBSOCKET', { Ref: 'AWS::NoValue' }) },
    { name: 'WebSocket, a Ref', resources: api('WEBSOCKET', { Ref: 'KeySource' }) },
    { name: 'WebSocket, an Fn::Sub', resources: api('WEBSOCKET', { 'Fn::Sub': '$request.header.${Header}' }) },
    { name: 'WebSocket, an Fn::GetAtt', resources: api('WEBSOCKET', { 'Fn::GetAtt': ['Other', 'ApiKeySelectionExpression'] }) },
    { name: 'WebSocket, a CDK token', resources: api('WEBSOCKET', '${Token[TOKEN.12]}') },
    // On HTTP APIs the property itself is the finding, reported by protocol-unsupported-property.
    { name: 'HTTP, another value', resources: api('HTTP', '$request.querystring.key') },
    { name: 'protocol unknown, another value', resources: api({ Ref: 'Protocol' }, '$request.querystring.key') },
  ],
  invalid: [
    { name: 'WebSocket, a query string', resources: api('WEBSOCKET', '$request.querystring.key'), findings: [{ resource: 'Api', path: 'ApiKeySelectionExpression' }] },
    { name: 'WebSocket, another header', resources: api('WEBSOCKET', '$request.header.x-key'), findings: [{ resource: 'Api', path: 'ApiKeySelectionExpression' }] },
    { name: 'WebSocket, without $', resources: api('WEBSOCKET', 'request.header.x-api-key'), findings: [{ resource: 'Api', path: 'ApiKeySelectionExpression' }] },
    { name: 'WebSocket, empty', resources: api('WEBSOCKET', ''), findings: [{ resource: 'Api', path: 'ApiKeySelectionExpression' }] },
  ],
});
