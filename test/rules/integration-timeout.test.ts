import { invalidThrough, validThrough } from './intrinsic-forms';
import { expectRule } from './rule-table';
import { integrationTimeout } from '../../src/rules/integration/integration-timeout';

const V2 = 'AWS::ApiGatewayV2::';
const timeout = (protocol: unknown, TimeoutInMillis: unknown, apiId: unknown = { Ref: 'Api' }) => ({
  Api: { Type: `${V2}Api`, Properties: { Name: 'a', ProtocolType: protocol, RouteSelectionExpression: '$request.body.action' } },
  Integration: { Type: `${V2}Integration`, Properties: { ApiId: apiId, IntegrationType: 'HTTP_PROXY', TimeoutInMillis } },
});
/** How CDK encodes an unresolved number. */
const NUMBER_TOKEN = -1.8881545897087626e+289;
const finding = [{ resource: 'Integration', path: 'TimeoutInMillis' }];

expectRule(integrationTimeout, {
  valid: [
    { name: 'HTTP 50', resources: timeout('HTTP', 50) },
    { name: 'HTTP 30000', resources: timeout('HTTP', 30000) },
    { name: 'HTTP "30000"', resources: timeout('HTTP', '30000') },
    { name: 'WebSocket 50', resources: timeout('WEBSOCKET', 50) },
    { name: 'WebSocket 29000', resources: timeout('WEBSOCKET', 29000) },
    { name: 'HTTP AWS::NoValue', resources: timeout('HTTP', { Ref: 'AWS::NoValue' }) },
    { name: 'HTTP, a Ref', resources: timeout('HTTP', { Ref: 'Timeout' }) },
    { name: 'HTTP, an Fn::GetAtt', resources: timeout('HTTP', { 'Fn::GetAtt': ['Config', 'Timeout'] }) },
    { name: 'HTTP, an Fn::Sub', resources: timeout('HTTP', { 'Fn::Sub': '${Timeout}' }) },
    { name: 'WebSocket, a CDK number token', resources: timeout('WEBSOCKET', NUMBER_TOKEN) },
    { name: 'WebSocket, a CDK string token', resources: timeout('WEBSOCKET', '${Token[TOKEN.12]}') },
    { name: 'API protocol unknown, 30001', resources: timeout({ Ref: 'Protocol' }, 30001) },
    { name: 'ApiId of an imported API, 30001', resources: timeout('HTTP', 30001, 'a1b2c3d4e5') },
    ...validThrough(30000, v => timeout('HTTP', v), 50),
  ],
  invalid: [
    ...invalidThrough(29001, 29000, v => timeout('WEBSOCKET', v), finding),
    { name: 'HTTP 49', resources: timeout('HTTP', 49), findings: finding },
    { name: 'HTTP 30001', resources: timeout('HTTP', 30001), findings: finding },
    { name: 'HTTP "30001"', resources: timeout('HTTP', '30001'), findings: finding },
    { name: 'HTTP 100.5', resources: timeout('HTTP', 100.5), findings: finding },
    { name: 'WebSocket 49', resources: timeout('WEBSOCKET', 49), findings: finding },
    { name: 'WebSocket 29001', resources: timeout('WEBSOCKET', 29001), findings: finding },
    { name: 'WebSocket 30000, linked by Fn::GetAtt', resources: timeout('WEBSOCKET', 30000, { 'Fn::GetAtt': ['Api', 'ApiId'] }), findings: finding },
  ],
});
