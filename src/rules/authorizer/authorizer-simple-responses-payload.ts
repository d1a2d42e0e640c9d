import { booleanOf, isPresent, stringOf } from '../../model/value';
import { Rule } from '../rule';

export const authorizerSimpleResponsesPayload: Rule = {
  id: 'authorizer-simple-responses-payload',
  severity: 'error',
  summary: 'EnableSimpleResponses is set only on Lambda authorizers with AuthorizerPayloadFormatVersion "2.0"',
  references: ['AUTH-011'],
  evidence: { kind: 'observed', source: 'PF:pf-apigwv2-simple-responses-payload-version' },
  check(model, report) {
    for (const authorizer of model.authorizers) {
      // On WebSocket APIs the property itself is the finding (protocol-unsupported-property).
      if (authorizer.api?.protocol !== 'HTTP') continue;
      const p = authorizer.properties;
      if (booleanOf(p.EnableSimpleResponses) !== true) continue;
      const version = stringOf(p.AuthorizerPayloadFormatVersion);
      if (version === '2.0' || (version === undefined && isPresent(p.AuthorizerPayloadFormatVersion))) continue;
      report({
        resource: authorizer,
        path: 'EnableSimpleResponses',
        message: `EnableSimpleResponses is true with AuthorizerPayloadFormatVersion ${version === undefined ? 'missing' : `"${version}"`}; simple responses need payload format "2.0"`,
      });
    }
  },
};
