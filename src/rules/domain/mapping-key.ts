import { stringOf } from '../../model/value';
import { Rule } from '../rule';
import { mappingKeyProblem } from './checks';

export const mappingKey: Rule = {
  id: 'mapping-key',
  severity: 'error',
  summary: 'ApiMappingKey has at most 300 letters, digits and $-_.+!*\'(), and "/" only for HTTP APIs',
  references: ['MAP-003', 'MAP-004', 'MAP-006'],
  evidence: { kind: 'observed', source: 'MAP-003 service message ("An ApiMapping key may contain only letters, numbers and one of $-_.+!*\'()"); DG:http-api-mappings § Restrictions (300 characters)' },
  check(model, report) {
    for (const mapping of model.apiMappings) {
      const key = stringOf(mapping.properties.ApiMappingKey);
      const problem = key === undefined ? undefined : mappingKeyProblem(key, mapping.api?.protocol === 'WEBSOCKET');
      if (problem) report({ resource: mapping, path: 'ApiMappingKey', message: problem });
    }
  },
};
