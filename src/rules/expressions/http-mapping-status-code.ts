import { parseResponseStatusKey } from '../../expressions/http-parameter-mapping';
import { mapOf } from '../../model/value';
import { Rule } from '../rule';
import { isProtocol, reportProblems } from './helpers';

export const httpMappingStatusCode: Rule = {
  id: 'http-mapping-status-code',
  severity: 'error',
  summary: 'HTTP response parameters are grouped by status codes 200 to 599',
  references: ['HTTP-PM-004'],
  evidence: { kind: 'observed', source: 'PF:pf-apigwv2-response-parameter-status-code' },
  check(model, report) {
    for (const integration of model.integrations) {
      if (!isProtocol(integration, 'HTTP')) continue;
      const groups = mapOf(integration.properties.ResponseParameters);
      for (const status of Object.keys(groups ?? {})) {
        if (/\$\{Token\[/.test(status)) continue;
        reportProblems(report, integration, `ResponseParameters.${status}`, status, parseResponseStatusKey(status).problems);
      }
    }
  },
};
