import { isPresent, numberOf } from '../../model/value';
import { Rule } from '../rule';
import { priorityProblem } from './checks';

export const routingRulePriority: Rule = {
  id: 'routing-rule-priority',
  severity: 'error',
  summary: 'A routing rule has an integer Priority from 1 to 1,000,000',
  references: ['RULE-003'],
  evidence: { kind: 'documented', source: 'S003 L11164 RoutingRuleInput.priority ("Priority values 1-1,000,000 are supported")' },
  check(model, report) {
    for (const rule of model.routingRules) {
      const value = rule.properties.Priority;
      if (!isPresent(value)) {
        report({ resource: rule, path: 'Priority', message: 'Priority is missing; expected an integer from 1 to 1,000,000' });
        continue;
      }
      const priority = numberOf(value);
      const problem = priority === undefined ? undefined : priorityProblem(priority);
      if (problem) report({ resource: rule, path: 'Priority', message: problem });
    }
  },
};
