import { parseIntegrationResponseKey } from '../../expressions/selection-expressions';
import { stringOf } from '../../model/value';
import { Rule } from '../rule';
import { reportProblems } from './helpers';

export const integrationResponseKey: Rule = {
  id: 'integration-response-key',
  severity: 'error',
  summary: 'IntegrationResponseKey is $default or /regex/ with a valid Java regular expression',
  references: ['IR-003'],
  evidence: { kind: 'documented', source: 'S003 L7049 CreateIntegrationResponseInput.integrationResponseKey (Required); DG:apigateway-websocket-api-integration-responses ($default or /regex/)' },
  check(model, report) {
    for (const ir of model.integrationResponses) {
      if (ir.api?.protocol !== 'WEBSOCKET') continue;
      const key = stringOf(ir.properties.IntegrationResponseKey);
      if (key === undefined) continue;
      reportProblems(report, ir, 'IntegrationResponseKey', key, parseIntegrationResponseKey(key).problems);
    }
  },
};
