import { TEMPLATE_RULE_SEVERITY } from '../../vtl/analyze';
import { Rule } from '../rule';
import { reportIssues } from './templates';

export const templateSyntax: Rule = {
  id: 'template-syntax',
  severity: TEMPLATE_RULE_SEVERITY['template-syntax'],
  summary: 'The template parses as Velocity (balanced #if/#foreach/#end, valid directives and references)',
  references: ['VTL-004'],
  evidence: { kind: 'documented', source: 'S001 (a mapping template is a VTL script); VTL-004 (a template that does not parse fails every request with 5XX)' },
  check(model, report) {
    reportIssues('template-syntax', model, report);
  },
};
