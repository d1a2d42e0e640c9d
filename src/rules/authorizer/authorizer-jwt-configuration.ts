import { arrayOf, isPresent, isUnknown, mapOf, stringOf } from '../../model/value';
import { Rule } from '../rule';
import { authorizerType } from './authorizer-kind';

/** DG: http-api-quotas "Audiences per authorizer 50", not adjustable. */
const MAX_AUDIENCES = 50;

export const authorizerJwtConfiguration: Rule = {
  id: 'authorizer-jwt-configuration',
  severity: 'error',
  summary: 'A JWT authorizer has a JwtConfiguration with 1 to 50 audiences and an https issuer URL',
  references: ['AUTH-003', 'AUTH-004', 'AUTH-005'],
  evidence: { kind: 'observed', source: 'PF:pf-apigwv2-jwt-authorizer-config; PF:pf-apigwv2-jwt-audience-required; PF:pf-apigwv2-jwt-issuer-https' },
  check(model, report) {
    for (const authorizer of model.authorizers) {
      // JWT authorizers exist only on HTTP APIs; on a WebSocket API the type is the finding (authorizer-type-protocol).
      if (authorizer.api?.protocol !== 'HTTP' || authorizerType(authorizer) !== 'JWT') continue;
      const raw = authorizer.properties.JwtConfiguration;
      if (!isPresent(raw)) {
        report({ resource: authorizer, path: 'JwtConfiguration', message: 'JwtConfiguration is missing; a JWT authorizer needs an Issuer (https URL) and an Audience list' });
        continue;
      }
      const config = mapOf(raw);
      if (!config) continue;

      const audience = config.Audience;
      const audiences = arrayOf(audience);
      if (!isPresent(audience) || (audiences !== undefined && audiences.length === 0)) {
        report({ resource: authorizer, path: 'JwtConfiguration.Audience', message: 'JwtConfiguration.Audience is empty; a JWT authorizer needs at least one audience (the client id or the API identifier the tokens are issued for)' });
      } else if (audiences !== undefined && audiences.length > MAX_AUDIENCES) {
        report({ resource: authorizer, path: 'JwtConfiguration.Audience', message: `JwtConfiguration.Audience has ${audiences.length} entries; at most ${MAX_AUDIENCES} are allowed` });
      }

      const issuerRaw = config.Issuer;
      if (!isPresent(issuerRaw)) {
        report({ resource: authorizer, path: 'JwtConfiguration.Issuer', message: 'JwtConfiguration.Issuer is missing; expected the https URL of the token issuer, e.g. https://cognito-idp.<region>.amazonaws.com/<user pool id>' });
        continue;
      }
      const issuer = stringOf(issuerRaw);
      if (issuer === undefined || isUnknown(issuerRaw)) continue;
      if (!isHttpsUrl(issuer)) {
        report({ resource: authorizer, path: 'JwtConfiguration.Issuer', message: `JwtConfiguration.Issuer is "${issuer}"; expected an absolute https:// URL of at most 2048 characters` });
      }
    }
  },
};

function isHttpsUrl(value: string): boolean {
  if (value.length > 2048 || !value.startsWith('https://')) return false;
  try {
    return new URL(value).hostname.length > 0;
  } catch {
    return false;
  }
}
