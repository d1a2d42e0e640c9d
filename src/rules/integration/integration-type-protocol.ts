import { Protocol } from '../../model/nodes';
import { isPresent } from '../../model/value';
import { Rule } from '../rule';

const TYPES: Record<Protocol, string[]> = {
  HTTP: ['AWS_PROXY', 'HTTP_PROXY'],
  WEBSOCKET: ['AWS', 'AWS_PROXY', 'HTTP', 'HTTP_PROXY', 'MOCK'],
};

export const integrationTypeProtocol: Rule = {
  id: 'integration-type-protocol',
  severity: 'error',
  summary: 'IntegrationType is AWS_PROXY or HTTP_PROXY on HTTP APIs, and AWS, AWS_PROXY, HTTP, HTTP_PROXY or MOCK on WebSocket APIs',
  references: ['INT-001'],
  evidence: { kind: 'observed', source: 'aws/aws-cli#6363 ("an API with a protocol type of HTTP may only be associated with proxy integrations"); S003 L7482 CreateIntegrationInput.integrationType enum' },
  check(model, report) {
    for (const integration of model.integrations) {
      const protocol = integration.api?.protocol;
      const value = integration.properties.IntegrationType;
      if (!protocol) continue;
      const allowed = TYPES[protocol];
      if (!isPresent(value)) {
        report({ resource: integration, path: 'IntegrationType', message: `IntegrationType is missing; expected one of ${allowed.join(', ')}` });
        continue;
      }
      for (const { value: type, when } of model.values.strings(value)) {
        if (allowed.includes(type)) continue;
        report({
          resource: integration,
          path: 'IntegrationType',
          message: `IntegrationType is "${type}"${when}; ${protocol === 'HTTP' ? 'HTTP' : 'WebSocket'} APIs accept ${allowed.join(', ')}`,
        });
      }
    }
  },
};
