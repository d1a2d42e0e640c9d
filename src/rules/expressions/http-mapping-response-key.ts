import { parseHttpResponseKey } from '../../expressions/http-parameter-mapping';
import { Rule } from '../rule';
import { isProtocol, reportProblems, responseEntries } from './helpers';

export const httpMappingResponseKey: Rule = {
  id: 'http-mapping-response-key',
  severity: 'error',
  summary: 'HTTP response parameter mapping keys are append|overwrite|remove:header.<name> or overwrite:statuscode',
  references: ['HTTP-PM-003'],
  evidence: { kind: 'observed', source: 'PF:pf-apigwv2-response-parameter-action; hashicorp/terraform-provider-aws#17997' },
  check(model, report) {
    for (const integration of model.integrations) {
      if (!isProtocol(integration, 'HTTP')) continue;
      for (const e of responseEntries(integration)) {
        reportProblems(report, integration, e.keyPath, e.key, parseHttpResponseKey(e.key).problems);
      }
    }
  },
};
