import { parseHttpRequestValue, parseHttpResponseValue } from '../../expressions/http-parameter-mapping';
import { Rule } from '../rule';
import { isProtocol, literalEntries, reportProblems, responseEntries } from './helpers';

export const httpMappingBodyJsonPath: Rule = {
  id: 'http-mapping-body-jsonpath',
  severity: 'error',
  summary: 'Body paths in HTTP parameter mapping use JSONPath without recursive descent or filter expressions',
  references: ['HTTP-PM-009'],
  evidence: { kind: 'documented', source: 'S004 ("Recursive descent ... and filter expressions ... aren\'t supported")' },
  check(model, report) {
    for (const integration of model.integrations) {
      if (!isProtocol(integration, 'HTTP')) continue;
      for (const e of literalEntries(integration.properties.RequestParameters, 'RequestParameters')) {
        reportProblems(report, integration, e.path, e.value, parseHttpRequestValue(e.value).problems, ['jsonpath-*']);
      }
      for (const e of responseEntries(integration)) {
        reportProblems(report, integration, e.valuePath, e.value, parseHttpResponseValue(e.value).problems, ['jsonpath-*']);
      }
    }
  },
};
