import { SwitchyardError } from '../common/errors';
import type { IHttpApi, IHttpApiRef } from '../http/api';
import type { IWebSocketApi, IWebSocketApiRef } from '../websocket/api';

/**
 * The API construct behind a reference, as aws-cdk-lib's `toIHttpApi` gives it: Switchyard's and aws-cdk-lib's
 * APIs and their imports have the members an API construct reads, and the flag of their protocol; a bare L1
 * reference (a `CfnApi`) does not, nor does an API of the other protocol given where the types are not checked
 * (JavaScript, another jsii language, a cast).
 */
function apiOf<T>(ref: IHttpApiRef | IWebSocketApiRef, flag: 'isHttpApi' | 'isWebsocketApi', kind: string, importer: string): T {
  const api = ref as { metric?: unknown; apiEndpoint?: unknown; isHttpApi?: unknown; isWebsocketApi?: unknown };
  if (typeof api.metric !== 'function' || api.apiEndpoint === undefined || api[flag] !== true) {
    throw new SwitchyardError('api-protocol-type', `${ref.node.path} is a reference to an API, not ${kind} construct; give one or ${importer}(...)`);
  }
  return ref as unknown as T;
}

export function httpApiOf(ref: IHttpApiRef): IHttpApi {
  return apiOf<IHttpApi>(ref, 'isHttpApi', 'an HTTP API', 'HttpApi.fromHttpApiAttributes');
}

export function webSocketApiOf(ref: IWebSocketApiRef): IWebSocketApi {
  return apiOf<IWebSocketApi>(ref, 'isWebsocketApi', 'a WebSocket API', 'WebSocketApi.fromWebSocketApiAttributes');
}
