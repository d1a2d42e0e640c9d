import { parseIntegrationResponseParameter } from '../../expressions/websocket-mapping';
import { Rule } from '../rule';
import { literalEntries, reportProblems } from './helpers';

export const wsIntegrationResponseParameter: Rule = {
  id: 'ws-integration-response-parameter',
  severity: 'error',
  summary: 'Integration response parameters map method.response.header.<name> from integration.response.header|body or a quoted static value',
  references: ['IR-006'],
  evidence: { kind: 'documented', source: 'S003 L7049 CreateIntegrationResponseInput.responseParameters (key and value forms)' },
  check(model, report) {
    for (const ir of model.integrationResponses) {
      if (ir.api?.protocol !== 'WEBSOCKET') continue;
      for (const e of literalEntries(ir.properties.ResponseParameters, 'ResponseParameters')) {
        const { keyProblems, valueProblems } = parseIntegrationResponseParameter(e.key, e.value);
        reportProblems(report, ir, e.path, e.key, keyProblems);
        reportProblems(report, ir, e.path, e.value, valueProblems);
      }
    }
  },
};
