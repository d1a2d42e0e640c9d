import { isPresent } from '../../model/value';
import { Rule } from '../rule';

export const integrationPayloadFormatRequired: Rule = {
  id: 'integration-payload-format-required',
  severity: 'error',
  summary: 'Every HTTP API integration sets PayloadFormatVersion',
  references: ['INT-002'],
  evidence: { kind: 'documented', source: 'S003 L7482 CreateIntegrationInput.payloadFormatVersion ("Required for HTTP APIs"); DG:http-api-develop-integrations-lambda ("you must specify a payloadFormatVersion")' },
  check(model, report) {
    for (const integration of model.integrations) {
      if (integration.api?.protocol !== 'HTTP' || isPresent(integration.properties.PayloadFormatVersion)) continue;
      report({
        resource: integration,
        path: 'PayloadFormatVersion',
        message: 'PayloadFormatVersion is missing; HTTP API integrations require it: "2.0" or "1.0" for Lambda proxy, "1.0" for HTTP_PROXY and AWS service integrations',
      });
    }
  },
};
