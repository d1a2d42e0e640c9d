/** Resource builders for the template rule tables. */

export function wsIntegration(requestTemplates: unknown, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    Api: { Type: 'AWS::ApiGatewayV2::Api', Properties: { Name: 'ws', ProtocolType: 'WEBSOCKET', RouteSelectionExpression: '$request.body.action' } },
    Int: {
      Type: 'AWS::ApiGatewayV2::Integration',
      Properties: { ApiId: { Ref: 'Api' }, IntegrationType: 'AWS', IntegrationUri: 'arn:aws:apigateway:us-east-1:sqs:path/1/q', RequestTemplates: requestTemplates, ...extra },
    },
  };
}

export function wsIntegrationResponse(responseTemplates: unknown, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    ...wsIntegration(undefined),
    IntResp: {
      Type: 'AWS::ApiGatewayV2::IntegrationResponse',
      Properties: { ApiId: { Ref: 'Api' }, IntegrationId: { Ref: 'Int' }, IntegrationResponseKey: '$default', ResponseTemplates: responseTemplates, ...extra },
    },
  };
}

export function restMethod(requestTemplates: unknown, responseTemplates?: unknown): Record<string, unknown> {
  return {
    Method: {
      Type: 'AWS::ApiGateway::Method',
      Properties: {
        HttpMethod: 'POST',
        ResourceId: 'r',
        RestApiId: 'a',
        Integration: {
          Type: 'AWS',
          RequestTemplates: requestTemplates,
          IntegrationResponses: responseTemplates === undefined ? [] : [{ StatusCode: '200', ResponseTemplates: responseTemplates }],
        },
      },
    },
  };
}

export const JSON_KEY = 'application/json';
