import { expectRule } from './rule-table';
import { vpcLinkName } from '../../src/rules/domain/vpc-link-name';

const link = (Name: unknown) => ({ Link: { Type: 'AWS::ApiGatewayV2::VpcLink', Properties: { Name, SubnetIds: ['subnet-1'] } } });
const finding = [{ resource: 'Link', path: 'Name' }];

expectRule(vpcLinkName, {
  valid: [
    { name: '1 character', resources: link('l') },
    { name: '128 characters', resources: link('l'.repeat(128)) },
    { name: 'a Ref', resources: link({ Ref: 'Name' }) },
  ],
  invalid: [
    { name: 'missing', resources: link(undefined), findings: finding },
    { name: 'empty', resources: link(''), findings: finding },
    { name: '129 characters', resources: link('l'.repeat(129)), findings: finding },
  ],
});
