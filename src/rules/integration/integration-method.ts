import { show } from '../../expressions/problem';
import { stringOf } from '../../model/value';
import { Rule } from '../rule';

/** The methods an integration can call its backend with; `ANY` passes the client's method on. */
const METHODS: readonly string[] = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS', 'ANY'];

export const integrationMethod: Rule = {
  id: 'integration-method',
  severity: 'warning',
  summary: 'IntegrationMethod is an HTTP method (GET, POST, PUT, PATCH, DELETE, HEAD, OPTIONS) or ANY',
  references: ['INT-010'],
  evidence: { kind: 'documented', source: 'SDK IntegrationMethod: StringWithLengthBetween1And64; S004 examples (--integration-method ANY); no service message seen for another value' },
  check(model, report) {
    for (const integration of model.integrations) {
      const method = stringOf(integration.properties.IntegrationMethod);
      // An empty method on an HTTP_PROXY integration is integration-method-required's finding.
      if (method === '' && stringOf(integration.properties.IntegrationType) === 'HTTP_PROXY') continue;
      // The case the service accepts is not documented: only a value that is no method in any case is reported.
      if (method === undefined || METHODS.includes(method.toUpperCase())) continue;
      report({ resource: integration, path: 'IntegrationMethod', message: `IntegrationMethod ${show(method)} is not an HTTP method; expected one of ${METHODS.join(', ')}` });
    }
  },
};
