import { invalidThrough, validThrough } from './intrinsic-forms';
import { expectRule } from './rule-table';
import { authorizerPayloadFormat } from '../../src/rules/authorizer/authorizer-payload-format';

const V2 = 'AWS::ApiGatewayV2::';
const URI = 'arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:auth/invocations';
const authorizer = (protocol: unknown, properties: Record<string, unknown>, apiId: unknown = { Ref: 'Api' }) => ({
  Api: { Type: `${V2}Api`, Properties: { Name: 'a', ProtocolType: protocol, RouteSelectionExpression: '$request.body.action' } },
  Authorizer: { Type: `${V2}Authorizer`, Properties: { ApiId: apiId, Name: 'auth', AuthorizerUri: URI, ...properties } },
});
const lambda = (AuthorizerPayloadFormatVersion: unknown) => authorizer('HTTP', { AuthorizerType: 'REQUEST', AuthorizerPayloadFormatVersion });
const finding = [{ resource: 'Authorizer', path: 'AuthorizerPayloadFormatVersion' }];

expectRule(authorizerPayloadFormat, {
  valid: [
    ...validThrough('2.0', lambda, '1.0'),
    { name: 'HTTP REQUEST "1.0"', resources: lambda('1.0') },
    { name: 'HTTP REQUEST "2.0"', resources: lambda('2.0') },
    { name: 'HTTP REQUEST, a Ref', resources: lambda({ Ref: 'Version' }) },
    { name: 'HTTP REQUEST, an Fn::Sub', resources: lambda({ 'Fn::Sub': '${Major}.0' }) },
    { name: 'HTTP REQUEST, an Fn::GetAtt', resources: lambda({ 'Fn::GetAtt': ['Config', 'Version'] }) },
    { name: 'HTTP REQUEST, a CDK token', resources: lambda('${Token[TOKEN.12]}') },
    { name: 'HTTP JWT without it', resources: authorizer('HTTP', { AuthorizerType: 'JWT' }) },
    { name: 'WebSocket REQUEST without it', resources: authorizer('WEBSOCKET', { AuthorizerType: 'REQUEST' }) },
    { name: 'API protocol unknown, REQUEST without it', resources: authorizer({ Ref: 'Protocol' }, { AuthorizerType: 'REQUEST' }) },
    { name: 'ApiId of an imported API, REQUEST without it', resources: authorizer('HTTP', { AuthorizerType: 'REQUEST' }, 'a1b2c3d4e5') },
  ],
  invalid: [
    ...invalidThrough('3.0', '2.0', lambda, finding),
    { name: 'HTTP REQUEST missing', resources: authorizer('HTTP', { AuthorizerType: 'REQUEST' }), findings: finding },
    { name: 'HTTP REQUEST AWS::NoValue', resources: lambda({ Ref: 'AWS::NoValue' }), findings: finding },
    { name: 'HTTP REQUEST "3.0"', resources: lambda('3.0'), findings: finding },
    { name: 'HTTP REQUEST "2"', resources: lambda('2'), findings: finding },
    { name: 'HTTP REQUEST "", linked by Fn::GetAtt', resources: authorizer('HTTP', { AuthorizerType: 'REQUEST', AuthorizerPayloadFormatVersion: '' }, { 'Fn::GetAtt': ['Api', 'ApiId'] }), findings: finding },
  ],
});
