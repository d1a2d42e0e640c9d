import { TEMPLATE_RULE_SEVERITY } from '../../vtl/analyze';
import { Rule } from '../rule';
import { reportIssues } from './templates';

export const templateOverrideReservedHeader: Rule = {
  id: 'template-override-reserved-header',
  severity: TEMPLATE_RULE_SEVERITY['template-override-reserved-header'],
  summary: 'An override does not set a header API Gateway sets itself for the connection',
  references: ['VTL-010'],
  evidence: { kind: 'inferred', source: 'VTL-010: S002 override reference; deploys' },
  check(model, report) {
    reportIssues('template-override-reserved-header', model, report);
  },
};
