import { AWS_SERVICE_SUBTYPES, closestSubtype, subtypeSpec } from '../../expressions/aws-service-subtypes';
import { show } from '../../expressions/problem';
import { stringOf } from '../../model/value';
import { Rule } from '../rule';
import { isProtocol } from './helpers';

export const httpSubtypeKnown: Rule = {
  id: 'http-subtype-known',
  severity: 'error',
  summary: 'An HTTP integration\'s IntegrationSubtype is one of the ten supported AWS service actions, on an AWS_PROXY integration',
  references: ['INT-021'],
  evidence: { kind: 'observed', source: 'PF:pf-apigwv2-integration-subtype-known' },
  check(model, report) {
    for (const integration of model.integrations) {
      const subtype = stringOf(integration.properties.IntegrationSubtype);
      if (subtype === undefined) continue;
      // On WebSocket APIs the property itself is protocol-unsupported-property's finding.
      if (!isProtocol(integration, 'HTTP')) continue;
      const type = stringOf(integration.properties.IntegrationType);
      if (type !== undefined && type !== 'AWS_PROXY') {
        report({ resource: integration, path: 'IntegrationType', message: `IntegrationSubtype needs IntegrationType AWS_PROXY; got ${show(type)}` });
      }
      if (!subtypeSpec(subtype)) {
        const near = closestSubtype(subtype);
        report({
          resource: integration,
          path: 'IntegrationSubtype',
          message: `${show(subtype)} is not an integration subtype${near ? `; did you mean ${show(near)}?` : ''} Expected one of ${AWS_SERVICE_SUBTYPES.map(s => s.subtype).join(', ')}`,
        });
      }
    }
  },
};
