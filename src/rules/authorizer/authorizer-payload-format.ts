import { isPresent } from '../../model/value';
import { Rule } from '../rule';
import { isHttpLambdaAuthorizer } from './authorizer-kind';

const VERSIONS = ['1.0', '2.0'];

export const authorizerPayloadFormat: Rule = {
  id: 'authorizer-payload-format',
  severity: 'error',
  summary: 'A Lambda (REQUEST) authorizer of an HTTP API sets AuthorizerPayloadFormatVersion to "1.0" or "2.0"',
  references: ['AUTH-010'],
  evidence: { kind: 'observed', source: 'PF:pf-apigwv2-request-authorizer-payload-version' },
  check(model, report) {
    for (const authorizer of model.authorizers) {
      if (!isHttpLambdaAuthorizer(authorizer)) continue;
      const raw = authorizer.properties.AuthorizerPayloadFormatVersion;
      if (!isPresent(raw)) {
        report({ resource: authorizer, path: 'AuthorizerPayloadFormatVersion', message: 'AuthorizerPayloadFormatVersion is missing; HTTP API Lambda authorizers require "1.0" or "2.0"' });
        continue;
      }
      for (const { value: version, when } of model.values.strings(raw)) {
        if (VERSIONS.includes(version)) continue;
        report({ resource: authorizer, path: 'AuthorizerPayloadFormatVersion', message: `AuthorizerPayloadFormatVersion is "${version}"${when}; expected "1.0" or "2.0"` });
      }
    }
  },
};
