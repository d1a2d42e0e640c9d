import { TEMPLATE_RULE_SEVERITY } from '../../vtl/analyze';
import { Rule } from '../rule';
import { reportIssues } from './templates';

export const templateFunctionArity: Rule = {
  id: 'template-function-arity',
  severity: TEMPLATE_RULE_SEVERITY['template-function-arity'],
  summary: '$input and $util functions get the number of arguments they take',
  references: ['VTL-006', 'VTL-007'],
  evidence: { kind: 'inferred', source: 'VTL-006, VTL-007: a call Velocity cannot match renders nothing; the request is not failed' },
  check(model, report) {
    reportIssues('template-function-arity', model, report);
  },
};
