import { invalidThrough, validThrough } from './intrinsic-forms';
import { expectRule } from './rule-table';
import { authorizerTtlRange } from '../../src/rules/authorizer/authorizer-ttl-range';

const V2 = 'AWS::ApiGatewayV2::';
const URI = 'arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:auth/invocations';
const ttl = (protocol: unknown, AuthorizerResultTtlInSeconds: unknown, apiId: unknown = { Ref: 'Api' }) => ({
  Api: { Type: `${V2}Api`, Properties: { Name: 'a', ProtocolType: protocol, RouteSelectionExpression: '$request.body.action' } },
  Authorizer: {
    Type: `${V2}Authorizer`,
    Properties: { ApiId: apiId, Name: 'auth', AuthorizerType: 'REQUEST', AuthorizerUri: URI, AuthorizerPayloadFormatVersion: '2.0', IdentitySource: ['$request.header.Authorization'], AuthorizerResultTtlInSeconds },
  },
});
const NUMBER_TOKEN = -1.8881545897087626e+289;
const finding = [{ resource: 'Authorizer', path: 'AuthorizerResultTtlInSeconds' }];

expectRule(authorizerTtlRange, {
  valid: [
    ...validThrough(3600, v => ttl('HTTP', v), 0),
    { name: '0', resources: ttl('HTTP', 0) },
    { name: '3600', resources: ttl('HTTP', 3600) },
    { name: '"300"', resources: ttl('HTTP', '300') },
    { name: 'AWS::NoValue', resources: ttl('HTTP', { Ref: 'AWS::NoValue' }) },
    { name: 'a Ref', resources: ttl('HTTP', { Ref: 'Ttl' }) },
    { name: 'an Fn::GetAtt', resources: ttl('HTTP', { 'Fn::GetAtt': ['Config', 'Ttl'] }) },
    { name: 'an Fn::Sub', resources: ttl('HTTP', { 'Fn::Sub': '${Ttl}' }) },
    { name: 'a CDK number token', resources: ttl('HTTP', NUMBER_TOKEN) },
    // On WebSocket APIs the property itself is the finding, reported by protocol-unsupported-property.
    { name: 'WebSocket 3601', resources: ttl('WEBSOCKET', 3601) },
    { name: 'API protocol unknown, 3601', resources: ttl({ Ref: 'Protocol' }, 3601) },
    { name: 'ApiId of an imported API, 3601', resources: ttl('HTTP', 3601, 'a1b2c3d4e5') },
  ],
  invalid: [
    ...invalidThrough(3601, 300, v => ttl('HTTP', v), finding),
    { name: '-1', resources: ttl('HTTP', -1), findings: finding },
    { name: '3601', resources: ttl('HTTP', 3601), findings: finding },
    { name: '"3601"', resources: ttl('HTTP', '3601'), findings: finding },
    { name: '1.5', resources: ttl('HTTP', 1.5), findings: finding },
    { name: '86400, linked by Fn::GetAtt', resources: ttl('HTTP', 86400, { 'Fn::GetAtt': ['Api', 'ApiId'] }), findings: finding },
  ],
});
