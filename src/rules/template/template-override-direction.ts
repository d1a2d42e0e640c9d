import { TEMPLATE_RULE_SEVERITY } from '../../vtl/analyze';
import { Rule } from '../rule';
import { reportIssues } from './templates';

export const templateOverrideDirection: Rule = {
  id: 'template-override-direction',
  severity: TEMPLATE_RULE_SEVERITY['template-override-direction'],
  summary: 'A response template does not assign $context.requestOverride.*',
  references: ['VTL-010'],
  evidence: { kind: 'inferred', source: 'VTL-010: S002 lists requestOverride for request templates; what a response template\'s assignment does is not documented' },
  check(model, report) {
    reportIssues('template-override-direction', model, report);
  },
};
