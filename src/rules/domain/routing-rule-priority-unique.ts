import { RoutingRuleNode } from '../../model/nodes';
import { numberOf, stringOf } from '../../model/value';
import { Rule } from '../rule';

export const routingRulePriorityUnique: Rule = {
  id: 'routing-rule-priority-unique',
  severity: 'error',
  summary: 'No two routing rules of one domain name share a priority',
  references: ['RULE-003'],
  evidence: { kind: 'documented', source: 'S003 L11164 RoutingRuleInput.priority ("Rules can\'t have the same priority")' },
  check(model, report) {
    // Rules of a domain of this template, or naming the same literal domain ARN.
    const groups = new Map<unknown, RoutingRuleNode[]>();
    for (const rule of model.routingRules) {
      const key = rule.domainName ?? stringOf(rule.properties.DomainNameArn);
      if (key === undefined) continue;
      groups.set(key, [...(groups.get(key) ?? []), rule]);
    }
    for (const group of groups.values()) {
      const first = new Map<number, string>();
      for (const rule of group) {
        const priority = numberOf(rule.properties.Priority);
        if (priority === undefined) continue;
        const previous = first.get(priority);
        if (previous === undefined) {
          first.set(priority, rule.logicalId);
          continue;
        }
        report({ resource: rule, path: 'Priority', message: `Priority ${priority} is already taken by routing rule ${previous} of the same domain name; expected a priority unique to this domain` });
      }
    }
  },
};
