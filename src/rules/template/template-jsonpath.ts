import { TEMPLATE_RULE_SEVERITY } from '../../vtl/analyze';
import { Rule } from '../rule';
import { reportIssues } from './templates';

export const templateJsonPath: Rule = {
  id: 'template-jsonpath',
  severity: TEMPLATE_RULE_SEVERITY['template-jsonpath'],
  summary: 'The JSONPath argument of $input.json() and $input.path() parses',
  references: ['VTL-005'],
  evidence: { kind: 'documented', source: 'S001 § $input ($input.json(x) and $input.path(x) take a JSONPath expression)' },
  check(model, report) {
    reportIssues('template-jsonpath', model, report);
  },
};
