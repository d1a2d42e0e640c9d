import { expectRule } from './rule-table';
import { authorizerSimpleResponsesPayload } from '../../src/rules/authorizer/authorizer-simple-responses-payload';

const V2 = 'AWS::ApiGatewayV2::';
const URI = 'arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:auth/invocations';
const authorizer = (protocol: unknown, properties: Record<string, unknown>, apiId: unknown = { Ref: 'Api' }) => ({
  Api: { Type: `${V2}Api`, Properties: { Name: 'a', ProtocolType: protocol, RouteSelectionExpression: '$request.body.action' } },
  Authorizer: { Type: `${V2}Authorizer`, Properties: { ApiId: apiId, Name: 'auth', AuthorizerType: 'REQUEST', AuthorizerUri: URI, ...properties } },
});
const simple = (EnableSimpleResponses: unknown, AuthorizerPayloadFormatVersion?: unknown) => authorizer('HTTP', {
  EnableSimpleResponses, ...(AuthorizerPayloadFormatVersion !== undefined ? { AuthorizerPayloadFormatVersion } : {}),
});
const finding = [{ resource: 'Authorizer', path: 'EnableSimpleResponses' }];

expectRule(authorizerSimpleResponsesPayload, {
  valid: [
    { name: 'true with "2.0"', resources: simple(true, '2.0') },
    { name: '"true" with "2.0"', resources: simple('true', '2.0') },
    { name: 'false with "1.0"', resources: simple(false, '1.0') },
    { name: 'AWS::NoValue with "1.0"', resources: simple({ Ref: 'AWS::NoValue' }, '1.0') },
    { name: 'a Ref with "1.0"', resources: simple({ Ref: 'Simple' }, '1.0') },
    { name: 'a CDK token with "1.0"', resources: simple('${Token[TOKEN.12]}', '1.0') },
    { name: 'true with a version from a Ref', resources: simple(true, { Ref: 'Version' }) },
    { name: 'true with a version from an Fn::Sub', resources: simple(true, { 'Fn::Sub': '${Major}.0' }) },
    { name: 'true with a version from an Fn::GetAtt', resources: simple(true, { 'Fn::GetAtt': ['Config', 'Version'] }) },
    { name: 'true with a version that is a CDK token', resources: simple(true, '${Token[TOKEN.12]}') },
    // On WebSocket APIs the property itself is the finding, reported by protocol-unsupported-property.
    { name: 'WebSocket, true with "1.0"', resources: authorizer('WEBSOCKET', { EnableSimpleResponses: true, AuthorizerPayloadFormatVersion: '1.0' }) },
    { name: 'API protocol unknown, true with "1.0"', resources: authorizer({ Ref: 'Protocol' }, { EnableSimpleResponses: true, AuthorizerPayloadFormatVersion: '1.0' }) },
    { name: 'ApiId of an imported API, true with "1.0"', resources: authorizer('HTTP', { EnableSimpleResponses: true, AuthorizerPayloadFormatVersion: '1.0' }, 'a1b2c3d4e5') },
  ],
  invalid: [
    { name: 'true with "1.0"', resources: simple(true, '1.0'), findings: finding },
    { name: '"true" with "1.0"', resources: simple('true', '1.0'), findings: finding },
    { name: 'true without a version', resources: simple(true), findings: finding },
    { name: 'true with a version of AWS::NoValue', resources: simple(true, { Ref: 'AWS::NoValue' }), findings: finding },
    { name: 'true with "2"', resources: simple(true, '2'), findings: finding },
  ],
});
