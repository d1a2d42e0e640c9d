import { Rule } from '../rule';
import { quotaMessage, VPC_LINKS_PER_REGION } from './quota';

export const quotaVpcLinks: Rule = {
  id: 'quota-vpc-links',
  severity: 'warning',
  summary: 'A template defines at most 10 VPC links, the default (adjustable) quota per account and Region',
  references: ['QUOTA-009'],
  evidence: { kind: 'documented', source: 'DG:http-api-quotas ("VPC links per account per Region 10", adjustable)' },
  check(model, report) {
    if (model.vpcLinks.length <= VPC_LINKS_PER_REGION.limit) return;
    const over = model.vpcLinks[VPC_LINKS_PER_REGION.limit];
    report({ resource: over, path: '', message: quotaMessage(VPC_LINKS_PER_REGION, model.vpcLinks.length, 'VPC links in this template') });
  },
};
