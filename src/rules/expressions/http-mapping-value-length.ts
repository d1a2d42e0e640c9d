import { MAX_MAPPING_VALUE_LENGTH } from '../../expressions/http-parameter-mapping';
import { Rule } from '../rule';
import { isProtocol, literalEntries, responseEntries } from './helpers';

export const httpMappingValueLength: Rule = {
  id: 'http-mapping-value-length',
  severity: 'error',
  summary: 'HTTP parameter mapping values have 1 to 512 characters (remove: keys may use an empty value or \'\')',
  references: ['HTTP-PM-013', 'INT-030'],
  evidence: { kind: 'documented', source: 'SDK IntegrationParameters values StringWithLengthBetween1And512' },
  check(model, report) {
    for (const integration of model.integrations) {
      if (!isProtocol(integration, 'HTTP')) continue;
      const entries = [
        ...literalEntries(integration.properties.RequestParameters, 'RequestParameters').map(e => ({ key: e.key, value: e.value, path: e.path })),
        ...responseEntries(integration).map(e => ({ key: e.key, value: e.value, path: e.valuePath })),
      ];
      for (const e of entries) {
        // aws-cdk-lib writes "" for remove: mappings; the service stores a placeholder either way.
        if (e.value.length === 0 && e.key.startsWith('remove:')) continue;
        if (e.value.length >= 1 && e.value.length <= MAX_MAPPING_VALUE_LENGTH) continue;
        report({
          resource: integration,
          path: e.path,
          message: `the value has ${e.value.length} characters; expected 1 to ${MAX_MAPPING_VALUE_LENGTH}`,
          line: 1,
          column: e.value.length === 0 ? 1 : MAX_MAPPING_VALUE_LENGTH + 1,
        });
      }
    }
  },
};
