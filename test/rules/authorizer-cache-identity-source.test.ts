import { expectRule } from './rule-table';
import { authorizerCacheIdentitySource } from '../../src/rules/authorizer/authorizer-cache-identity-source';

const V2 = 'AWS::ApiGatewayV2::';
const URI = 'arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:auth/invocations';
const authorizer = (protocol: unknown, properties: Record<string, unknown>, apiId: unknown = { Ref: 'Api' }) => ({
  Api: { Type: `${V2}Api`, Properties: { Name: 'a', ProtocolType: protocol, RouteSelectionExpression: '$request.body.action' } },
  Authorizer: { Type: `${V2}Authorizer`, Properties: { ApiId: apiId, Name: 'auth', AuthorizerType: 'REQUEST', AuthorizerUri: URI, AuthorizerPayloadFormatVersion: '2.0', ...properties } },
});
const cache = (AuthorizerResultTtlInSeconds: unknown, IdentitySource?: unknown) => authorizer('HTTP', {
  AuthorizerResultTtlInSeconds, ...(IdentitySource !== undefined ? { IdentitySource } : {}),
});
const finding = [{ resource: 'Authorizer', path: 'IdentitySource' }];

expectRule(authorizerCacheIdentitySource, {
  valid: [
    { name: 'TTL 300 with a header', resources: cache(300, ['$request.header.Authorization']) },
    { name: 'TTL 0 with none', resources: cache(0, []) },
    { name: 'TTL 0 without IdentitySource', resources: cache(0) },
    { name: 'no TTL and no IdentitySource', resources: authorizer('HTTP', {}) },
    { name: 'TTL AWS::NoValue with none', resources: cache({ Ref: 'AWS::NoValue' }, []) },
    { name: 'TTL 300 with IdentitySource from a Ref', resources: cache(300, { Ref: 'Sources' }) },
    { name: 'TTL 300 with IdentitySource from an Fn::Split', resources: cache(300, { 'Fn::Split': [',', { Ref: 'Sources' }] }) },
    { name: 'TTL 300 with a CDK list token', resources: cache(300, ['#{Token[TOKEN.12]}']) },
    { name: 'TTL 300 with an entry from an Fn::Sub', resources: cache(300, [{ 'Fn::Sub': '$request.header.${Header}' }]) },
    { name: 'TTL from a Ref with none', resources: cache({ Ref: 'Ttl' }, []) },
    { name: 'TTL from an Fn::GetAtt with none', resources: cache({ 'Fn::GetAtt': ['Config', 'Ttl'] }, []) },
    { name: 'JWT authorizer with TTL 300 and none', resources: authorizer('HTTP', { AuthorizerType: 'JWT', AuthorizerResultTtlInSeconds: 300 }) },
    { name: 'WebSocket, TTL 300 with none', resources: authorizer('WEBSOCKET', { AuthorizerResultTtlInSeconds: 300, IdentitySource: [] }) },
    { name: 'API protocol unknown, TTL 300 with none', resources: authorizer({ Ref: 'Protocol' }, { AuthorizerResultTtlInSeconds: 300, IdentitySource: [] }) },
    { name: 'ApiId of an imported API, TTL 300 with none', resources: authorizer('HTTP', { AuthorizerResultTtlInSeconds: 300, IdentitySource: [] }, 'a1b2c3d4e5') },
  ],
  invalid: [
    { name: 'TTL 300 with an empty list', resources: cache(300, []), findings: finding },
    { name: 'TTL 1 without IdentitySource', resources: cache(1), findings: finding },
    { name: 'TTL "300" with IdentitySource AWS::NoValue', resources: cache('300', { Ref: 'AWS::NoValue' }), findings: finding },
    { name: 'TTL 3600 with none, linked by Fn::GetAtt', resources: authorizer('HTTP', { AuthorizerResultTtlInSeconds: 3600, IdentitySource: [] }, { 'Fn::GetAtt': ['Api', 'ApiId'] }), findings: finding },
  ],
});
