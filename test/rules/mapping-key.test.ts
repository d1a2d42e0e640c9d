import { expectRule } from './rule-table';
import { mappingKey } from '../../src/rules/domain/mapping-key';
import { mappingKeyShape } from '../../src/rules/domain/mapping-key-shape';

const V2 = 'AWS::ApiGatewayV2::';
const mapping = (ApiMappingKey: unknown, protocol: string | undefined = 'HTTP') => ({
  Api: { Type: `${V2}Api`, Properties: { Name: 'a', ProtocolType: protocol } },
  Mapping: { Type: `${V2}ApiMapping`, Properties: { ApiId: { Ref: 'Api' }, DomainName: 'api.example.com', Stage: 'prod', ApiMappingKey } },
});
const finding = [{ resource: 'Mapping', path: 'ApiMappingKey' }];

expectRule(mappingKey, {
  valid: [
    { name: 'absent (the root)', resources: mapping(undefined) },
    { name: 'a single level', resources: mapping('orders') },
    { name: 'every allowed character', resources: mapping("a-Z_0.9+$!*'()") },
    { name: 'multi-level for HTTP', resources: mapping('orders/v2/items') },
    { name: 'multi-level when the protocol is unknown', resources: mapping('orders/v2', undefined) },
    { name: '300 characters', resources: mapping('k'.repeat(300)) },
    { name: 'single-level for WebSocket', resources: mapping('chat', 'WEBSOCKET') },
    { name: 'a Ref', resources: mapping({ Ref: 'Key' }) },
    // Shapes only tools refuse: mapping-key-shape, a warning
    { name: 'an empty string', resources: mapping('') },
    { name: 'a leading slash', resources: mapping('/orders') },
  ],
  invalid: [
    { name: '301 characters', resources: mapping('k'.repeat(301)), findings: finding },
    { name: 'a space', resources: mapping('my orders'), findings: finding },
    { name: 'a comma', resources: mapping('a,b'), findings: finding },
    { name: 'multi-level for WebSocket', resources: mapping('chat/v2', 'WEBSOCKET'), findings: finding },
  ],
});

expectRule(mappingKeyShape, {
  valid: [
    { name: 'absent (the root)', resources: mapping(undefined) },
    { name: 'multi-level for HTTP', resources: mapping('orders/v2/items') },
    { name: 'a key mapping-key refuses (a space)', resources: mapping('/my orders') },
    { name: 'multi-level for WebSocket (mapping-key reports it)', resources: mapping('/chat', 'WEBSOCKET') },
    { name: 'a Ref', resources: mapping({ Ref: 'Key' }) },
  ],
  invalid: [
    { name: 'an empty string', resources: mapping(''), findings: finding },
    { name: 'a leading slash', resources: mapping('/orders'), findings: finding },
    { name: 'a trailing slash', resources: mapping('orders/'), findings: finding },
    { name: 'a double slash', resources: mapping('orders//v2'), findings: finding },
    { name: 'just a slash', resources: mapping('/'), findings: finding },
  ],
});
