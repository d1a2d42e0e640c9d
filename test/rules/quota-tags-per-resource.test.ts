import { API, entries } from './quota-fixtures';
import { expectRule } from './rule-table';
import { quotaTagsPerResource } from '../../src/rules/quota/quota-tags-per-resource';

const stage = (tags: unknown) => ({ Stage: { Type: 'AWS::ApiGatewayV2::Stage', Properties: { ApiId: 'abc123', StageName: 'prod', Tags: tags } } });
const link = (tags: unknown) => ({ Link: { Type: 'AWS::ApiGatewayV2::VpcLink', Properties: { Name: 'link', SubnetIds: ['subnet-1'], Tags: tags } } });
const domain = (tags: unknown) => ({
  Domain: { Type: 'AWS::ApiGatewayV2::DomainName', Properties: { DomainName: 'api.example.com', DomainNameConfigurations: [{ CertificateArn: 'arn:aws:acm:us-east-1:123456789012:certificate/abc', EndpointType: 'REGIONAL' }], Tags: tags } },
});

expectRule(quotaTagsPerResource, {
  valid: [
    { name: '50 tags on an API, the quota', resources: API('HTTP', { Tags: entries(50) }) },
    { name: '50 tags on a stage', resources: stage(entries(50)) },
    { name: 'tags that are unknown', resources: stage({ 'Fn::GetAtt': ['Tags', 'Map'] }) },
  ],
  invalid: [
    { name: '51 tags on an API', resources: API('HTTP', { Tags: entries(51) }), findings: [{ resource: 'Api', path: 'Tags' }] },
    { name: '51 tags on a stage', resources: stage(entries(51)), findings: [{ resource: 'Stage', path: 'Tags' }] },
    { name: '51 tags on a VPC link', resources: link(entries(51)), findings: [{ resource: 'Link', path: 'Tags' }] },
    { name: '51 tags on a domain name', resources: domain(entries(51)), findings: [{ resource: 'Domain', path: 'Tags' }] },
  ],
});
