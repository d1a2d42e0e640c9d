import { isPresent, stringOf } from '../../model/value';
import { Rule } from '../rule';
import { mappingsByDomain } from './helpers';

export const mappingKeyUnique: Rule = {
  id: 'mapping-key-unique',
  severity: 'error',
  summary: 'No two API mappings of one domain name share a mapping key (or both map the root)',
  references: ['MAP-008'],
  evidence: { kind: 'documented', source: 'S003 L1098 ApiMapping ("the paths can\'t overlap")' },
  check(model, report) {
    for (const group of mappingsByDomain(model)) {
      const first = new Map<string, string>();
      for (const mapping of group) {
        const value = mapping.properties.ApiMappingKey;
        const key = isPresent(value) ? stringOf(value) : '';
        if (key === undefined) continue;
        const previous = first.get(key);
        if (previous === undefined) {
          first.set(key, mapping.logicalId);
          continue;
        }
        const what = key === '' ? 'the root of the domain (no ApiMappingKey)' : `the key "${key}"`;
        report({ resource: mapping, path: 'ApiMappingKey', message: `${what} is already mapped by ${previous} on the same domain name; expected a key unique to this domain` });
      }
    }
  },
};
