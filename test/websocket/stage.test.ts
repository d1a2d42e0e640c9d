import { Match, Template } from 'aws-cdk-lib/assertions';
import { HttpApi, HttpStage } from 'aws-cdk-lib/aws-apigatewayv2';
import { Certificate } from 'aws-cdk-lib/aws-certificatemanager';
import { User } from 'aws-cdk-lib/aws-iam';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { newStack } from './shapes';
import { Switchyard, WebSocketRouteKey } from '../../src';
import { StageAccessLogFormat } from '../../src/common/access-log';
import { ApiMapping } from '../../src/common/api-mapping';
import { DomainName } from '../../src/common/domain-name';
import {
  WebSocketApi, WebSocketDeployment, WebSocketLoggingLevel, WebSocketMockIntegration, WebSocketStage,
} from '../../src/websocket';
import { ruleOf } from '../common/expect-rule-error';

process.env.CDK_VALIDATION = 'false';

const apiWithRoute = (stack = newStack()) => new WebSocketApi(stack, 'Api', { connectRouteOptions: { integration: new WebSocketMockIntegration('C') } });

describe('WebSocketStage', () => {
  test('defaults: no auto-deploy (as aws-cdk-lib), JSON access logs with the request id to a new log group kept a year', () => {
    const stack = newStack();
    const stage = new WebSocketStage(stack, 'Prod', { webSocketApi: apiWithRoute(stack), stageName: 'prod' });
    const t = Template.fromStack(stack);
    t.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      StageName: 'prod',
      AutoDeploy: Match.absent(),
      AccessLogSettings: { DestinationArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('^ProdAccessLogs'), 'Arn'] }, Format: Match.stringLikeRegexp('^\\{"requestId":"\\$context.requestId",.*"connectionId":"\\$context.connectionId"') },
      StageVariables: Match.absent(),
      DefaultRouteSettings: Match.absent(),
      RouteSettings: Match.absent(),
    });
    t.hasResourceProperties('AWS::Logs::LogGroup', { RetentionInDays: 365 });
    const format = (Object.values(t.findResources('AWS::ApiGatewayV2::Stage'))[0] as { Properties: { AccessLogSettings: { Format: string } } }).Properties.AccessLogSettings.Format;
    expect(() => JSON.parse(format)).not.toThrow();
    expect(stage.accessLogGroup).toBeDefined();
    expect(Switchyard.findings(stack)).toEqual([]);
  });

  test('every prop reaches the template', () => {
    const stack = newStack();
    const api = apiWithRoute(stack);
    const route = api.addRoute(WebSocketRouteKey.custom('send'), { integration: new WebSocketMockIntegration('S') });
    const logs = new LogGroup(stack, 'Logs');
    new WebSocketStage(stack, 'Prod', {
      webSocketApi: api,
      stageName: 'prod',
      autoDeploy: false,
      description: 'production',
      stageVariables: { table: 'chat-connections', url: 'https://example.com/a?b=c' },
      defaultRouteSettings: {
        throttle: { rateLimit: 100, burstLimit: 50 }, loggingLevel: WebSocketLoggingLevel.INFO, dataTraceEnabled: true, detailedMetricsEnabled: true,
      },
      routeSettings: [{ route, throttle: { rateLimit: 5 }, loggingLevel: WebSocketLoggingLevel.OFF }],
      accessLogging: { destination: logs, format: StageAccessLogFormat.custom('$context.requestId $context.routeKey') },
      tags: { env: 'prod' },
    });
    Template.fromStack(stack).hasResource('AWS::ApiGatewayV2::Stage', {
      Properties: {
        AutoDeploy: false,
        Description: 'production',
        StageVariables: { table: 'chat-connections', url: 'https://example.com/a?b=c' },
        DefaultRouteSettings: { ThrottlingRateLimit: 100, ThrottlingBurstLimit: 50, LoggingLevel: 'INFO', DataTraceEnabled: true, DetailedMetricsEnabled: true },
        RouteSettings: { send: { ThrottlingRateLimit: 5, LoggingLevel: 'OFF' } },
        AccessLogSettings: { DestinationArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('^Logs'), 'Arn'] }, Format: '$context.requestId $context.routeKey' },
        Tags: { env: 'prod' },
      },
      DependsOn: Match.arrayWith([Match.stringLikeRegexp('^ApisendRoute')]),
    });
  });

  test('access logging can be switched off, and given a retention', () => {
    const stack = newStack();
    const api = apiWithRoute(stack);
    new WebSocketStage(stack, 'Off', { webSocketApi: api, stageName: 'off', accessLogging: { enabled: false } });
    new WebSocketStage(stack, 'Short', { webSocketApi: api, stageName: 'short', accessLogging: { retention: RetentionDays.ONE_WEEK } });
    const t = Template.fromStack(stack);
    t.hasResourceProperties('AWS::ApiGatewayV2::Stage', { StageName: 'off', AccessLogSettings: Match.absent() });
    t.resourceCountIs('AWS::Logs::LogGroup', 1);
    t.hasResourceProperties('AWS::Logs::LogGroup', { RetentionInDays: 7 });
  });

  test('url, callbackUrl, metrics and a grant scoped to the stage', () => {
    const stack = newStack();
    const api = apiWithRoute(stack);
    const stage = new WebSocketStage(stack, 'Prod', { webSocketApi: api, stageName: 'prod' });
    const apiRef = { Ref: stack.getLogicalId(api.node.defaultChild as never) };
    expect(stack.resolve(stage.url)).toEqual({ 'Fn::Join': ['', ['wss://', apiRef, '.execute-api.eu-west-1.', { Ref: 'AWS::URLSuffix' }, '/prod']] });
    expect(stack.resolve(stage.callbackUrl)).toEqual({ 'Fn::Join': ['', ['https://', apiRef, '.execute-api.eu-west-1.', { Ref: 'AWS::URLSuffix' }, '/prod']] });
    expect(stack.resolve(stage.metric('MessageCount').dimensions)).toEqual({ ApiId: apiRef, Stage: 'prod' });
    stage.grantManageConnections(new User(stack, 'U'));
    Template.fromStack(stack).hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: { Statement: [{ Action: 'execute-api:ManageConnections', Resource: { 'Fn::Join': ['', Match.arrayWith([Match.stringLikeRegexp('/prod/\\*/@connections/\\*$')])] } }] },
    });
    const imported = WebSocketStage.fromWebSocketStageAttributes(stack, 'I', { stageName: 'dev', webSocketApi: api });
    expect(stack.resolve(imported.callbackUrl)).toEqual({ 'Fn::Join': ['', ['https://', apiRef, '.execute-api.eu-west-1.', { Ref: 'AWS::URLSuffix' }, '/dev']] });
  });

  test.each([
    ['a name with a space', 'stage-name', { stageName: 'my stage' }],
    ['a name of 129 characters', 'stage-name', { stageName: 's'.repeat(129) }],
    ['a stage variable name with a hyphen', 'stage-variable-name', { stageVariables: { 'my-var': 'x' } }],
    ['an empty stage variable value', 'stage-variable-value', { stageVariables: { v: '' } }],
    ['a stage variable value with a space', 'stage-variable-value', { stageVariables: { v: 'a b' } }],
  ])('%s throws %s', (_what, rule, props) => {
    const stack = newStack();
    expect(ruleOf(() => new WebSocketStage(stack, 'S', { webSocketApi: apiWithRoute(stack), stageName: 'prod', ...props }))).toBe(rule);
  });

  test.each([
    ['a stage named $default', 'stage-default-websocket', { stageName: '$default' }],
    ['a negative burst limit', 'stage-throttling-range', { defaultRouteSettings: { throttle: { burstLimit: -1 } } }],
    ['a fractional burst limit', 'stage-throttling-range', { defaultRouteSettings: { throttle: { burstLimit: 1.5 } } }],
    ['a negative rate limit', 'stage-throttling-range', { defaultRouteSettings: { throttle: { rateLimit: -0.1 } } }],
  ])('%s deploys: a %s warning at synth, not a throw', (_what, rule, props) => {
    const stack = newStack();
    new WebSocketStage(stack, 'S', { webSocketApi: apiWithRoute(stack), stageName: 'prod', ...props });
    expect(Switchyard.findings(stack).filter(f => f.severity === 'error')).toEqual([]);
    expect(Switchyard.findings(stack).map(f => f.rule)).toContain(rule);
  });

  test.each([
    ['without a request id', 'stage-access-log-request-id', () => StageAccessLogFormat.custom('$context.routeKey')],
    ['with requestIdentity only', 'stage-access-log-request-id', () => StageAccessLogFormat.custom('$context.requestIdentity')],
    ['on two lines', 'stage-access-log-single-line', () => StageAccessLogFormat.custom('$context.requestId\n$context.status')],
    ['ending with a newline', undefined, () => StageAccessLogFormat.custom('$context.requestId\n')],
    ['with the extended request id', undefined, () => StageAccessLogFormat.json({ id: '$context.extendedRequestId' })],
  ])('an access log format %s -> %s', (_what, rule, make) => {
    expect(ruleOf(make)).toBe(rule);
  });

  test('route settings for a route of another API throw stage-route-settings', () => {
    const stack = newStack();
    const stage = new WebSocketStage(stack, 'S', { webSocketApi: apiWithRoute(stack), stageName: 'prod' });
    const other = new WebSocketApi(stack, 'Other');
    const route = other.addRoute(WebSocketRouteKey.DEFAULT, { integration: new WebSocketMockIntegration('D') });
    expect(ruleOf(() => stage.addRouteSettings(route, { loggingLevel: WebSocketLoggingLevel.ERROR }))).toBe('stage-route-settings');
  });

  test('route settings on a stage of an imported handle of the same API name the original API\'s routes', () => {
    const stack = newStack();
    const api = apiWithRoute(stack);
    const route = api.addRoute(WebSocketRouteKey.custom('send'), { integration: new WebSocketMockIntegration('S') });
    const handle = WebSocketApi.fromWebSocketApiAttributes(stack, 'Handle', { webSocketApiId: api.apiId });
    const stage = new WebSocketStage(stack, 'S', { webSocketApi: handle, stageName: 'prod' });
    expect(ruleOf(() => stage.addRouteSettings(route, { loggingLevel: WebSocketLoggingLevel.ERROR }))).toBeUndefined();
    Template.fromStack(stack).hasResourceProperties('AWS::ApiGatewayV2::Stage', { RouteSettings: { send: { LoggingLevel: 'ERROR' } } });
  });
});

