import { show } from '../../expressions/problem';
import { stringOf } from '../../model/value';
import { Rule } from '../rule';

export const integrationResponseKeyUnique: Rule = {
  id: 'integration-response-key-unique',
  severity: 'warning',
  summary: 'No two integration responses of one integration share an IntegrationResponseKey',
  references: ['IR-004'],
  evidence: { kind: 'inferred', source: 'IR-004: deploy error unknown (a ConflictException is likely, not recorded)' },
  check(model, report) {
    for (const integration of model.integrations) {
      if (integration.api?.protocol === 'HTTP') continue;
      const first = new Map<string, string>();
      for (const response of integration.integrationResponses) {
        const key = stringOf(response.properties.IntegrationResponseKey);
        if (key === undefined) continue;
        const earlier = first.get(key);
        if (earlier === undefined) {
          first.set(key, response.logicalId);
          continue;
        }
        report({ resource: response, path: 'IntegrationResponseKey', message: `integration response key ${show(key)} is already used by ${earlier} on the same integration; expected each key once per integration` });
      }
    }
  },
};
