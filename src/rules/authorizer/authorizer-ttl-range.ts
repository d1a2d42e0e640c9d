import { numberOf } from '../../model/value';
import { Rule } from '../rule';

/** S003 authorizerResultTtlInSeconds: "The maximum value is 3600". */
const MAX_TTL_SECONDS = 3600;

export const authorizerTtlRange: Rule = {
  id: 'authorizer-ttl-range',
  severity: 'error',
  summary: 'AuthorizerResultTtlInSeconds is an integer from 0 to 3,600',
  references: ['AUTH-015'],
  evidence: { kind: 'observed', source: 'PF:pf-apigwv2-authorizer-ttl-range' },
  check(model, report) {
    for (const authorizer of model.authorizers) {
      // On WebSocket APIs the property itself is the finding (protocol-unsupported-property).
      if (authorizer.api?.protocol !== 'HTTP') continue;
      const ttl = numberOf(authorizer.properties.AuthorizerResultTtlInSeconds);
      if (ttl === undefined || (Number.isInteger(ttl) && ttl >= 0 && ttl <= MAX_TTL_SECONDS)) continue;
      report({ resource: authorizer, path: 'AuthorizerResultTtlInSeconds', message: `AuthorizerResultTtlInSeconds is ${ttl}; expected an integer from 0 to ${MAX_TTL_SECONDS} seconds` });
    }
  },
};
