import { TEMPLATE_RULE_SEVERITY } from '../../vtl/analyze';
import { Rule } from '../rule';
import { reportIssues } from './templates';

export const templateQuotedJson: Rule = {
  id: 'template-quoted-json',
  severity: TEMPLATE_RULE_SEVERITY['template-quoted-json'],
  summary: '$input.json(...) is not wrapped in quotes',
  references: [],
  evidence: { kind: 'inferred', source: 'S001 $input.json returns JSON text; deploys' },
  check(model, report) {
    reportIssues('template-quoted-json', model, report);
  },
};
