import { arrayOf, isPresent, isUnknown } from '../../model/value';
import { Rule } from '../rule';

export const vpcLinkSubnets: Rule = {
  id: 'vpc-link-subnets',
  severity: 'error',
  summary: 'A VPC link lists at least one subnet',
  references: ['VPCL-002'],
  evidence: { kind: 'observed', source: 'PF:pf-apigwv2-vpc-link-subnets-required' },
  check(model, report) {
    for (const link of model.vpcLinks) {
      const value = link.properties.SubnetIds;
      if (isUnknown(value)) continue;
      const subnets = arrayOf(value);
      if (isPresent(value) && (!subnets || subnets.length > 0)) continue;
      report({ resource: link, path: 'SubnetIds', message: `${isPresent(value) ? 'SubnetIds is empty' : 'SubnetIds is missing'}; a VPC link needs at least one subnet (API Gateway: "SubnetIds for a vpc link cannot be empty")` });
    }
  },
};