describe('WebSocketDeployment', () => {
  test('deploys to a stage without auto-deploy, after every route, even routes added later', () => {
    const stack = newStack();
    const api = apiWithRoute(stack);
    const stage = new WebSocketStage(stack, 'Prod', { webSocketApi: api, stageName: 'prod', autoDeploy: false });
    new WebSocketDeployment(stack, 'Deployment', { webSocketApi: api, stage, description: 'v1' });
    api.addRoute(WebSocketRouteKey.custom('late'), { integration: new WebSocketMockIntegration('L') });
    Template.fromStack(stack).hasResource('AWS::ApiGatewayV2::Deployment', {
      Properties: { ApiId: { Ref: Match.stringLikeRegexp('^Api') }, StageName: 'prod', Description: 'v1' },
      DependsOn: Match.arrayWith([Match.stringLikeRegexp('^ApiconnectRoute[0-9A-F]{8}$'), Match.stringLikeRegexp('^ApilateRoute[0-9A-F]{8}$'), Match.stringLikeRegexp('^Prod')]),
    });
  });

  test('its logical id changes when a route changes, and only then', () => {
    const logicalId = (routeKey: string, template: string) => {
      const stack = newStack();
      const api = apiWithRoute(stack);
      api.addRoute(WebSocketRouteKey.custom(routeKey), { integration: new WebSocketMockIntegration('M', { responses: [{ responseTemplates: { $default: template as never } }] }) });
      new WebSocketDeployment(stack, 'Deployment', { webSocketApi: api });
      return Object.keys(Template.fromStack(stack).findResources('AWS::ApiGatewayV2::Deployment'))[0];
    };
    const base = logicalId('send', '{"a": 1}');
    expect(base).toMatch(/^Deployment[0-9A-F]{8}[0-9A-F]{8}$/);
    expect(logicalId('send', '{"a": 1}')).toBe(base);
    expect(logicalId('send', '{"a": 2}')).not.toBe(base);
    expect(logicalId('post', '{"a": 1}')).not.toBe(base);
  });

  test('a deployment into an auto-deploy stage throws deployment-auto-deploy', () => {
    const stack = newStack();
    const api = apiWithRoute(stack);
    const stage = new WebSocketStage(stack, 'Prod', { webSocketApi: api, stageName: 'prod', autoDeploy: true });
    expect(ruleOf(() => new WebSocketDeployment(stack, 'D', { webSocketApi: api, stage }))).toBe('deployment-auto-deploy');
  });

  test('a deployment into a stage of another API throws deployment-stage', () => {
    const stack = newStack();
    const stage = new WebSocketStage(stack, 'Prod', { webSocketApi: apiWithRoute(stack), stageName: 'prod', autoDeploy: false });
    expect(ruleOf(() => new WebSocketDeployment(stack, 'D', { webSocketApi: new WebSocketApi(stack, 'Other'), stage }))).toBe('deployment-stage');
  });

  test('a deployment description over 1,024 characters throws deployment-description; 1,024 is fine', () => {
    const stack = newStack();
    const api = apiWithRoute(stack);
    const stage = new WebSocketStage(stack, 'Prod', { webSocketApi: api, stageName: 'prod', autoDeploy: false });
    expect(ruleOf(() => new WebSocketDeployment(stack, 'D', { webSocketApi: api, stage, description: 'd'.repeat(1025) }))).toBe('deployment-description');
    expect(ruleOf(() => new WebSocketDeployment(stack, 'E', { webSocketApi: api, stage, description: 'd'.repeat(1024) }))).toBeUndefined();
  });

  test.each([
    ['a description over 1,024 characters', 'stage-description', { description: 'd'.repeat(1025) }],
    ['a tag key with the aws: prefix', 'stage-tags', { tags: { 'aws:team': 'x' } }],
    ['a tag value over 256 characters', 'stage-tags', { tags: { team: 'x'.repeat(257) } }],
  ])('a WebSocket stage with %s throws %s', (_what, rule, props) => {
    const stack = newStack();
    expect(ruleOf(() => new WebSocketStage(stack, 'Prod', { webSocketApi: apiWithRoute(stack), stageName: 'prod', ...props }))).toBe(rule);
  });
});

