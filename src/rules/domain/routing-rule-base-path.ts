import { Rule } from '../rule';
import { basePathProblem } from './checks';
import { basePathsOf } from './conditions';

export const routingRuleBasePath: Rule = {
  id: 'routing-rule-base-path',
  severity: 'error',
  summary: 'A base-path condition is under 128 letters, digits and $-_.+!*\'()/, not starting or ending with a slash',
  references: ['RULE-009'],
  evidence: { kind: 'documented', source: 'DG:rest-api-routing-rules § Restrictions, § Match base path conditions' },
  check(model, report) {
    for (const rule of model.routingRules) {
      for (const { value, path } of basePathsOf(rule)) {
        const problem = basePathProblem(value);
        if (problem) report({ resource: rule, path, message: problem });
      }
    }
  },
};
