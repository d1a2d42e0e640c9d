import { stringOf } from '../../model/value';
import { Rule } from '../rule';
import { mappingKeyProblem } from './checks';

export const mappingKey: Rule = {
  id: 'mapping-key',
  severity: 'error',
  summary: 'ApiMappingKey has at most 300 letters, digits and $-_.+!*\'(), with single "/" between levels for HTTP APIs only',
  references: ['MAP-003', 'MAP-004', 'MAP-005', 'MAP-006'],
  check(model, report) {
    for (const mapping of model.apiMappings) {
      const key = stringOf(mapping.properties.ApiMappingKey);
      const problem = key === undefined ? undefined : mappingKeyProblem(key, mapping.api?.protocol === 'WEBSOCKET');
      if (problem) report({ resource: mapping, path: 'ApiMappingKey', message: problem });
    }
  },
};
