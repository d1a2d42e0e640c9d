import { TEMPLATE_RULE_SEVERITY } from '../../vtl/analyze';
import { Rule } from '../rule';
import { reportIssues } from './templates';

export const templateSyntax: Rule = {
  id: 'template-syntax',
  severity: TEMPLATE_RULE_SEVERITY['template-syntax'],
  summary: 'The template parses as Velocity (balanced #if/#foreach/#end, valid directives and references)',
  references: ['VTL-004'],
  check(model, report) {
    reportIssues('template-syntax', model, report);
  },
};
