import { Rule } from '../rule';

export const mappingRoutingMode: Rule = {
  id: 'mapping-routing-mode',
  severity: 'warning',
  summary: 'A domain name in ROUTING_RULE_ONLY mode takes no API mappings',
  references: ['DOMAIN-012'],
  evidence: { kind: 'inferred', source: 'DOMAIN-012: DG:rest-api-routing-mode describes the modes; a rejection of API mappings under ROUTING_RULE_ONLY is not documented' },
  check(model, report) {
    for (const mapping of model.apiMappings) {
      const domain = mapping.domainName;
      if (!domain || domain.properties.RoutingMode !== 'ROUTING_RULE_ONLY') continue;
      report({
        resource: mapping,
        path: 'DomainName',
        message: `domain name ${domain.logicalId} has RoutingMode ROUTING_RULE_ONLY, which takes no API mappings (and HTTP and WebSocket APIs are reachable only through API mappings); expected ROUTING_RULE_THEN_API_MAPPING or API_MAPPING_ONLY on the domain`,
      });
    }
  },
};
