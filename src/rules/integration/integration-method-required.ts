import { isPresent, stringOf } from '../../model/value';
import { Rule } from '../rule';

export const integrationMethodRequired: Rule = {
  id: 'integration-method-required',
  severity: 'error',
  summary: 'An HTTP_PROXY integration has an IntegrationMethod',
  references: ['INT-009'],
  evidence: { kind: 'observed', source: 'PF:pf-apigwv2-http-proxy-integration-method (service message "HttpMethod parameter method must be specified for integrationType HTTPPROXY")' },
  check(model, report) {
    for (const integration of model.integrations) {
      const p = integration.properties;
      // An unknown IntegrationMethod (a Ref, an Fn::If) counts as present.
      if (stringOf(p.IntegrationType) !== 'HTTP_PROXY' || (isPresent(p.IntegrationMethod) && p.IntegrationMethod !== '')) continue;
      report({ resource: integration, path: 'IntegrationMethod', message: 'IntegrationMethod is missing; an HTTP_PROXY integration needs the HTTP method to call its backend with (for example ANY, to pass the client\'s method on)' });
    }
  },
};
