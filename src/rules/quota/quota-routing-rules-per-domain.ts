import { Rule } from '../rule';
import { quotaMessage, ROUTING_RULES_PER_DOMAIN } from './quota';

export const quotaRoutingRulesPerDomain: Rule = {
  id: 'quota-routing-rules-per-domain',
  severity: 'warning',
  summary: 'A domain name has at most 50 routing rules, the default (adjustable) quota',
  references: ['QUOTA-010'],
  evidence: { kind: 'documented', source: 'DG:api-gateway-execution-service-limits-table ("Routing rules per domain 50", adjustable)' },
  check(model, report) {
    for (const domain of model.domainNames) {
      if (domain.routingRules.length <= ROUTING_RULES_PER_DOMAIN.limit) continue;
      report({ resource: domain, path: '', message: quotaMessage(ROUTING_RULES_PER_DOMAIN, domain.routingRules.length, 'routing rules in this template belong to the domain name') });
    }
  },
};
