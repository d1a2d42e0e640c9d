import { TEMPLATE_RULE_SEVERITY } from '../../vtl/analyze';
import { Rule } from '../rule';
import { reportIssues } from './templates';

export const templateJsonPath: Rule = {
  id: 'template-jsonpath',
  severity: TEMPLATE_RULE_SEVERITY['template-jsonpath'],
  summary: 'The JSONPath argument of $input.json() and $input.path() parses',
  references: ['VTL-005'],
  check(model, report) {
    reportIssues('template-jsonpath', model, report);
  },
};
