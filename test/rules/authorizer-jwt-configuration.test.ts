import { expectRule } from './rule-table';
import { authorizerJwtConfiguration } from '../../src/rules/authorizer/authorizer-jwt-configuration';

const V2 = 'AWS::ApiGatewayV2::';
const ISSUER = 'https://cognito-idp.us-east-1.amazonaws.com/us-east-1_abc123';
const authorizer = (protocol: unknown, properties: Record<string, unknown>, apiId: unknown = { Ref: 'Api' }) => ({
  Api: { Type: `${V2}Api`, Properties: { Name: 'a', ProtocolType: protocol, RouteSelectionExpression: '$request.body.action' } },
  Authorizer: { Type: `${V2}Authorizer`, Properties: { ApiId: apiId, Name: 'auth', AuthorizerType: 'JWT', IdentitySource: ['$request.header.Authorization'], ...properties } },
});
const jwt = (JwtConfiguration: unknown) => authorizer('HTTP', { JwtConfiguration });
const audiences = (n: number) => Array.from({ length: n }, (_, i) => `client-${i}`);
const at = (path: string) => [{ resource: 'Authorizer', path }];

expectRule(authorizerJwtConfiguration, {
  valid: [
    { name: 'one audience and an https issuer', resources: jwt({ Audience: ['client'], Issuer: ISSUER }) },
    { name: '50 audiences', resources: jwt({ Audience: audiences(50), Issuer: ISSUER }) },
    { name: 'an issuer of 2048 characters', resources: jwt({ Audience: ['client'], Issuer: `https://issuer.example.com/${'a'.repeat(2048 - 27)}` }) },
    { name: 'JwtConfiguration from a Ref', resources: jwt({ Ref: 'Config' }) },
    { name: 'Audience from a Ref', resources: jwt({ Audience: { Ref: 'Audiences' }, Issuer: ISSUER }) },
    { name: 'Audience as a CDK list token', resources: jwt({ Audience: ['#{Token[TOKEN.12]}'], Issuer: ISSUER }) },
    { name: 'Issuer from an Fn::Sub', resources: jwt({ Audience: ['client'], Issuer: { 'Fn::Sub': 'https://cognito-idp.${AWS::Region}.amazonaws.com/${Pool}' } }) },
    { name: 'Issuer from an Fn::GetAtt', resources: jwt({ Audience: ['client'], Issuer: { 'Fn::GetAtt': ['Pool', 'ProviderURL'] } }) },
    { name: 'Issuer as a CDK token', resources: jwt({ Audience: ['client'], Issuer: 'https://cognito-idp.${Token[AWS.Region.4]}.amazonaws.com/${Token[TOKEN.12]}' }) },
    { name: 'a REQUEST authorizer without JwtConfiguration', resources: authorizer('HTTP', { AuthorizerType: 'REQUEST' }) },
    { name: 'a type from a Ref without JwtConfiguration', resources: authorizer('HTTP', { AuthorizerType: { Ref: 'Type' } }) },
    // JWT on a WebSocket API is authorizer-type-protocol's finding.
    { name: 'WebSocket JWT without JwtConfiguration', resources: authorizer('WEBSOCKET', {}) },
    { name: 'API protocol unknown, JWT without JwtConfiguration', resources: authorizer({ Ref: 'Protocol' }, {}) },
    { name: 'ApiId of an imported API, JWT without JwtConfiguration', resources: authorizer('HTTP', {}, 'a1b2c3d4e5') },
  ],
  invalid: [
    { name: 'JwtConfiguration missing', resources: authorizer('HTTP', {}), findings: at('JwtConfiguration') },
    { name: 'JwtConfiguration AWS::NoValue', resources: jwt({ Ref: 'AWS::NoValue' }), findings: at('JwtConfiguration') },
    { name: 'Audience empty', resources: jwt({ Audience: [], Issuer: ISSUER }), findings: at('JwtConfiguration.Audience') },
    { name: 'Audience missing', resources: jwt({ Issuer: ISSUER }), findings: at('JwtConfiguration.Audience') },
    { name: 'Audience AWS::NoValue', resources: jwt({ Audience: { Ref: 'AWS::NoValue' }, Issuer: ISSUER }), findings: at('JwtConfiguration.Audience') },
    { name: '51 audiences', resources: jwt({ Audience: audiences(51), Issuer: ISSUER }), findings: at('JwtConfiguration.Audience') },
    { name: 'Issuer missing', resources: jwt({ Audience: ['client'] }), findings: at('JwtConfiguration.Issuer') },
    { name: 'Issuer over http', resources: jwt({ Audience: ['client'], Issuer: 'http://issuer.example.com' }), findings: at('JwtConfiguration.Issuer') },
    { name: 'Issuer without a scheme', resources: jwt({ Audience: ['client'], Issuer: 'cognito-idp.us-east-1.amazonaws.com/us-east-1_abc123' }), findings: at('JwtConfiguration.Issuer') },
    { name: 'Issuer without a host', resources: jwt({ Audience: ['client'], Issuer: 'https://' }), findings: at('JwtConfiguration.Issuer') },
    { name: 'Issuer of 2049 characters', resources: jwt({ Audience: ['client'], Issuer: `https://issuer.example.com/${'a'.repeat(2049 - 27)}` }), findings: at('JwtConfiguration.Issuer') },
    {
      name: 'no audience and an http issuer, linked by Fn::GetAtt',
      resources: authorizer('HTTP', { JwtConfiguration: { Audience: [], Issuer: 'http://issuer.example.com' } }, { 'Fn::GetAtt': ['Api', 'ApiId'] }),
      findings: [{ resource: 'Authorizer', path: 'JwtConfiguration.Audience' }, { resource: 'Authorizer', path: 'JwtConfiguration.Issuer' }],
    },
  ],
});
