import { expectRule } from './rule-table';
import { corsAllowMethods } from '../../src/rules/api/cors-allow-methods';

const api = (methods: unknown) => ({ Api: { Type: 'AWS::ApiGatewayV2::Api', Properties: { Name: 'orders', ProtocolType: 'HTTP', CorsConfiguration: { AllowOrigins: ['https://example.com'], AllowMethods: methods } } } });

expectRule(corsAllowMethods, {
  valid: [
    { name: 'methods and *', resources: api(['GET', 'POST', '*']) },
    { name: 'a 64-character entry', resources: api(['A'.repeat(64)]) },
    { name: 'unknown entries', resources: api([{ Ref: 'Method' }]) },
  ],
  invalid: [
    { name: 'an empty entry', resources: api(['GET', '']), findings: [{ resource: 'Api', path: 'CorsConfiguration.AllowMethods[1]' }] },
    { name: 'a 65-character entry', resources: api(['A'.repeat(65)]), findings: [{ resource: 'Api', path: 'CorsConfiguration.AllowMethods[0]' }] },
  ],
});
