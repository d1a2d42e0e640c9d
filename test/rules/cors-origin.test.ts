import { expectRule } from './rule-table';
import { corsOrigin } from '../../src/rules/api/cors-origin';

const api = (origins: unknown, protocol = 'HTTP') => ({ Api: { Type: 'AWS::ApiGatewayV2::Api', Properties: { Name: 'a', ProtocolType: protocol, CorsConfiguration: { AllowOrigins: origins } } } });

expectRule(corsOrigin, {
  valid: [
    { name: '"*"', resources: api(['*']) },
    { name: 'origins with and without port', resources: api(['https://app.example.com', 'http://localhost:3000']) },
    { name: 'an unknown entry and an unknown list', resources: { ...api([{ Ref: 'Origin' }, '${Token[TOKEN.1]}']), B: { Type: 'AWS::ApiGatewayV2::Api', Properties: { Name: 'b', ProtocolType: 'HTTP', CorsConfiguration: { AllowOrigins: { Ref: 'L' } } } } } },
    { name: 'a WebSocket API', resources: api(['example.com/'], 'WEBSOCKET') },
  ],
  invalid: [
    { name: 'a trailing slash', resources: api(['*', 'https://app.example.com/']), findings: [{ resource: 'Api', path: 'CorsConfiguration.AllowOrigins[1]' }] },
    { name: 'no scheme, and a path', resources: api(['app.example.com', 'https://example.com/app']), findings: [{ resource: 'Api', path: 'CorsConfiguration.AllowOrigins[0]' }, { resource: 'Api', path: 'CorsConfiguration.AllowOrigins[1]' }] },
  ],
});

test('cors-origin is a warning: the API deploys, browsers refuse', () => {
  expect(corsOrigin.severity).toBe('warning');
});
