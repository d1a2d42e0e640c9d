import { stringOf } from '../../model/value';
import { mappingsByDomain } from '../domain/helpers';
import { Rule } from '../rule';
import { MULTI_LEVEL_MAPPINGS_PER_DOMAIN, quotaMessage } from './quota';
import { unconditional } from '../conditions';

export const quotaMultiLevelMappings: Rule = {
  id: 'quota-multi-level-mappings',
  severity: 'error',
  summary: 'A domain name has at most 200 multi-level API mappings (keys with a slash), a fixed quota',
  references: ['QUOTA-007'],
  evidence: { kind: 'documented', source: 'DG:http-api-quotas ("Multi-level API mappings per domain 200", not adjustable; "This limit doesn\'t include API mapping with single levels")' },
  check(model, report) {
    for (const mappings of mappingsByDomain(model)) {
      // Only literal keys with a slash count: single-level and unknown keys leave the count a lower bound.
      // Mappings under a Condition may not be created: they are left out too.
      const multiLevel = unconditional(mappings).filter(m => stringOf(m.properties.ApiMappingKey)?.includes('/'));
      if (multiLevel.length <= MULTI_LEVEL_MAPPINGS_PER_DOMAIN.limit) continue;
      const over = multiLevel[MULTI_LEVEL_MAPPINGS_PER_DOMAIN.limit];
      report({ resource: over, path: 'ApiMappingKey', message: quotaMessage(MULTI_LEVEL_MAPPINGS_PER_DOMAIN, multiLevel.length, 'multi-level API mappings in this template name the same domain') });
    }
  },
};
