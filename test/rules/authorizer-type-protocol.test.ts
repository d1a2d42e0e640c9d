import { invalidThrough, validThrough } from './intrinsic-forms';
import { expectRule } from './rule-table';
import { authorizerTypeProtocol } from '../../src/rules/authorizer/authorizer-type-protocol';

const V2 = 'AWS::ApiGatewayV2::';
const authorizer = (protocol: unknown, properties: Record<string, unknown>, apiId: unknown = { Ref: 'Api' }) => ({
  Api: { Type: `${V2}Api`, Properties: { Name: 'a', ProtocolType: protocol, RouteSelectionExpression: '$request.body.action' } },
  Authorizer: { Type: `${V2}Authorizer`, Properties: { ApiId: apiId, Name: 'auth', ...properties } },
});
const type = (protocol: unknown, AuthorizerType: unknown) => authorizer(protocol, { AuthorizerType });
const finding = [{ resource: 'Authorizer', path: 'AuthorizerType' }];

expectRule(authorizerTypeProtocol, {
  valid: [
    ...validThrough('JWT', v => type('HTTP', v), 'REQUEST'),
    { name: 'HTTP REQUEST', resources: type('HTTP', 'REQUEST') },
    { name: 'HTTP JWT', resources: type('HTTP', 'JWT') },
    { name: 'WebSocket REQUEST', resources: type('WEBSOCKET', 'REQUEST') },
    { name: 'WebSocket, a Ref', resources: type('WEBSOCKET', { Ref: 'Type' }) },
    { name: 'WebSocket, an Fn::Sub', resources: type('WEBSOCKET', { 'Fn::Sub': '${Type}' }) },
    { name: 'WebSocket, an Fn::GetAtt', resources: type('WEBSOCKET', { 'Fn::GetAtt': ['Config', 'Type'] }) },
    { name: 'WebSocket, a CDK token', resources: type('WEBSOCKET', '${Token[TOKEN.12]}') },
    { name: 'API protocol unknown, JWT', resources: type({ Ref: 'Protocol' }, 'JWT') },
    { name: 'ApiId of an imported API, JWT', resources: authorizer('WEBSOCKET', { AuthorizerType: 'JWT' }, 'a1b2c3d4e5') },
  ],
  invalid: [
    ...invalidThrough('JWT', 'REQUEST', v => type('WEBSOCKET', v), finding),
    { name: 'WebSocket JWT', resources: type('WEBSOCKET', 'JWT'), findings: finding },
    { name: 'HTTP TOKEN (a REST API type)', resources: type('HTTP', 'TOKEN'), findings: finding },
    { name: 'HTTP lower case', resources: type('HTTP', 'jwt'), findings: finding },
    { name: 'HTTP missing', resources: authorizer('HTTP', {}), findings: finding },
    { name: 'WebSocket AWS::NoValue', resources: type('WEBSOCKET', { Ref: 'AWS::NoValue' }), findings: finding },
  ],
});
