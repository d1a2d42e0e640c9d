import { Construct } from 'constructs';
import { SwitchyardError } from '../../common/errors';
import { AUTHORIZER_ID_UNKNOWN } from '../../common/usage-errors';
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

/**
 * The id of the authorizer `owner` made, for aws-cdk-lib's `authorizerId` property. It exists once a route
 * has bound the authorizer, and is one id only while the authorizer serves one API.
 */
export function boundAuthorizerId(owner: object): string {
  const made = [...(AUTHORIZERS.get(owner)?.values() ?? [])];
  if (made.length !== 1) {
    // A misuse of the property, not a template a rule could see: a usage error.
    throw new SwitchyardError(AUTHORIZER_ID_UNKNOWN, made.length === 0
      ? 'authorizerId is known once a route uses the authorizer (the authorizer resource is made then)'
      : `this authorizer serves ${made.length} APIs, with one authorizer resource each; authorizerId names one only`);
  }
  return made[0].authorizerId;
}
