import { expectRule } from './rule-table';
import { vpcLinkTags } from '../../src/rules/domain/vpc-link-tags';

const link = (Tags: unknown) => ({ Link: { Type: 'AWS::ApiGatewayV2::VpcLink', Properties: { Name: 'l', SubnetIds: ['subnet-1'], Tags } } });

expectRule(vpcLinkTags, {
  valid: [
    { name: 'no tags', resources: link(undefined) },
    { name: 'ordinary tags', resources: link({ 'team': 'payments', 'cost-center': '42' }) },
  ],
  invalid: [
    { name: 'an empty key', resources: link({ '': 'x' }), findings: [{ resource: 'Link', path: 'Tags.' }] },
    { name: 'an aws: key', resources: link({ 'aws:cloudformation:stack-name': 'x' }), findings: [{ resource: 'Link', path: 'Tags.aws:cloudformation:stack-name' }] },
  ],
});
