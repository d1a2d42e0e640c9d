import { Construct } from 'constructs';
import type { HttpAuthorizer } from '../authorizer';
import type { IHttpRoute } from '../route';

/**
 * Creates the `HttpAuthorizer` of a route authorizer once per API, in the API's scope. (Internal helper of
 * the authorizer classes.)
 */
export function authorizerForApi(
  owner: object, route: IHttpRoute, id: string, make: (scope: Construct, id: string) => HttpAuthorizer,
): HttpAuthorizer {
  let byApi = AUTHORIZERS.get(owner);
  if (!byApi) AUTHORIZERS.set(owner, byApi = new Map());
  const api = route.httpApi;
  let authorizer = byApi.get(api.node.addr);
  if (!authorizer) {
    authorizer = make(api, id);
    byApi.set(api.node.addr, authorizer);
  }
  return authorizer;
}
const AUTHORIZERS = new WeakMap<object, Map<string, HttpAuthorizer>>();
