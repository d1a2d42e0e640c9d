import { TEMPLATE_RULE_SEVERITY } from '../../vtl/analyze';
import { Rule } from '../rule';
import { reportIssues } from './templates';

export const templateOverrideTwice: Rule = {
  id: 'template-override-twice',
  severity: TEMPLATE_RULE_SEVERITY['template-override-twice'],
  summary: 'No path through a template assigns the same override parameter twice',
  references: ['VTL-012'],
  evidence: { kind: 'documented', source: 'S002 § Considerations ("Trying to override the same parameter multiple times will result in 5XX responses")' },
  check(model, report) {
    reportIssues('template-override-twice', model, report);
  },
};
