import { expectRule } from './rule-table';
import { vpcLinkSubnets } from '../../src/rules/domain/vpc-link-subnets';

const link = (SubnetIds: unknown) => ({ Link: { Type: 'AWS::ApiGatewayV2::VpcLink', Properties: { Name: 'l', SubnetIds } } });
const finding = [{ resource: 'Link', path: 'SubnetIds' }];

expectRule(vpcLinkSubnets, {
  valid: [
    { name: 'one subnet', resources: link(['subnet-1']) },
    { name: 'subnets from Refs', resources: link([{ Ref: 'A' }, { Ref: 'B' }]) },
    { name: 'a list from a parameter', resources: link({ Ref: 'Subnets' }) },
    { name: 'a CDK list token', resources: link('#{Token[TOKEN.3]}') },
  ],
  invalid: [
    { name: 'missing', resources: link(undefined), findings: finding },
    { name: 'empty', resources: link([]), findings: finding },
  ],
});
