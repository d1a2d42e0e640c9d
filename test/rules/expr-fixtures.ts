/** Small template builders for the expression-rule tables. */

export type Protocol = 'HTTP' | 'WEBSOCKET';

export function api(protocol: Protocol, props: Record<string, unknown> = {}): Record<string, unknown> {
  return { Api: { Type: 'AWS::ApiGatewayV2::Api', Properties: { Name: 'a', ProtocolType: protocol, ...(protocol === 'WEBSOCKET' ? { RouteSelectionExpression: '$request.body.action' } : {}), ...props } } };
}

export function integration(protocol: Protocol, props: Record<string, unknown>, id = 'Int'): Record<string, unknown> {
  return {
    ...api(protocol),
    [id]: { Type: 'AWS::ApiGatewayV2::Integration', Properties: { ApiId: { Ref: 'Api' }, IntegrationType: protocol === 'HTTP' ? 'HTTP_PROXY' : 'AWS', ...props } },
  };
}

/** An HTTP integration with request parameters. */
export function httpRequest(params: Record<string, unknown>, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return integration('HTTP', { RequestParameters: params, ...extra });
}

/** An HTTP integration with response parameters in the CloudFormation shape. */
export function httpResponse(groups: Record<string, Record<string, string>>): Record<string, unknown> {
  const cfn = Object.fromEntries(Object.entries(groups).map(([status, m]) => [status, {
    ResponseParameters: Object.entries(m).map(([Destination, Source]) => ({ Destination, Source })),
  }]));
  return integration('HTTP', { ResponseParameters: cfn });
}

export function route(id: string, routeKey: unknown, props: Record<string, unknown> = {}, target = 'Int'): Record<string, unknown> {
  return {
    [id]: {
      Type: 'AWS::ApiGatewayV2::Route',
      Properties: { ApiId: { Ref: 'Api' }, RouteKey: routeKey, Target: { 'Fn::Join': ['', ['integrations/', { Ref: target }]] }, ...props },
    },
  };
}

export function authorizer(protocol: Protocol, props: Record<string, unknown>): Record<string, unknown> {
  return { ...api(protocol), Auth: { Type: 'AWS::ApiGatewayV2::Authorizer', Properties: { ApiId: { Ref: 'Api' }, Name: 'auth', ...props } } };
}

export function integrationResponse(props: Record<string, unknown>): Record<string, unknown> {
  return {
    ...integration('WEBSOCKET', {}),
    IR: { Type: 'AWS::ApiGatewayV2::IntegrationResponse', Properties: { ApiId: { Ref: 'Api' }, IntegrationId: { Ref: 'Int' }, IntegrationResponseKey: '$default', ...props } },
  };
}
