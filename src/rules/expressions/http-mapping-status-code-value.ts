import { checkStatusCodeValue } from '../../expressions/http-parameter-mapping';
import { Rule } from '../rule';
import { isProtocol, reportProblems, responseEntries } from './helpers';

export const httpMappingStatusCodeValue: Rule = {
  id: 'http-mapping-status-code-value',
  severity: 'warning',
  summary: 'overwrite:statuscode takes a status code from 100 to 599, or a variable',
  references: ['HTTP-PM-005'],
  evidence: { kind: 'inferred', source: 'HTTP-PM-005: S004 shows "403" as an example only; deploy error unknown' },
  check(model, report) {
    for (const integration of model.integrations) {
      if (!isProtocol(integration, 'HTTP')) continue;
      for (const e of responseEntries(integration)) {
        if (e.key !== 'overwrite:statuscode') continue;
        reportProblems(report, integration, e.valuePath, e.value, checkStatusCodeValue(e.value));
      }
    }
  },
};
