import { expectRule } from './rule-table';
import { mappingKeyUnique } from '../../src/rules/domain/mapping-key-unique';

const V2 = 'AWS::ApiGatewayV2::';
const domain = { Domain: { Type: `${V2}DomainName`, Properties: { DomainName: 'api.example.com' } } };
const map = (DomainName: unknown, ApiMappingKey?: unknown) => ({ Type: `${V2}ApiMapping`, Properties: { ApiId: 'abc123', DomainName, Stage: 'prod', ApiMappingKey } });

expectRule(mappingKeyUnique, {
  valid: [
    { name: 'different keys', resources: { ...domain, A: map({ Ref: 'Domain' }, 'orders'), B: map({ Ref: 'Domain' }, 'users') } },
    { name: 'a root and a key', resources: { ...domain, A: map({ Ref: 'Domain' }), B: map({ Ref: 'Domain' }, 'users') } },
    { name: 'the same key on two domains', resources: { ...domain, A: map({ Ref: 'Domain' }, 'v1'), B: map('other.example.com', 'v1') } },
    { name: 'keys that differ in case', resources: { ...domain, A: map({ Ref: 'Domain' }, 'Orders'), B: map({ Ref: 'Domain' }, 'orders') } },
    { name: 'a key that is a token', resources: { ...domain, A: map({ Ref: 'Domain' }, { Ref: 'K' }), B: map({ Ref: 'Domain' }, { Ref: 'K' }) } },
    { name: 'domains that are unknown', resources: { A: map({ 'Fn::ImportValue': 'D' }, 'v1'), B: map({ 'Fn::ImportValue': 'D' }, 'v1') } },
  ],
  invalid: [
    { name: 'two roots', resources: { ...domain, A: map({ Ref: 'Domain' }), B: map({ Ref: 'Domain' }) }, findings: [{ resource: 'B', path: 'ApiMappingKey' }] },
    { name: 'the same key', resources: { ...domain, A: map({ Ref: 'Domain' }, 'v1'), B: map({ Ref: 'Domain' }, 'v1'), C: map({ Ref: 'Domain' }, 'v1') }, findings: [{ resource: 'B', path: 'ApiMappingKey' }, { resource: 'C', path: 'ApiMappingKey' }] },
    { name: 'a Ref and the literal name of the same domain', resources: { ...domain, A: map({ Ref: 'Domain' }, 'v1'), B: map('api.example.com', 'v1') }, findings: [{ resource: 'B', path: 'ApiMappingKey' }] },
    { name: 'a domain of another stack named twice', resources: { A: map('api.example.com', 'v1'), B: map('API.example.com', 'v1') }, findings: [{ resource: 'B', path: 'ApiMappingKey' }] },
  ],
});
