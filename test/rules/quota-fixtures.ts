/** Templates with many resources of one kind, for the quota rules' tables. */

export const API = (protocol: 'HTTP' | 'WEBSOCKET', extra: Record<string, unknown> = {}) => ({
  Api: {
    Type: 'AWS::ApiGatewayV2::Api',
    Properties: { Name: 'orders', ProtocolType: protocol, ...(protocol === 'WEBSOCKET' ? { RouteSelectionExpression: '$request.body.action' } : {}), ...extra },
  },
});

/** `count` resources of `type` named `<prefix><i>`, each with the properties `properties(i)` gives. */
export function many(count: number, prefix: string, type: string, properties: (i: number) => Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (let i = 0; i < count; i++) out[`${prefix}${i}`] = { Type: type, Properties: properties(i) };
  return out;
}

/** A map of `count` entries `k<i>: v`. */
export function entries(count: number): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0; i < count; i++) out[`k${i}`] = 'v';
  return out;
}
