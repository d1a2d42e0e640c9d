import { expectRule } from './rule-table';
import { corsCredentialsWildcard } from '../../src/rules/api/cors-credentials-wildcard';

const api = (cors: unknown, protocol = 'HTTP') => ({ Api: { Type: 'AWS::ApiGatewayV2::Api', Properties: { Name: 'a', ProtocolType: protocol, CorsConfiguration: cors } } });

expectRule(corsCredentialsWildcard, {
  valid: [
    { name: 'credentials with listed origins', resources: api({ AllowCredentials: true, AllowOrigins: ['https://app.example.com'] }) },
    { name: 'a wildcard without credentials', resources: api({ AllowCredentials: false, AllowOrigins: ['*'] }) },
    { name: 'a wildcard, credentials absent', resources: api({ AllowOrigins: ['*'] }) },
    { name: 'unknown origins', resources: api({ AllowCredentials: true, AllowOrigins: { Ref: 'Origins' } }) },
    { name: 'an unknown flag', resources: api({ AllowCredentials: { Ref: 'Creds' }, AllowOrigins: ['*'] }) },
    { name: 'an unknown configuration', resources: api({ 'Fn::If': ['C', {}, {}] }) },
    { name: 'a WebSocket API (protocol-unsupported-property reports it)', resources: api({ AllowCredentials: true, AllowOrigins: ['*'] }, 'WEBSOCKET') },
  ],
  invalid: [
    { name: 'credentials with "*"', resources: api({ AllowCredentials: true, AllowOrigins: ['https://a.example.com', '*'] }), findings: [{ resource: 'Api', path: 'CorsConfiguration.AllowCredentials' }] },
    { name: 'the string "true" with "*" on an imported API', resources: { Api: { Type: 'AWS::ApiGatewayV2::Api', Properties: { Body: {}, CorsConfiguration: { AllowCredentials: 'true', AllowOrigins: ['*'] } } } }, findings: [{ resource: 'Api', path: 'CorsConfiguration.AllowCredentials' }] },
  ],
});
