import { TEMPLATE_RULE_SEVERITY } from '../../vtl/analyze';
import { Rule } from '../rule';
import { reportIssues } from './templates';

export const templateEscapeJavaScriptJson: Rule = {
  id: 'template-escape-javascript-json',
  severity: TEMPLATE_RULE_SEVERITY['template-escape-javascript-json'],
  summary: '$util.escapeJavaScript(...) inside a JSON string is followed by .replaceAll("\\\\\'","\'")',
  references: ['VTL-016'],
  evidence: { kind: 'documented', source: 'S001 ($util.escapeJavaScript row: "\\\'" is not valid JSON)' },
  check(model, report) {
    reportIssues('template-escape-javascript-json', model, report);
  },
};
