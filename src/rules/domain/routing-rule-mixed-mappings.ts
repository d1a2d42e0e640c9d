import { Rule } from '../rule';
import { mappedKindOf } from './helpers';

export const routingRuleMixedMappings: Rule = {
  id: 'routing-rule-mixed-mappings',
  severity: 'error',
  summary: 'Routing rules are not supported on a domain name whose API mappings target both REST and HTTP APIs',
  references: ['RULE-010'],
  evidence: { kind: 'documented', source: 'DG:rest-api-routing-mode § Considerations; DG:rest-api-routing-rules § Restrictions' },
  check(model, report) {
    for (const domain of model.domainNames) {
      if (domain.routingRules.length === 0) continue;
      const kinds = new Set(domain.apiMappings.map(m => mappedKindOf(model, m)));
      if (!(kinds.has('REST') && kinds.has('HTTP'))) continue;
      for (const rule of domain.routingRules) {
        report({
          resource: rule,
          path: 'DomainNameArn',
          message: `domain name ${domain.logicalId} has API mappings to both REST and HTTP APIs, and API Gateway does not support routing rules on such a domain; map only one kind of API, or route REST APIs with rules only`,
        });
      }
    }
  },
};
