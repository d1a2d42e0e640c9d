import { stringOf } from '../../model/value';
import { Rule } from '../rule';
import { mappingKeyShapeProblem } from './checks';

export const mappingKeyShape: Rule = {
  id: 'mapping-key-shape',
  severity: 'warning',
  summary: 'ApiMappingKey is not empty and joins its levels with single slashes, without a slash at either end',
  references: ['MAP-005'],
  evidence: { kind: 'inferred', source: 'MAP-005: tooling precedent only (aws/aws-cdk#9141; CDK EmptyStringApiMappingKey); deploy error unknown' },
  check(model, report) {
    for (const mapping of model.apiMappings) {
      const key = stringOf(mapping.properties.ApiMappingKey);
      const problem = key === undefined ? undefined : mappingKeyShapeProblem(key, mapping.api?.protocol === 'WEBSOCKET');
      if (problem) report({ resource: mapping, path: 'ApiMappingKey', message: problem });
    }
  },
};
