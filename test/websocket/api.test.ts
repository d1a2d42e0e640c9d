import { App, Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { User } from 'aws-cdk-lib/aws-iam';
import { handler, minimal, newStack } from './shapes';
import { ApiKeySelectionExpression, IpAddressType, Switchyard, WebSocketRouteKey, WebSocketRouteSelectionExpression } from '../../src';
import { WebSocketApi, WebSocketLambdaIntegration, WebSocketMockIntegration } from '../../src/websocket';
import { ruleOf } from '../common/expect-rule-error';

process.env.CDK_VALIDATION = 'false';

describe('WebSocketApi', () => {
  test('defaults: a WEBSOCKET API routing on $request.body.action, named by its construct id as in aws-cdk-lib, no finding', () => {
    const stack = newStack();
    minimal(stack);
    Template.fromStack(stack).hasResourceProperties('AWS::ApiGatewayV2::Api', {
      Name: 'Api',
      ProtocolType: 'WEBSOCKET',
      RouteSelectionExpression: '$request.body.action',
      ApiKeySelectionExpression: Match.absent(),
      DisableExecuteApiEndpoint: Match.absent(),
      IpAddressType: Match.absent(),
      Tags: Match.absent(),
    });
    // Logging is on by default; the account role it needs is account state, a warning tested in stage.test.ts.
    expect(Switchyard.findings(stack)).toEqual([]);
  });

  test('every prop reaches the template', () => {
    const stack = newStack();
    new WebSocketApi(stack, 'Api', {
      apiName: 'chat',
      description: 'the chat',
      routeSelectionExpression: WebSocketRouteSelectionExpression.custom('${request.body.service}/${request.body.action}'),
      apiKeySelectionExpression: ApiKeySelectionExpression.AUTHORIZER_USAGE_IDENTIFIER_KEY,
      disableExecuteApiEndpoint: true,
      ipAddressType: IpAddressType.DUAL_STACK,
      disableSchemaValidation: true,
      tags: { team: 'chat' },
      connectRouteOptions: { integration: new WebSocketMockIntegration('Connect') },
      disconnectRouteOptions: { integration: new WebSocketMockIntegration('Disconnect') },
      defaultRouteOptions: { integration: new WebSocketMockIntegration('Fallback') },
    });
    const t = Template.fromStack(stack);
    t.hasResourceProperties('AWS::ApiGatewayV2::Api', {
      Name: 'chat',
      Description: 'the chat',
      RouteSelectionExpression: '${request.body.service}/${request.body.action}',
      ApiKeySelectionExpression: '$context.authorizer.usageIdentifierKey',
      DisableExecuteApiEndpoint: true,
      IpAddressType: 'dualstack',
      DisableSchemaValidation: true,
      Tags: { team: 'chat' },
    });
    for (const key of ['$connect', '$disconnect', '$default']) t.hasResourceProperties('AWS::ApiGatewayV2::Route', { RouteKey: key });
  });

  test('a name longer than 128 characters throws api-name-length', () => {
    expect(ruleOf(() => new WebSocketApi(newStack(), 'Api', { apiName: 'a'.repeat(129) }))).toBe('api-name-length');
    expect(ruleOf(() => new WebSocketApi(newStack(), 'Api', { apiName: 'a'.repeat(128) }))).toBeUndefined();
  });

  test('fromWebSocketApiAttributes: id, derived or given endpoint, metrics and grants', () => {
    const stack = newStack();
    const api = WebSocketApi.fromWebSocketApiAttributes(stack, 'Imported', { webSocketApiId: 'abc123' });
    expect(api.apiId).toBe('abc123');
    expect(stack.resolve(api.apiEndpoint)).toEqual({ 'Fn::Join': ['', ['wss://abc123.execute-api.eu-west-1.', { Ref: 'AWS::URLSuffix' }]] });
    expect(WebSocketApi.fromWebSocketApiAttributes(stack, 'Given', { webSocketApiId: 'x', apiEndpoint: 'wss://chat.example.com' }).apiEndpoint).toBe('wss://chat.example.com');
    expect(api.metricConnectCount().metricName).toBe('ConnectCount');
    expect(stack.resolve(api.arnForExecuteApiV2('$connect', 'prod'))).toEqual({ 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':execute-api:eu-west-1:111122223333:abc123/prod/$connect']] });
    // routes can be added to an imported API
    new WebSocketMockIntegration('M');
    const user = new User(stack, 'U');
    api.grantManageConnections(user);
    Template.fromStack(stack).hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: { Statement: [{ Action: 'execute-api:ManageConnections', Resource: { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':execute-api:eu-west-1:111122223333:abc123/*/*/@connections/*']] } }] },
    });
  });

  test.each([
    ['metricConnectCount', 'ConnectCount', 'Sum'],
    ['metricMessageCount', 'MessageCount', 'Sum'],
    ['metricIntegrationError', 'IntegrationError', 'Sum'],
    ['metricClientError', 'ClientError', 'Sum'],
    ['metricExecutionError', 'ExecutionError', 'Sum'],
    ['metricIntegrationLatency', 'IntegrationLatency', 'Average'],
  ] as const)('%s: %s (%s) in AWS/ApiGateway by ApiId', (method, name, statistic) => {
    const stack = newStack();
    const api = minimal(stack);
    const metric = api[method]();
    expect(metric.metricName).toBe(name);
    expect(metric.namespace).toBe('AWS/ApiGateway');
    expect(metric.statistic).toBe(statistic);
    expect(stack.resolve(metric.dimensions)).toEqual({ ApiId: { Ref: stack.getLogicalId(api.node.defaultChild as never) } });
  });

  test('metric() takes any name and options', () => {
    const api = minimal(newStack());
    expect(api.metric('DataProcessed', { statistic: 'Maximum' }).statistic).toBe('Maximum');
  });

  test('grantManageConnections covers every stage of the API', () => {
    const stack = newStack();
    const api = minimal(stack);
    api.grantManageConnections(new User(stack, 'U'));
    Template.fromStack(stack).hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: { Statement: [{ Action: 'execute-api:ManageConnections', Resource: { 'Fn::Join': ['', Match.arrayWith([Match.stringLikeRegexp('/\\*/\\*/@connections/\\*$')])] } }] },
    });
  });

  test('addRoute creates <key>-Route with the route key', () => {
    const stack = newStack();
    const api = new WebSocketApi(stack, 'Api');
    const route = api.addRoute(WebSocketRouteKey.custom('sendmessage'), { integration: new WebSocketLambdaIntegration('Send', handler(stack)) });
    expect(route.node.id).toBe('sendmessage-Route');
    expect(route.routeKey).toBe('sendmessage');
    expect(route.webSocketApi).toBe(api);
  });

  test('the stack is checked at synth without a Switchyard.check line: an escape hatch error fails synth', () => {
    const app = new App();
    const stack = new Stack(app, 'S');
    const api = new WebSocketApi(stack, 'Api', { connectRouteOptions: { integration: new WebSocketMockIntegration('C') } });
    (api.node.defaultChild as unknown as { addPropertyOverride(p: string, v: unknown): void }).addPropertyOverride('ApiKeySelectionExpression', '$request.header.token');
    expect(() => app.synth()).toThrow(/api-key-selection-expression/);
  });
});
