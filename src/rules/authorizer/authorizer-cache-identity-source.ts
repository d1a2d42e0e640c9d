import { arrayOf, isPresent, isUnknown, numberOf } from '../../model/value';
import { Rule } from '../rule';
import { isHttpLambdaAuthorizer } from './authorizer-kind';

export const authorizerCacheIdentitySource: Rule = {
  id: 'authorizer-cache-identity-source',
  severity: 'error',
  summary: 'A Lambda authorizer that caches results (AuthorizerResultTtlInSeconds > 0) has at least one identity source',
  references: ['AUTH-016'],
  evidence: { kind: 'observed', source: 'PF:pf-apigwv2-authorizer-ttl-identity-source' },
  check(model, report) {
    for (const authorizer of model.authorizers) {
      if (!isHttpLambdaAuthorizer(authorizer)) continue;
      const ttl = numberOf(authorizer.properties.AuthorizerResultTtlInSeconds);
      if (ttl === undefined || ttl <= 0) continue;
      const source = authorizer.properties.IdentitySource;
      if (isUnknown(source)) continue;
      const entries = arrayOf(source);
      if (isPresent(source) && (entries === undefined || entries.length > 0)) continue;
      report({
        resource: authorizer,
        path: 'IdentitySource',
        message: `the authorizer caches results for ${ttl} s but has no IdentitySource; caching needs at least one (e.g. "$request.header.Authorization"), or set AuthorizerResultTtlInSeconds to 0`,
      });
    }
  },
};
