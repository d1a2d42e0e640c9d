import { expectRule } from './rule-table';
import { corsAllowMethodsKnown } from '../../src/rules/api/cors-allow-methods-known';

const api = (methods: unknown, protocol = 'HTTP') => ({ Api: { Type: 'AWS::ApiGatewayV2::Api', Properties: { Name: 'orders', ProtocolType: protocol, CorsConfiguration: { AllowOrigins: ['https://example.com'], AllowMethods: methods } } } });

expectRule(corsAllowMethodsKnown, {
  valid: [
    { name: 'every method and *', resources: api(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS', '*']) },
    { name: 'lower case', resources: api(['get']) },
    { name: 'an empty entry (cors-allow-methods)', resources: api(['']) },
    { name: 'a WebSocket API (protocol-unsupported-property)', resources: api(['FETCH'], 'WEBSOCKET') },
  ],
  invalid: [
    { name: 'ANY', resources: api(['GET', 'ANY']), findings: [{ resource: 'Api', path: 'CorsConfiguration.AllowMethods[1]' }] },
    { name: 'a comma-separated list in one entry', resources: api(['GET,POST']), findings: [{ resource: 'Api', path: 'CorsConfiguration.AllowMethods[0]' }] },
  ],
});
