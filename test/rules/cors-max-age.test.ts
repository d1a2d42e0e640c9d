import { expectRule } from './rule-table';
import { corsMaxAge } from '../../src/rules/api/cors-max-age';

const api = (maxAge: unknown, protocol = 'HTTP') => ({ Api: { Type: 'AWS::ApiGatewayV2::Api', Properties: { Name: 'a', ProtocolType: protocol, CorsConfiguration: { MaxAge: maxAge } } } });
const at = [{ resource: 'Api', path: 'CorsConfiguration.MaxAge' }];

expectRule(corsMaxAge, {
  valid: [
    { name: '-1 (no caching)', resources: api(-1) },
    { name: '0', resources: api(0) },
    { name: '86400', resources: api(86_400) },
    { name: 'the string "600"', resources: api('600') },
    { name: 'unknown', resources: api({ Ref: 'Age' }) },
    { name: 'a WebSocket API', resources: api(100_000, 'WEBSOCKET') },
  ],
  invalid: [
    { name: '86401', resources: api(86_401), findings: at },
    { name: '-2', resources: api(-2), findings: at },
    { name: 'a fraction', resources: api(1.5), findings: at },
  ],
});
