import { IConstruct } from 'constructs';
import { SwitchyardError } from '../../common/errors';
import { isUnknownInput } from '../../private/unknown-input';
import type { IHttpApi } from '../api';

/** The route keys of each API and the construct path that holds each, to reject a duplicate where it is written. */
const ROUTE_KEYS = new WeakMap<IHttpApi, Map<string, string>>();

export function routeKeysOf(api: IHttpApi): Map<string, string> {
  let keys = ROUTE_KEYS.get(api);
  if (!keys) ROUTE_KEYS.set(api, keys = new Map());
  return keys;
}

/** Throws `route-key-unique` when a route of the API already has the key. */
export function checkRouteKeyFree(api: IHttpApi, key: string): void {
  if (isUnknownInput(key)) return;
  const previous = ROUTE_KEYS.get(api)?.get(key);
  if (previous !== undefined) {
    throw new SwitchyardError('route-key-unique', `the route key "${key}" is already used by ${previous} on the same API; each route key may appear once per API`);
  }
}

/** The routes of each API, for deployments that must follow them. */
const ROUTES = new WeakMap<IHttpApi, IConstruct[]>();
const ROUTE_LISTENERS = new WeakMap<IHttpApi, Array<(route: IConstruct) => void>>();

/** The routes of an API created so far, and a callback for the ones created later. (Internal.) */
export function onRoutes(api: IHttpApi, listener: (route: IConstruct) => void): void {
  for (const route of ROUTES.get(api) ?? []) listener(route);
  const listeners = ROUTE_LISTENERS.get(api) ?? [];
  listeners.push(listener);
  ROUTE_LISTENERS.set(api, listeners);
}

/** Records a new route of an API and tells the listeners. */
export function routeAdded(api: IHttpApi, route: IConstruct): void {
  const routes = ROUTES.get(api) ?? [];
  routes.push(route);
  ROUTES.set(api, routes);
  for (const listener of ROUTE_LISTENERS.get(api) ?? []) listener(route);
}
