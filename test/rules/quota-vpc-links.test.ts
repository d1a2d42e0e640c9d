import { many } from './quota-fixtures';
import { expectRule } from './rule-table';
import { quotaVpcLinks } from '../../src/rules/quota/quota-vpc-links';

const links = (count: number) => many(count, 'Link', 'AWS::ApiGatewayV2::VpcLink', i => ({ Name: `link${i}`, SubnetIds: ['subnet-1'] }));

expectRule(quotaVpcLinks, {
  valid: [
    { name: '10 VPC links, the default quota', resources: links(10) },
  ],
  invalid: [
    { name: '11 VPC links: the 11th is reported', resources: links(11), findings: [{ resource: 'Link10', path: '' }] },
  ],
});
