import { arrayOf } from '../../model/value';
import { Rule } from '../rule';
import { VPC_LINK_SUBNET_QUOTA } from './checks';

export const vpcLinkSubnetQuota: Rule = {
  id: 'vpc-link-subnet-quota',
  severity: 'warning',
  summary: 'A VPC link lists at most 10 subnets, the default quota',
  references: ['VPCL-003'],
  evidence: { kind: 'documented', source: 'DG:http-api-quotas ("Subnets per VPC link 10", adjustable)' },
  check(model, report) {
    for (const link of model.vpcLinks) {
      const subnets = arrayOf(link.properties.SubnetIds);
      if (!subnets || subnets.length <= VPC_LINK_SUBNET_QUOTA) continue;
      report({ resource: link, path: 'SubnetIds', message: `${subnets.length} subnets; the default quota is ${VPC_LINK_SUBNET_QUOTA} subnets per VPC link (raise it first, or the deployment fails)` });
    }
  },
};
