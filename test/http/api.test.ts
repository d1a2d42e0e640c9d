import { App, Duration, Stack } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import { CfnIntegration } from 'aws-cdk-lib/aws-apigatewayv2';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { findings, newFunction, newStack, only } from './helpers';
import { IpAddressType } from '../../src/common/domain-name';
import { SwitchyardError } from '../../src/common/errors';
import { HttpMethod } from '../../src/common/route-key';
import {
  CorsHttpMethod, HttpAccessLogFormat, HttpApi, HttpIamAuthorizer, HttpJwtAuthorizer, HttpLambdaIntegration, HttpNoneAuthorizer,
  HttpUrlIntegration,
} from '../../src/http';

const ISSUER = 'https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_abc';

describe('HttpApi', () => {
  test('defaults: named after the id, HTTP, a $default stage deploying automatically with JSON access logs', () => {
    const stack = newStack();
    const api = new HttpApi(stack, 'Orders');
    const template = Template.fromStack(stack);
    template.hasResourceProperties('AWS::ApiGatewayV2::Api', { Name: 'Orders', ProtocolType: 'HTTP', CorsConfiguration: Match.absent() });
    template.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      StageName: '$default',
      AutoDeploy: true,
      AccessLogSettings: { DestinationArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('AccessLogs'), 'Arn'] }, Format: Match.stringLikeRegexp('"requestId":"\\$context.requestId"') },
    });
    template.resourceCountIs('AWS::Logs::LogGroup', 1);
    const format = (only(stack, 'AWS::ApiGatewayV2::Stage').AccessLogSettings as { Format: string }).Format;
    expect(JSON.parse(format)).toMatchObject({ requestId: '$context.requestId', status: '$context.status', routeKey: '$context.routeKey' });
    expect(api.defaultStage?.stageName).toBe('$default');
    const apiRef = stack.getLogicalId(api.node.defaultChild as never);
    expect(stack.resolve(api.url)).toEqual({ 'Fn::Join': ['', ['https://', { Ref: apiRef }, '.execute-api.eu-west-1.', { Ref: 'AWS::URLSuffix' }, '/']] });
    expect(findings(stack)).toEqual([]);
  });

  test('every property reaches the template', () => {
    const stack = newStack();
    new HttpApi(stack, 'Api', {
      apiName: 'orders',
      description: 'the orders API',
      version: '2024-01',
      disableExecuteApiEndpoint: true,
      ipAddressType: IpAddressType.DUAL_STACK,
      routeSelectionExpression: true,
      corsPreflight: {
        allowCredentials: true,
        allowHeaders: ['authorization', 'content-type'],
        allowMethods: [CorsHttpMethod.GET, CorsHttpMethod.POST],
        allowOrigins: ['https://app.example.com'],
        exposeHeaders: ['x-request-id'],
        maxAge: Duration.hours(1),
      },
      tags: { team: 'orders' },
    });
    Template.fromStack(stack).hasResourceProperties('AWS::ApiGatewayV2::Api', {
      Name: 'orders',
      Description: 'the orders API',
      Version: '2024-01',
      DisableExecuteApiEndpoint: true,
      IpAddressType: 'dualstack',
      RouteSelectionExpression: '${request.method} ${request.path}',
      CorsConfiguration: {
        AllowCredentials: true,
        AllowHeaders: ['authorization', 'content-type'],
        AllowMethods: ['GET', 'POST'],
        AllowOrigins: ['https://app.example.com'],
        ExposeHeaders: ['x-request-id'],
        MaxAge: 3600,
      },
      Tags: { team: 'orders' },
    });
    expect(findings(stack)).toEqual([]);
  });

  test('createDefaultStage: false makes no stage and no log group', () => {
    const stack = newStack();
    const api = new HttpApi(stack, 'Api', { createDefaultStage: false });
    Template.fromStack(stack).resourceCountIs('AWS::ApiGatewayV2::Stage', 0);
    Template.fromStack(stack).resourceCountIs('AWS::Logs::LogGroup', 0);
    expect(api.url).toBeUndefined();
  });

  test('default stage options: access logging off, or a custom format', () => {
    const off = newStack();
    new HttpApi(off, 'Api', { defaultStageOptions: { accessLogging: false } });
    expect(only(off, 'AWS::ApiGatewayV2::Stage').AccessLogSettings).toBeUndefined();
    Template.fromStack(off).resourceCountIs('AWS::Logs::LogGroup', 0);

    const custom = newStack();
    new HttpApi(custom, 'Api', { defaultStageOptions: { accessLogFormat: HttpAccessLogFormat.custom('$context.requestId $context.status') } });
    expect(only(custom, 'AWS::ApiGatewayV2::Stage').AccessLogSettings).toMatchObject({ Format: '$context.requestId $context.status' });
  });

  test('CORS: credentials with the wildcard origin are refused, and so is maxAge past a day', () => {
    const stack = newStack();
    expect(() => new HttpApi(stack, 'A', { corsPreflight: { allowCredentials: true, allowOrigins: ['*'] } })).toThrow(/\[cors-credentials-wildcard\]/);
    expect(() => new HttpApi(stack, 'B', { corsPreflight: { maxAge: Duration.days(2) } })).toThrow(/\[cors-max-age\]/);
    // At the edge: a day is fine, and the wildcard without credentials too.
    expect(() => new HttpApi(stack, 'C', { corsPreflight: { maxAge: Duration.days(1), allowOrigins: ['*'] } })).not.toThrow();
  });

  test('CORS: an origin with a path is a warning', () => {
    const stack = newStack();
    new HttpApi(stack, 'Api', { corsPreflight: { allowOrigins: ['https://app.example.com/', 'https://ok.example.com:8443'] } });
    const warnings = Annotations.fromStack(stack).findWarning('*', Match.stringLikeRegexp('CORS origin'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0].entry.data).toMatch(/https:\/\/app\.example\.com\//);
  });

  test('description and version lengths, tags', () => {
    const stack = newStack();
    expect(() => new HttpApi(stack, 'A', { description: 'x'.repeat(1025) })).toThrow(SwitchyardError);
    expect(() => new HttpApi(stack, 'B', { description: 'x'.repeat(1024), version: 'v'.repeat(64) })).not.toThrow();
    expect(() => new HttpApi(stack, 'C', { version: 'v'.repeat(65) })).toThrow(/\[api-description\]/);
    expect(() => new HttpApi(stack, 'D', { tags: { 'aws:x': 'y' } })).toThrow(/\[api-tags\]/);
  });

  test('defaultIntegration makes the $default route', () => {
    const stack = newStack();
    new HttpApi(stack, 'Api', { defaultIntegration: new HttpUrlIntegration('Site', 'https://example.com') });
    Template.fromStack(stack).hasResourceProperties('AWS::ApiGatewayV2::Route', { RouteKey: '$default' });
    Template.fromStack(stack).hasResourceProperties('AWS::ApiGatewayV2::Integration', { IntegrationType: 'HTTP_PROXY', IntegrationMethod: 'ANY', IntegrationUri: 'https://example.com', PayloadFormatVersion: '1.0' });
    expect(findings(stack)).toEqual([]);
  });

  test('default authorizer and scopes apply to routes that name none; HttpNoneAuthorizer opens a route', () => {
    const stack = newStack();
    const api = new HttpApi(stack, 'Api', {
      defaultAuthorizer: new HttpJwtAuthorizer('Jwt', ISSUER, { jwtAudience: ['client'] }),
      defaultAuthorizationScopes: ['orders/read'],
    });
    const site = new HttpUrlIntegration('Site', 'https://example.com');
    api.addRoutes({ path: '/orders', methods: [HttpMethod.GET], integration: site });
    api.addRoutes({ path: '/health', methods: [HttpMethod.GET], integration: site, authorizer: new HttpNoneAuthorizer() });
    api.addRoutes({ path: '/admin', methods: [HttpMethod.GET], integration: site, authorizationScopes: ['orders/admin'] });
    api.addRoutes({ path: '/any', methods: [HttpMethod.GET], integration: site, authorizationScopes: [] });
    const template = Template.fromStack(stack);
    template.hasResourceProperties('AWS::ApiGatewayV2::Route', { RouteKey: 'GET /orders', AuthorizationType: 'JWT', AuthorizerId: { Ref: Match.anyValue() }, AuthorizationScopes: ['orders/read'] });
    template.hasResourceProperties('AWS::ApiGatewayV2::Route', { RouteKey: 'GET /health', AuthorizationType: 'NONE', AuthorizerId: Match.absent() });
    template.hasResourceProperties('AWS::ApiGatewayV2::Route', { RouteKey: 'GET /admin', AuthorizationScopes: ['orders/admin'] });
    template.hasResourceProperties('AWS::ApiGatewayV2::Route', { RouteKey: 'GET /any', AuthorizationType: 'JWT', AuthorizationScopes: Match.absent() });
    template.resourceCountIs('AWS::ApiGatewayV2::Authorizer', 1);
    template.resourceCountIs('AWS::ApiGatewayV2::Integration', 1);
    expect(findings(stack)).toEqual([]);
  });

  test('addRoutes: one route per method, ANY by default; a duplicate route key is refused where it is written', () => {
    const stack = newStack();
    const api = new HttpApi(stack, 'Api');
    const site = new HttpUrlIntegration('Site', 'https://example.com');
    expect(api.addRoutes({ path: '/a', integration: site }).map(r => r.routeKey.key)).toEqual(['ANY /a']);
    expect(api.addRoutes({ path: '/b', methods: [HttpMethod.GET, HttpMethod.PUT, HttpMethod.GET], integration: site })).toHaveLength(2);
    expect(() => api.addRoutes({ path: '/b', methods: [HttpMethod.PUT], integration: site })).toThrow(/\[route-key-unique\].*"PUT \/b".*Stack\/Api\/PUT--b/);
    expect(() => api.addRoutes({ path: '/c/', integration: site })).toThrow(/\[http-route-key\]/);
  });

  test('a synth error names the construct path (escape hatch)', () => {
    const app = new App();
    const stack = newStack(app);
    const api = new HttpApi(stack, 'Api');
    const [route] = api.addRoutes({ path: '/a', integration: new HttpUrlIntegration('Site', 'https://example.com', { timeout: Duration.seconds(10) }) });
    const integration = route.node.findAll().find(c => c instanceof CfnIntegration) as CfnIntegration;
    integration.addPropertyOverride('TimeoutInMillis', 40_000);
    expect(() => app.synth()).toThrow(/\[integration-timeout\] Stack\/Api\/ANY--a\/Site.*TimeoutInMillis/);
  });

  test('fromHttpApiAttributes', () => {
    const stack = newStack();
    const api = HttpApi.fromHttpApiAttributes(stack, 'Imported', { httpApiId: 'abc123' });
    expect(api.apiId).toBe('abc123');
    expect(api.apiRef.apiId).toBe('abc123');
    expect(stack.resolve(api.apiEndpoint)).toEqual({ 'Fn::Join': ['', ['https://abc123.execute-api.eu-west-1.', { Ref: 'AWS::URLSuffix' }]] });
    expect(HttpApi.fromHttpApiAttributes(stack, 'WithEndpoint', { httpApiId: 'x', apiEndpoint: 'https://api.example.com' }).apiEndpoint).toBe('https://api.example.com');
    expect(stack.resolve(api.arnForExecuteApi('GET', '/pets', 'prod'))).toEqual({
      'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':execute-api:eu-west-1:111122223333:abc123/prod/GET/pets']],
    });
  });

  test('arnForExecuteApi: every method, path and stage by default; ANY is *; a path must start with /', () => {
    const stack = newStack();
    const api = new HttpApi(stack, 'Api');
    const arn = (m?: string, p?: string, s?: string) => JSON.stringify(stack.resolve(api.arnForExecuteApi(m, p, s)));
    expect(arn()).toMatch(/\/\*\/\*\/\*"\]\]\}$/);
    expect(arn('ANY', '/a')).toMatch(/\/\*\/\*\/a"\]\]\}$/);
    expect(() => api.arnForExecuteApi('GET', 'a')).toThrow(SwitchyardError);
  });

  test.each([
    ['metricClientError', '4xx', 'Sum'],
    ['metricServerError', '5xx', 'Sum'],
    ['metricDataProcessed', 'DataProcessed', 'Sum'],
    ['metricCount', 'Count', 'SampleCount'],
    ['metricIntegrationLatency', 'IntegrationLatency', 'Average'],
    ['metricLatency', 'Latency', 'Average'],
  ] as const)('%s', (method, name, statistic) => {
    const stack = newStack();
    const api = new HttpApi(stack, 'Api');
    const metric = api[method]();
    expect(metric.metricName).toBe(name);
    expect(metric.namespace).toBe('AWS/ApiGateway');
    expect(metric.statistic).toBe(statistic);
    expect(stack.resolve(metric.dimensions)).toEqual({ ApiId: { Ref: stack.getLogicalId(api.node.defaultChild as never) } });
    expect(api[method]({ period: Duration.minutes(1) }).period.toMinutes()).toBe(1);
  });

  test('IAM routes: grantInvoke gives execute-api:Invoke on the route; other routes refuse it', () => {
    const stack = newStack();
    const api = new HttpApi(stack, 'Api');
    const site = new HttpUrlIntegration('Site', 'https://example.com');
    const [iam] = api.addRoutes({ path: '/pets/{id}', methods: [HttpMethod.GET], integration: site, authorizer: new HttpIamAuthorizer() });
    const [open] = api.addRoutes({ path: '/open', integration: site });
    const role = new Role(stack, 'Caller', { assumedBy: new ServicePrincipal('lambda.amazonaws.com') });
    iam.grantInvoke(role);
    Template.fromStack(stack).hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: {
        Statement: [{
          Action: 'execute-api:Invoke',
          Effect: 'Allow',
          Resource: { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':execute-api:eu-west-1:111122223333:', { Ref: Match.anyValue() }, '/*/GET/pets/*']] },
        }],
      },
    });
    Template.fromStack(stack).hasResourceProperties('AWS::ApiGatewayV2::Route', { RouteKey: 'GET /pets/{id}', AuthorizationType: 'AWS_IAM' });
    expect(() => open.grantInvoke(role)).toThrow(/^\[http-route-grant-invoke\] grantInvoke needs a route authorized with IAM/);
  });

  test('the API is accepted where aws-cdk-lib asks for an IApi (structurally)', () => {
    const stack = newStack();
    const api = new HttpApi(stack, 'Api');
    const asIApi: import('aws-cdk-lib/aws-apigatewayv2').IApi = api;
    const asIStage: import('aws-cdk-lib/aws-apigatewayv2').IStage = api.defaultStage!;
    expect(asIApi.apiRef.apiId).toBe(api.apiId);
    expect(asIStage.stageRef.stageName).toBe('$default');
  });

  test('a Lambda integration on the $default route and a named route in one API', () => {
    const stack = new Stack(new App(), 'S', { env: { account: '111122223333', region: 'eu-west-1' } });
    const fn = newFunction(stack);
    const api = new HttpApi(stack, 'Api', { defaultIntegration: new HttpLambdaIntegration('Default', fn) });
    api.addRoutes({ path: '/a', methods: [HttpMethod.GET], integration: new HttpLambdaIntegration('A', fn) });
    Template.fromStack(stack).resourceCountIs('AWS::Lambda::Permission', 2);
    expect(findings(stack)).toEqual([]);
  });
});
