import { stringOf } from '../../model/value';
import { Rule } from '../rule';
import { routingModeProblem } from './checks';

export const domainRoutingMode: Rule = {
  id: 'domain-routing-mode',
  severity: 'error',
  summary: 'RoutingMode is API_MAPPING_ONLY, ROUTING_RULE_THEN_API_MAPPING or ROUTING_RULE_ONLY',
  references: ['DOMAIN-012'],
  evidence: { kind: 'documented', source: 'S003 L5195 RoutingMode enum' },
  check(model, report) {
    for (const domain of model.domainNames) {
      const mode = stringOf(domain.properties.RoutingMode);
      const problem = mode === undefined ? undefined : routingModeProblem(mode);
      if (problem) report({ resource: domain, path: 'RoutingMode', message: problem });
    }
  },
};
