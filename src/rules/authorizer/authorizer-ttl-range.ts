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
      for (const { value: ttl, when } of model.values.numbers(authorizer.properties.AuthorizerResultTtlInSeconds)) {
        if (Number.isInteger(ttl) && ttl >= 0 && ttl <= MAX_TTL_SECONDS) continue;
        report({ resource: authorizer, path: 'AuthorizerResultTtlInSeconds', message: `AuthorizerResultTtlInSeconds is ${ttl}${when}; expected an integer from 0 to ${MAX_TTL_SECONDS} seconds` });
      }
    }
  },
};
