import { many } from './quota-fixtures';
import { expectRule } from './rule-table';
import { quotaMultiLevelMappings } from '../../src/rules/quota/quota-multi-level-mappings';

const mappings = (count: number, key: (i: number) => string, domain: unknown = 'api.example.com') =>
  many(count, 'Mapping', 'AWS::ApiGatewayV2::ApiMapping', i => ({ ApiId: 'abc123', DomainName: domain, Stage: 'prod', ApiMappingKey: key(i) }));

expectRule(quotaMultiLevelMappings, {
  valid: [
    { name: '200 multi-level mappings, the quota', resources: mappings(200, i => `v1/r${i}`) },
    { name: '201 single-level mappings (they do not count)', resources: mappings(201, i => `r${i}`) },
    { name: '201 multi-level mappings on unknown domains', resources: mappings(201, i => `v1/r${i}`, { Ref: 'Domain' }) },
  ],
  invalid: [
    { name: '201 multi-level mappings on one domain: the 201st is reported', resources: mappings(201, i => `v1/r${i}`), findings: [{ resource: 'Mapping200', path: 'ApiMappingKey' }] },
  ],
});
