import { expectRule } from './rule-table';
import { authorizerLambdaUri } from '../../src/rules/authorizer/authorizer-lambda-uri';

const V2 = 'AWS::ApiGatewayV2::';
const URI = 'arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:auth/invocations';
const authorizer = (protocol: unknown, properties: Record<string, unknown>, apiId: unknown = { Ref: 'Api' }) => ({
  Api: { Type: `${V2}Api`, Properties: { Name: 'a', ProtocolType: protocol, RouteSelectionExpression: '$request.body.action' } },
  Authorizer: { Type: `${V2}Authorizer`, Properties: { ApiId: apiId, Name: 'auth', ...properties } },
});
const finding = [{ resource: 'Authorizer', path: 'AuthorizerUri' }];

expectRule(authorizerLambdaUri, {
  valid: [
    { name: 'HTTP REQUEST with a URI', resources: authorizer('HTTP', { AuthorizerType: 'REQUEST', AuthorizerUri: URI }) },
    { name: 'WebSocket REQUEST with a URI', resources: authorizer('WEBSOCKET', { AuthorizerType: 'REQUEST', AuthorizerUri: URI }) },
    { name: 'a URI from an Fn::Join', resources: authorizer('HTTP', { AuthorizerType: 'REQUEST', AuthorizerUri: { 'Fn::Join': ['', ['arn:aws:apigateway:', { Ref: 'AWS::Region' }, ':lambda:path/2015-03-31/functions/', { 'Fn::GetAtt': ['Fn', 'Arn'] }, '/invocations']] } }) },
    { name: 'a URI from an Fn::Sub', resources: authorizer('HTTP', { AuthorizerType: 'REQUEST', AuthorizerUri: { 'Fn::Sub': 'arn:aws:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${Fn.Arn}/invocations' } }) },
    { name: 'a URI that is a CDK token', resources: authorizer('HTTP', { AuthorizerType: 'REQUEST', AuthorizerUri: '${Token[TOKEN.12]}' }) },
    { name: 'JWT without a URI', resources: authorizer('HTTP', { AuthorizerType: 'JWT', JwtConfiguration: { Issuer: 'https://issuer.example.com', Audience: ['a'] } }) },
    { name: 'a type from a Ref, without a URI', resources: authorizer('HTTP', { AuthorizerType: { Ref: 'Type' } }) },
  ],
  invalid: [
    { name: 'HTTP REQUEST without a URI', resources: authorizer('HTTP', { AuthorizerType: 'REQUEST', AuthorizerPayloadFormatVersion: '2.0' }), findings: finding },
    { name: 'WebSocket REQUEST without a URI', resources: authorizer('WEBSOCKET', { AuthorizerType: 'REQUEST' }), findings: finding },
    { name: 'REQUEST with a URI of AWS::NoValue', resources: authorizer('HTTP', { AuthorizerType: 'REQUEST', AuthorizerUri: { Ref: 'AWS::NoValue' } }), findings: finding },
    // Both protocols require it, so it holds when the API is imported too.
    { name: 'ApiId of an imported API, REQUEST without a URI', resources: authorizer('HTTP', { AuthorizerType: 'REQUEST' }, 'a1b2c3d4e5'), findings: finding },
  ],
});
