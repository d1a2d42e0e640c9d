import { subtypeSpec } from '../../expressions/aws-service-subtypes';
import { show } from '../../expressions/problem';
import { isPresent, mapOf, stringOf } from '../../model/value';
import { Rule } from '../rule';
import { isProtocol } from './helpers';

export const httpSubtypeRequiredParameter: Rule = {
  id: 'http-subtype-required-parameter',
  severity: 'error',
  summary: 'AWS service integrations map every request parameter their subtype requires',
  references: ['INT-023'],
  evidence: { kind: 'observed', source: 'PF:pf-apigwv2-integration-subtype-required-parameters' },
  check(model, report) {
    for (const integration of model.integrations) {
      if (!isProtocol(integration, 'HTTP')) continue;
      const subtype = stringOf(integration.properties.IntegrationSubtype);
      const spec = subtype === undefined ? undefined : subtypeSpec(subtype);
      if (!spec) continue;
      const raw = integration.properties.RequestParameters;
      const params = isPresent(raw) ? mapOf(raw) : {};
      if (!params) continue; // unknown map
      const missing = spec.required.filter(name => !(name in params));
      if (missing.length === 0) continue;
      report({
        resource: integration,
        path: 'RequestParameters',
        message: `subtype ${show(spec.subtype)} requires ${missing.join(', ')} in RequestParameters (required: ${spec.required.join(', ')})`,
      });
    }
  },
};
