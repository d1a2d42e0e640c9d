import { ApiNode } from '../../model/nodes';
import { mapOf } from '../../model/value';

/**
 * The literal `CorsConfiguration` of an API that may have one: CORS is HTTP-only, and a WebSocket API with
 * it is `protocol-unsupported-property`'s finding, not these rules'.
 */
export function corsOf(api: ApiNode): Record<string, unknown> | undefined {
  if (api.protocol === 'WEBSOCKET') return undefined;
  return mapOf(api.properties.CorsConfiguration);
}
