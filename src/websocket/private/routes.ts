import type { IWebSocketApi } from '../api';
import type { IWebSocketRoute } from '../route';

/** The routes of each API, for unique keys, deployments and stage route settings. */
interface ApiRoutes {
  readonly byKey: Map<string, IWebSocketRoute>;
  readonly all: IWebSocketRoute[];
  readonly listeners: Array<(route: IWebSocketRoute) => void>;
}
const ROUTES = new WeakMap<IWebSocketApi, ApiRoutes>();

export function routesState(api: IWebSocketApi): ApiRoutes {
  let state = ROUTES.get(api);
  if (!state) {
    state = { byKey: new Map(), all: [], listeners: [] };
    ROUTES.set(api, state);
  }
  return state;
}

/** Internal: calls `listener` for every route of `api`, those there now and those added later. */
export function forEachRoute(api: IWebSocketApi, listener: (route: IWebSocketRoute) => void): void {
  const state = routesState(api);
  for (const route of state.all) listener(route);
  state.listeners.push(listener);
}