describe('WebSocketStage domainMapping', () => {
  const CERT = 'arn:aws:acm:eu-west-1:111122223333:certificate/0a1b2c3d-0000-1111-2222-333344445555';
  const domain = (stack: ReturnType<typeof newStack>) => new DomainName(stack, 'Domain', { domainName: 'chat.example.com', certificate: Certificate.fromCertificateArn(stack, 'Cert', CERT) });

  test('maps the stage under a key, as HttpStage does: the mapping names the API, the domain and the stage, and depends on the stage', () => {
    const stack = newStack();
    const api = apiWithRoute(stack);
    const stage = new WebSocketStage(stack, 'Prod', { webSocketApi: api, stageName: 'prod', domainMapping: { domainName: domain(stack), mappingKey: 'chat' } });
    // aws-cdk-lib's id: the domain's path, then the key
    const mapping = stage.node.findChild('Stack--Domainchat');
    expect(mapping).toBeInstanceOf(ApiMapping);
    Template.fromStack(stack).hasResource('AWS::ApiGatewayV2::ApiMapping', {
      Properties: {
        ApiId: { Ref: stack.getLogicalId(api.node.defaultChild as never) },
        DomainName: { Ref: Match.stringLikeRegexp('^Domain') },
        Stage: 'prod',
        ApiMappingKey: 'chat',
      },
      DependsOn: Match.arrayWith([stack.getLogicalId(stage.node.defaultChild as never)]),
    });
  });

  test('without a key the stage is served at the root of the domain', () => {
    const stack = newStack();
    new WebSocketStage(stack, 'Prod', { webSocketApi: apiWithRoute(stack), stageName: 'prod', domainMapping: { domainName: domain(stack) } });
    Template.fromStack(stack).hasResourceProperties('AWS::ApiGatewayV2::ApiMapping', { Stage: 'prod', ApiMappingKey: Match.absent() });
  });

  test('the WebSocket rules of API mappings apply: a multi-level key throws mapping-key, an HTTP API on the same domain mapping-protocol-mix', () => {
    const stack = newStack();
    const d = domain(stack);
    expect(ruleOf(() => new WebSocketStage(stack, 'Deep', { webSocketApi: apiWithRoute(stack), stageName: 'prod', domainMapping: { domainName: d, mappingKey: 'chat/v1' } }))).toBe('mapping-key');
    new WebSocketStage(stack, 'Prod', { webSocketApi: new WebSocketApi(stack, 'Chat'), stageName: 'prod', domainMapping: { domainName: d, mappingKey: 'chat' } });
    const http = new HttpApi(stack, 'Http', { createDefaultStage: false });
    const httpStage = new HttpStage(stack, 'HttpProd', { httpApi: http, stageName: 'prod', autoDeploy: true });
    expect(ruleOf(() => new ApiMapping(stack, 'HttpMapping', { api: http, stage: httpStage, domainName: d, apiMappingKey: 'orders' }))).toBe('mapping-protocol-mix');
  });

  test('a second mapping at the same key of the domain throws mapping-key-unique', () => {
    const stack = newStack();
    const d = domain(stack);
    const api = apiWithRoute(stack);
    new WebSocketStage(stack, 'Prod', { webSocketApi: api, stageName: 'prod', domainMapping: { domainName: d, mappingKey: 'chat' } });
    expect(ruleOf(() => new WebSocketStage(stack, 'Dev', { webSocketApi: api, stageName: 'dev', domainMapping: { domainName: d, mappingKey: 'chat' } }))).toBe('mapping-key-unique');
  });
});

describe('imported stages and APIs: usage errors with their own ids', () => {
  test('an import given neither name of an attribute it needs: [import-attributes-required]', () => {
    const stack = newStack();
    expect(() => WebSocketStage.fromWebSocketStageAttributes(stack, 'S', { stageName: 'prod' })).toThrow(/^\[import-attributes-required\]/);
    expect(() => WebSocketApi.fromWebSocketApiAttributes(stack, 'A', {})).toThrow(/^\[import-attributes-required\]/);
  });

  test('a stage variable added to an imported stage: [imported-resource]', () => {
    const stack = newStack();
    const api = WebSocketApi.fromWebSocketApiAttributes(stack, 'A', { webSocketId: 'abc' });
    const stage = WebSocketStage.fromWebSocketStageAttributes(stack, 'S', { stageName: 'prod', webSocketApi: api });
    expect(() => stage.addStageVariable('table', 'orders')).toThrow(/^\[imported-resource\]/);
  });
});
