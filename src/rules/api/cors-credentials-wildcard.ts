import { arrayOf, booleanOf, stringOf } from '../../model/value';
import { Rule } from '../rule';
import { corsOf } from './cors';

/**
 * What is wrong with credentials allowed for these origins, or undefined. Shared with `HttpApi` and its
 * OpenAPI document check, which throw it.
 */
export function corsCredentialsProblem(allowCredentials: boolean, origins: readonly string[]): string | undefined {
  if (!allowCredentials || !origins.includes('*')) return undefined;
  return 'AllowCredentials is true with the origin "*"; API Gateway rejects credentials with a wildcard origin ("allow-credentials is not supported if \'allow-origin\' is *"): list the allowed origins';
}

export const corsCredentialsWildcard: Rule = {
  id: 'cors-credentials-wildcard',
  severity: 'error',
  summary: 'CORS AllowCredentials is not true while AllowOrigins holds "*"',
  references: ['CORS-001'],
  evidence: { kind: 'observed', source: 'PF:pf-apigwv2-cors-credentials-wildcard; aws/aws-cdk#9076' },
  check(model, report) {
    for (const api of model.apis) {
      const cors = corsOf(api);
      if (!cors || booleanOf(cors.AllowCredentials) !== true) continue;
      const origins = (arrayOf(cors.AllowOrigins) ?? []).map(stringOf).filter((o): o is string => o !== undefined);
      const problem = corsCredentialsProblem(true, origins);
      if (problem) report({ resource: api, path: 'CorsConfiguration.AllowCredentials', message: problem });
    }
  },
};
