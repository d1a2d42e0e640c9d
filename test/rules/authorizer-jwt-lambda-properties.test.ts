import { child, HTTP_API } from './catalogue-fixtures';
import { expectRule } from './rule-table';
import { authorizerJwtLambdaProperties } from '../../src/rules/authorizer/authorizer-jwt-lambda-properties';

const jwt = (props: Record<string, unknown>) => ({
  ...HTTP_API,
  ...child('Authorizer', 'Authorizer', { AuthorizerType: 'JWT', Name: 'jwt', IdentitySource: ['$request.header.Authorization'], JwtConfiguration: { Issuer: 'https://issuer.example.com', Audience: ['orders'] }, ...props }),
});

expectRule(authorizerJwtLambdaProperties, {
  valid: [
    { name: 'a JWT authorizer', resources: jwt({}) },
    { name: 'a property that may be AWS::NoValue', resources: jwt({ AuthorizerResultTtlInSeconds: { 'Fn::If': ['Lambda', 300, { Ref: 'AWS::NoValue' }] } }) },
    { name: 'AWS::NoValue', resources: jwt({ AuthorizerUri: { Ref: 'AWS::NoValue' } }) },
    { name: 'a REQUEST authorizer with them', resources: { ...HTTP_API, ...child('Authorizer', 'Authorizer', { AuthorizerType: 'REQUEST', Name: 'l', AuthorizerUri: 'arn:aws:apigateway:us-east-1:lambda:path/x', AuthorizerPayloadFormatVersion: '2.0', EnableSimpleResponses: true }) } },
  ],
  invalid: [
    { name: 'a Lambda URI and payload format on a JWT authorizer', resources: jwt({ AuthorizerUri: 'arn:aws:apigateway:us-east-1:lambda:path/x', AuthorizerPayloadFormatVersion: '2.0' }), findings: [{ resource: 'Authorizer', path: 'AuthorizerUri' }, { resource: 'Authorizer', path: 'AuthorizerPayloadFormatVersion' }] },
    { name: 'a TTL on a JWT authorizer', resources: jwt({ AuthorizerResultTtlInSeconds: 300 }), findings: [{ resource: 'Authorizer', path: 'AuthorizerResultTtlInSeconds' }] },
    { name: 'simple responses and a role on a JWT authorizer', resources: jwt({ EnableSimpleResponses: false, AuthorizerCredentialsArn: 'arn:aws:iam::123456789012:role/r' }), findings: [{ resource: 'Authorizer', path: 'AuthorizerCredentialsArn' }, { resource: 'Authorizer', path: 'EnableSimpleResponses' }] },
  ],
});
