/**
 * Integrations and authorizers take any reference to their API, as aws-cdk-lib's do: aws-cdk-lib's own L2 API
 * works, and a reference that is no API construct gives its id to the template but cannot be read back as an API.
 */
import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as cdk from 'aws-cdk-lib/aws-apigatewayv2';
import { Construct } from 'constructs';
import * as sy from '../../src';

function apiIdOf(stack: Stack, type: string): unknown {
  const resources = Template.fromStack(stack).findResources(type);
  return Object.values(resources).map(r => (r as { Properties: { ApiId: unknown } }).Properties.ApiId);
}

describe('an API reference where aws-cdk-lib takes one', () => {
  test("an HTTP integration and authorizer on aws-cdk-lib's HttpApi", () => {
    const stack = new Stack(new App(), 'S');
    const api = new cdk.HttpApi(stack, 'Api');
    const integration = new sy.HttpIntegration(stack, 'I', { httpApi: api, integrationType: sy.HttpIntegrationType.HTTP_PROXY, integrationUri: 'https://example.com' });
    new sy.HttpAuthorizer(stack, 'A', { httpApi: api, type: sy.HttpAuthorizerType.JWT, identitySource: ['$request.header.Authorization'], jwtAudience: ['a'], jwtIssuer: 'https://issuer.example.com' });
    expect(integration.httpApi).toBe(api);
    expect(apiIdOf(stack, 'AWS::ApiGatewayV2::Integration')).toEqual([{ Ref: stack.getLogicalId(api.node.defaultChild as cdk.CfnApi) }]);
    expect(apiIdOf(stack, 'AWS::ApiGatewayV2::Authorizer')).toEqual([{ Ref: stack.getLogicalId(api.node.defaultChild as cdk.CfnApi) }]);
  });

  test("a WebSocket integration on aws-cdk-lib's WebSocketApi", () => {
    const stack = new Stack(new App(), 'S');
    const api = new cdk.WebSocketApi(stack, 'Api');
    const integration = new sy.WebSocketIntegration(stack, 'I', { webSocketApi: api, integrationType: sy.WebSocketIntegrationType.MOCK });
    expect(integration.webSocketApi).toBe(api);
    expect(apiIdOf(stack, 'AWS::ApiGatewayV2::Integration')).toEqual([{ Ref: stack.getLogicalId(api.node.defaultChild as cdk.CfnApi) }]);
  });

  test('a reference that is no API construct gives its id, and reading it back as an API says why it cannot', () => {
    const stack = new Stack(new App(), 'S');
    class Reference extends Construct {
      public readonly apiRef = { apiId: 'a1b2c3' };
      public readonly isHttpApi = true;
      public readonly isWebsocketApi = true;
      public readonly env = { account: '111122223333', region: 'eu-west-1' };
      public readonly stack = stack;
    }
    const ref = new Reference(stack, 'Ref') as unknown as sy.IHttpApiRef & sy.IWebSocketApiRef;
    const http = new sy.HttpIntegration(stack, 'H', { httpApi: ref, integrationType: sy.HttpIntegrationType.HTTP_PROXY, integrationUri: 'https://example.com' });
    const ws = new sy.WebSocketIntegration(stack, 'W', { webSocketApi: ref, integrationType: sy.WebSocketIntegrationType.MOCK });
    expect(apiIdOf(stack, 'AWS::ApiGatewayV2::Integration')).toEqual(['a1b2c3', 'a1b2c3']);
    expect(stack.resolve(http.integrationRef.apiId)).toBe('a1b2c3');
    expect(() => http.httpApi).toThrow(/^\[api-protocol-type\] .*not an HTTP API construct/);
    expect(() => ws.webSocketApi).toThrow(/^\[api-protocol-type\] .*not a WebSocket API construct/);
  });
});
