import { Rule } from '../rule';
import { routingModeOf } from './helpers';

export const routingRuleRoutingMode: Rule = {
  id: 'routing-rule-routing-mode',
  severity: 'warning',
  summary: 'Routing rules of a domain name in API_MAPPING_ONLY mode (the default) are never evaluated',
  references: ['RULE-011'],
  evidence: { kind: 'documented', source: 'DG:apigateway-routing-rules-use (rules apply in the ROUTING_RULE_* modes)' },
  check(model, report) {
    for (const rule of model.routingRules) {
      const domain = rule.domainName;
      if (!domain || routingModeOf(domain) !== 'API_MAPPING_ONLY') continue;
      report({
        resource: rule,
        path: 'DomainNameArn',
        message: `domain name ${domain.logicalId} routes with API mappings only (RoutingMode ${domain.properties.RoutingMode === undefined ? 'absent, so API_MAPPING_ONLY' : 'API_MAPPING_ONLY'}), so this rule is ignored; expected RoutingMode ROUTING_RULE_THEN_API_MAPPING or ROUTING_RULE_ONLY`,
      });
    }
  },
};
