import { expectRule } from './rule-table';
import { vpcLinkSubnetQuota } from '../../src/rules/domain/vpc-link-subnet-quota';

const subnets = (n: number) => Array.from({ length: n }, (_, i) => `subnet-${i}`);
const link = (SubnetIds: unknown) => ({ Link: { Type: 'AWS::ApiGatewayV2::VpcLink', Properties: { Name: 'l', SubnetIds } } });

expectRule(vpcLinkSubnetQuota, {
  valid: [
    { name: '10 subnets', resources: link(subnets(10)) },
    { name: 'a list from a parameter', resources: link({ Ref: 'Subnets' }) },
  ],
  invalid: [
    { name: '11 subnets', resources: link(subnets(11)), findings: [{ resource: 'Link', path: 'SubnetIds' }] },
  ],
});
