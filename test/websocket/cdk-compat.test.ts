/**
 * aws-cdk-lib's WebSocket API and stage members on Switchyard's constructs: the same calls compile and give
 * what aws-cdk-lib gives (compared against aws-cdk-lib's own constructs in the same stack), strings are
 * checked as the typed values are.
 */
import { App, CfnParameter, IPropertyInjector, PropertyInjectors, Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import * as cdk from 'aws-cdk-lib/aws-apigatewayv2';
import { Certificate } from 'aws-cdk-lib/aws-certificatemanager';
import { User } from 'aws-cdk-lib/aws-iam';
import { LogGroup } from 'aws-cdk-lib/aws-logs';
import { newStack } from './shapes';
import { DomainName, LogGroupLogDestination, Switchyard, WebSocketRouteKey } from '../../src';
import {
  WebSocketApi, WebSocketApiKeySelectionExpression, WebSocketMockIntegration, WebSocketStage,
} from '../../src/websocket';
import { ruleOf } from '../common/expect-rule-error';

process.env.CDK_VALIDATION = 'false';

/** Both libraries' APIs in one stack, so that their outputs resolve alike. */
function pair(stack: Stack): { ours: WebSocketApi; theirs: cdk.WebSocketApi } {
  return { ours: new WebSocketApi(stack, 'Ours'), theirs: new cdk.WebSocketApi(stack, 'Theirs') };
}

/** Resolves `value` with the two APIs' ids made equal, to compare what each library builds around its id. */
function resolved(stack: Stack, value: string, api: { apiId: string }): string {
  return JSON.stringify(stack.resolve(value)).split(JSON.stringify(stack.resolve(api.apiId))).join('"API"');
}

describe("aws-cdk-lib's WebSocketApi members", () => {
  test.each([
    [[]],
    [['GET']],
    [['ANY', '/items']],
    [['any', '/items', 'prod']],
    [[undefined, undefined, 'prod']],
    [['POST', '/a/b', 'dev']],
  ] as Array<[Array<string | undefined>]>)('arnForExecuteApi(%j) returns what aws-cdk-lib returns', (args) => {
    const stack = newStack();
    const { ours, theirs } = pair(stack);
    const [m, p, s] = args;
    expect(resolved(stack, ours.arnForExecuteApi(m, p, s), ours)).toBe(resolved(stack, theirs.arnForExecuteApi(m, p, s), theirs));
  });

  test.each([[[]], [['$connect']], [['sendmessage', 'prod']], [[undefined, 'dev']]] as Array<[Array<string | undefined>]>)(
    'arnForExecuteApiV2(%j) returns what aws-cdk-lib returns', (args) => {
      const stack = newStack();
      const { ours, theirs } = pair(stack);
      const [r, s] = args;
      expect(resolved(stack, ours.arnForExecuteApiV2(r, s), ours)).toBe(resolved(stack, theirs.arnForExecuteApiV2(r, s), theirs));
    });

  test('arnForExecuteApi: a literal path without a leading / throws http-route-key, a token path does not', () => {
    const stack = newStack();
    const api = new WebSocketApi(stack, 'Api');
    expect(ruleOf(() => api.arnForExecuteApi('GET', 'items'))).toBe('http-route-key');
    expect(ruleOf(() => api.arnForExecuteApi('GET', new CfnParameter(stack, 'P').valueAsString))).toBeUndefined();
    const imported = WebSocketApi.fromWebSocketApiAttributes(stack, 'I', { webSocketId: 'abc123' });
    expect(ruleOf(() => imported.arnForExecuteApi('GET', 'items'))).toBe('http-route-key');
  });

  test('addRoute takes a string key: predefined and custom keys as the typed ones, a bad key throws ws-route-key', () => {
    const stack = newStack();
    const api = new WebSocketApi(stack, 'Api');
    const integration = new WebSocketMockIntegration('Mock');
    expect(api.addRoute('$connect', { integration }).routeKey).toBe('$connect');
    expect(api.addRoute('sendmessage', { integration }).routeKey).toBe('sendmessage');
    expect(api.addRoute(WebSocketRouteKey.DISCONNECT, { integration }).routeKey).toBe('$disconnect');
    expect(ruleOf(() => api.addRoute('$connects', { integration }))).toBe('ws-route-key');
    Template.fromStack(stack).resourcePropertiesCountIs('AWS::ApiGatewayV2::Route', { RouteKey: Match.anyValue() }, 3);
  });

  test('routeSelectionExpression as a string is parsed at once, as WebSocketRouteSelectionExpression.custom is', () => {
    const stack = newStack();
    new WebSocketApi(stack, 'Api', { routeSelectionExpression: '${request.body.service}/${request.body.action}' });
    Template.fromStack(stack).hasResourceProperties('AWS::ApiGatewayV2::Api', { RouteSelectionExpression: '${request.body.service}/${request.body.action}' });
    expect(ruleOf(() => new WebSocketApi(newStack(), 'Api', { routeSelectionExpression: '$request.body.' }))).toBe('ws-route-selection-expression');
    expect(ruleOf(() => new WebSocketApi(newStack(), 'Api', { routeSelectionExpression: '' }))).toBe('api-websocket-route-selection-required');
  });

  test("aws-cdk-lib's WebSocketApiKeySelectionExpression: both values reach the template, another throws api-key-selection-expression", () => {
    const stack = newStack();
    new WebSocketApi(stack, 'A', { apiKeySelectionExpression: WebSocketApiKeySelectionExpression.HEADER_X_API_KEY });
    new WebSocketApi(stack, 'B', { apiKeySelectionExpression: new WebSocketApiKeySelectionExpression('$context.authorizer.usageIdentifierKey') });
    const template = Template.fromStack(stack);
    template.hasResourceProperties('AWS::ApiGatewayV2::Api', { ApiKeySelectionExpression: '$request.header.x-api-key' });
    template.hasResourceProperties('AWS::ApiGatewayV2::Api', { ApiKeySelectionExpression: '$context.authorizer.usageIdentifierKey' });
    expect(ruleOf(() => new WebSocketApiKeySelectionExpression('$request.header.x-key'))).toBe('api-key-selection-expression');
    expect(WebSocketApiKeySelectionExpression.AUTHORIZER_USAGE_IDENTIFIER_KEY.customApiKeySelector)
      .toBe(cdk.WebSocketApiKeySelectionExpression.AUTHORIZER_USAGE_IDENTIFIER_KEY.customApiKeySelector);
  });

  test('imports by webSocketId (aws-cdk-lib) or webSocketApiId; neither throws', () => {
    const stack = newStack();
    const api = WebSocketApi.fromWebSocketApiAttributes(stack, 'I', { webSocketId: 'abc123' });
    expect(api.apiId).toBe('abc123');
    expect(api.apiRef.apiId).toBe('abc123');
    expect(api.isWebsocketApi).toBe(true);
    expect(ruleOf(() => WebSocketApi.fromWebSocketApiAttributes(stack, 'None', {}))).toBe('import-attributes-required');
  });

  test("the API, a stage and a domain name are taken by aws-cdk-lib's ApiMapping (IApiRef, IStage, IDomainNameRef)", () => {
    const stack = newStack();
    const api = new WebSocketApi(stack, 'Api');
    const stage = new WebSocketStage(stack, 'Stage', { webSocketApi: api, stageName: 'prod' });
    const certificate = Certificate.fromCertificateArn(stack, 'Cert', 'arn:aws:acm:eu-west-1:111122223333:certificate/abc');
    const domainName = new DomainName(stack, 'Domain', { domainName: 'ws.example.com', certificate });
    new cdk.ApiMapping(stack, 'L2Mapping', { api, stage, domainName });
    Template.fromStack(stack).hasResourceProperties('AWS::ApiGatewayV2::ApiMapping', {
      ApiId: { Ref: stack.getLogicalId(api.node.defaultChild as never) },
      DomainName: { Ref: stack.getLogicalId(domainName.node.defaultChild as never) },
      Stage: 'prod',
    });
  });
});

describe('property injection', () => {
  test('injectors registered for PROPERTY_INJECTION_ID apply to WebSocketApi and WebSocketStage props, the nearest scope first', () => {
    const injector = <T extends object>(constructUniqueId: string, extra: Partial<T>): IPropertyInjector => ({
      constructUniqueId,
      inject: (props: T) => ({ ...extra, ...props }),
    });
    const app = new App();
    PropertyInjectors.of(app).add(injector(WebSocketApi.PROPERTY_INJECTION_ID, { description: 'from the app' }));
    const stack = newStack(app);
    PropertyInjectors.of(stack).add(injector(WebSocketStage.PROPERTY_INJECTION_ID, { description: 'from the stack' }));
    const api = new WebSocketApi(stack, 'Api');
    new WebSocketStage(stack, 'Stage', { webSocketApi: api, stageName: 'prod' });
    Template.fromStack(stack).hasResourceProperties('AWS::ApiGatewayV2::Api', { Description: 'from the app' });
    Template.fromStack(stack).hasResourceProperties('AWS::ApiGatewayV2::Stage', { Description: 'from the stack' });
  });
});

describe("aws-cdk-lib's WebSocketStage members", () => {
  test('api, stageRef, throttle and detailedMetricsEnabled as aws-cdk-lib names them', () => {
    const stack = newStack();
    const api = new WebSocketApi(stack, 'Api');
    const stage = new WebSocketStage(stack, 'Stage', { webSocketApi: api, stageName: 'prod', throttle: { rateLimit: 100, burstLimit: 50 }, detailedMetricsEnabled: true });
    expect(stage.api).toBe(api);
    expect(stage.stageRef).toEqual({ apiId: api.apiId, stageName: 'prod' });
    Template.fromStack(stack).hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      DefaultRouteSettings: { ThrottlingRateLimit: 100, ThrottlingBurstLimit: 50, DetailedMetricsEnabled: true },
    });
    expect(Switchyard.findings(stack).filter(f => f.severity === 'error')).toEqual([]);
  });

  test('defaultRouteSettings wins over throttle where both set a field', () => {
    const stack = newStack();
    const api = new WebSocketApi(stack, 'Api');
    new WebSocketStage(stack, 'Stage', { webSocketApi: api, stageName: 'prod', throttle: { rateLimit: 100 }, defaultRouteSettings: { throttle: { rateLimit: 7 } } });
    Template.fromStack(stack).hasResourceProperties('AWS::ApiGatewayV2::Stage', { DefaultRouteSettings: { ThrottlingRateLimit: 7 } });
  });

  test('accessLogSettings: the destination and aws-cdk-lib default format, no log group of its own; a format without the request id throws', () => {
    const stack = newStack();
    const api = new WebSocketApi(stack, 'Api');
    const logs = new LogGroup(stack, 'Logs');
    const stage = new WebSocketStage(stack, 'Stage', { webSocketApi: api, stageName: 'prod', accessLogSettings: { destination: new LogGroupLogDestination(logs) } });
    const theirs = new cdk.WebSocketStage(stack, 'Theirs', { webSocketApi: new cdk.WebSocketApi(stack, 'TheirApi'), stageName: 'prod' });
    expect(stage.defaultAccessLogFormat().toString()).toBe(theirs.defaultAccessLogFormat().toString());
    expect(stage.accessLogGroup).toBeUndefined();
    Template.fromStack(stack).hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      StageName: 'prod',
      AccessLogSettings: { DestinationArn: { 'Fn::GetAtt': [stack.getLogicalId(logs.node.defaultChild as never), 'Arn'] }, Format: theirs.defaultAccessLogFormat().toString() },
    });
    Template.fromStack(stack).resourceCountIs('AWS::Logs::LogGroup', 1);
    expect(ruleOf(() => new WebSocketStage(newStack(), 'S', {
      webSocketApi: new WebSocketApi(newStack(), 'A'),
      stageName: 'x',
      accessLogSettings: { destination: new LogGroupLogDestination(logs), format: AccessLogFormat.custom('$context.status') },
    }))).toBe('stage-access-log-request-id');
  });

  test('grantManagementApiAccess grants what aws-cdk-lib grants: ManageConnections on the stage', () => {
    const stack = newStack();
    const api = new WebSocketApi(stack, 'Api');
    const stage = new WebSocketStage(stack, 'Stage', { webSocketApi: api, stageName: 'prod' });
    stage.grantManagementApiAccess(new User(stack, 'U'));
    Template.fromStack(stack).hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: {
        Statement: [{
          Action: 'execute-api:ManageConnections',
          Resource: { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':execute-api:eu-west-1:111122223333:', { Ref: stack.getLogicalId(api.node.defaultChild as never) }, '/prod/*/@connections/*']] },
        }],
      },
    });
  });

  test('imports by api (aws-cdk-lib) or webSocketApi; neither throws', () => {
    const stack = newStack();
    const api = WebSocketApi.fromWebSocketApiAttributes(stack, 'I', { webSocketId: 'abc123' });
    const stage = WebSocketStage.fromWebSocketStageAttributes(stack, 'S', { stageName: 'dev', api });
    expect(stage.webSocketApi).toBe(api);
    expect(stage.api).toBe(api);
    expect(stage.stageRef).toEqual({ apiId: 'abc123', stageName: 'dev' });
    expect(ruleOf(() => WebSocketStage.fromWebSocketStageAttributes(stack, 'N', { stageName: 'dev' }))).toBe('import-attributes-required');
  });
});
