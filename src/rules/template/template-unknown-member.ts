import { TEMPLATE_RULE_SEVERITY } from '../../vtl/analyze';
import { Rule } from '../rule';
import { reportIssues } from './templates';

export const templateUnknownMember: Rule = {
  id: 'template-unknown-member',
  severity: TEMPLATE_RULE_SEVERITY['template-unknown-member'],
  summary: '$input, $util and $context members exist in the mapping-template reference',
  references: ['VTL-006', 'VTL-007', 'VTL-008'],
  evidence: { kind: 'inferred', source: 'VTL-006, VTL-007, VTL-008: members outside S001; deploys' },
  check(model, report) {
    reportIssues('template-unknown-member', model, report);
  },
};
