import { arrayOf, isPresent, stringOf } from '../../model/value';
import { Rule } from '../rule';

/** DG:http-api-quotas "Scopes per route: 10" (not adjustable); SDK `StringWithLengthBetween1And64[]`. */
export const MAX_AUTHORIZATION_SCOPES = 10;
export const MAX_AUTHORIZATION_SCOPE_LENGTH = 64;

/** What is wrong with scopes on a route of this authorization type, or undefined. Shared with `HttpRoute`. */
export function scopesAuthorizationProblem(authorizationType: string, scopeCount: number): string | undefined {
  if (scopeCount === 0 || authorizationType === 'JWT') return undefined;
  return `the route has ${scopeCount} authorization scope(s) with AuthorizationType ${authorizationType}; scopes apply to JWT authorization only`;
}

export function scopeCountProblem(count: number): string | undefined {
  if (count <= MAX_AUTHORIZATION_SCOPES) return undefined;
  return `the route has ${count} authorization scopes; at most ${MAX_AUTHORIZATION_SCOPES} are allowed`;
}

export function scopeProblem(scope: string): string | undefined {
  if (scope.length >= 1 && scope.length <= MAX_AUTHORIZATION_SCOPE_LENGTH) return undefined;
  return `the authorization scope "${scope}" has ${scope.length} characters; expected 1 to ${MAX_AUTHORIZATION_SCOPE_LENGTH}`;
}

export const routeAuthorizationScopes: Rule = {
  id: 'route-authorization-scopes',
  severity: 'error',
  summary: 'AuthorizationScopes are set only with JWT authorization, at most 10 per route, each of 1 to 64 characters',
  references: ['ROUTE-012', 'ROUTE-013'],
  evidence: { kind: 'observed', source: 'PF:pf-apigwv2-route-authorization-scopes-jwt; DG:http-api-quotas (10 scopes); SDK StringWithLengthBetween1And64' },
  check(model, report) {
    for (const route of model.routes) {
      const scopes = arrayOf(route.properties.AuthorizationScopes);
      if (!scopes || scopes.length === 0) continue;
      // CloudFormation's default authorization type is NONE; an unknown one may be JWT.
      const type = isPresent(route.properties.AuthorizationType) ? stringOf(route.properties.AuthorizationType) : 'NONE';
      const typeProblem = type === undefined ? undefined : scopesAuthorizationProblem(type, scopes.length);
      if (typeProblem) report({ resource: route, path: 'AuthorizationScopes', message: typeProblem });
      if (route.api?.protocol === 'WEBSOCKET') continue; // ROUTE-013 is an HTTP quota; WS has no JWT at all
      const countProblem = scopeCountProblem(scopes.length);
      if (countProblem) report({ resource: route, path: 'AuthorizationScopes', message: countProblem });
      scopes.forEach((entry, i) => {
        const scope = stringOf(entry);
        const problem = scope === undefined ? undefined : scopeProblem(scope);
        if (problem) report({ resource: route, path: `AuthorizationScopes[${i}]`, message: problem });
      });
    }
  },
};
