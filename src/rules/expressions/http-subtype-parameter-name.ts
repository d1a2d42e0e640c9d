import { subtypeSpec } from '../../expressions/aws-service-subtypes';
import { show } from '../../expressions/problem';
import { mapOf, stringOf } from '../../model/value';
import { Rule } from '../rule';
import { isProtocol } from './helpers';

export const httpSubtypeParameterName: Rule = {
  id: 'http-subtype-parameter-name',
  severity: 'error',
  summary: 'AWS service integrations take only the request parameters of their subtype',
  references: ['INT-024'],
  evidence: { kind: 'documented', source: 'DG:http-api-develop-integrations-aws-services-reference (the parameters of each subtype)' },
  check(model, report) {
    for (const integration of model.integrations) {
      if (!isProtocol(integration, 'HTTP')) continue;
      const subtype = stringOf(integration.properties.IntegrationSubtype);
      const spec = subtype === undefined ? undefined : subtypeSpec(subtype);
      if (!spec) continue;
      for (const name of Object.keys(mapOf(integration.properties.RequestParameters) ?? {})) {
        if (spec.required.includes(name) || spec.optional.includes(name) || /\$\{Token\[/.test(name)) continue;
        const near = [...spec.required, ...spec.optional].find(p => p.toLowerCase() === name.toLowerCase());
        report({
          resource: integration,
          path: `RequestParameters.${name}`,
          message: `${show(name)} is not a parameter of ${spec.subtype}${near ? `; did you mean ${show(near)}?` : ''} Expected ${[...spec.required, ...spec.optional].join(', ')}`,
          line: 1,
          column: 1,
        });
      }
    }
  },
};
