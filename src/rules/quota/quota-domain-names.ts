import { Rule } from '../rule';
import { DOMAINS_PER_REGION, quotaMessage } from './quota';

export const quotaDomainNames: Rule = {
  id: 'quota-domain-names',
  severity: 'warning',
  summary: 'A template defines at most 120 custom domain names, the default (adjustable) quota per account and Region',
  references: ['QUOTA-008'],
  evidence: { kind: 'documented', source: 'DG:http-api-quotas ("Custom domains per account per Region 120", adjustable)' },
  check(model, report) {
    // One template deploys to one account and Region: its own domains alone already reach the quota.
    if (model.domainNames.length <= DOMAINS_PER_REGION.limit) return;
    const over = model.domainNames[DOMAINS_PER_REGION.limit];
    report({ resource: over, path: '', message: quotaMessage(DOMAINS_PER_REGION, model.domainNames.length, 'custom domain names in this template') });
  },
};
