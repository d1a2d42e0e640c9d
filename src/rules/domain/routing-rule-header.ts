import { Rule } from '../rule';
import { headerGlobProblem, headerNameProblem } from './checks';
import { headerMatchesOf } from './conditions';

export const routingRuleHeader: Rule = {
  id: 'routing-rule-header',
  severity: 'error',
  summary: 'A header condition names a header API Gateway lets rules match, with a value glob that has "*" only at its start or end',
  references: ['RULE-007', 'RULE-008'],
  evidence: { kind: 'documented', source: 'S003 L11204 RoutingRuleMatchHeaderValue; DG:rest-api-routing-rules § Restrictions' },
  check(model, report) {
    for (const rule of model.routingRules) {
      for (const { header, glob } of headerMatchesOf(rule)) {
        const nameProblem = header ? headerNameProblem(header.value) : undefined;
        if (header && nameProblem) report({ resource: rule, path: header.path, message: nameProblem });
        const globProblem = glob ? headerGlobProblem(glob.value) : undefined;
        if (glob && globProblem) report({ resource: rule, path: glob.path, message: globProblem });
      }
    }
  },
};
