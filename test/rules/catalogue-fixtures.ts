/** Resources the catalogue rules' tables share: an API of each protocol, and one resource of a type with given properties. */

export const HTTP_API = { Api: { Type: 'AWS::ApiGatewayV2::Api', Properties: { Name: 'orders', ProtocolType: 'HTTP' } } };
export const WS_API = { Api: { Type: 'AWS::ApiGatewayV2::Api', Properties: { Name: 'chat', ProtocolType: 'WEBSOCKET', RouteSelectionExpression: '$request.body.action' } } };

/** `{ [logicalId]: { Type: AWS::ApiGatewayV2::<kind>, Properties: { ApiId: Ref Api, ...properties } } }`. */
export function child(logicalId: string, kind: string, properties: Record<string, unknown>): Record<string, unknown> {
  return { [logicalId]: { Type: `AWS::ApiGatewayV2::${kind}`, Properties: { ApiId: { Ref: 'Api' }, ...properties } } };
}
