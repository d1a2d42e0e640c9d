import { App } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import { Certificate } from 'aws-cdk-lib/aws-certificatemanager';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { findings, newStack, only } from './helpers';
import { ApiMapping } from '../../src/common/api-mapping';
import { DomainName } from '../../src/common/domain-name';
import { HttpMethod, HttpRouteKey } from '../../src/common/route-key';
import { HttpAccessLogFormat, HttpApi, HttpDeployment, HttpStage, HttpUrlIntegration } from '../../src/http';

const site = () => new HttpUrlIntegration('Site', 'https://example.com');

describe('HttpStage', () => {
  test('a named stage with every property', () => {
    const stack = newStack();
    const api = new HttpApi(stack, 'Api', { createDefaultStage: false });
    const logs = new LogGroup(stack, 'Logs');
    const stage = new HttpStage(stack, 'Prod', {
      httpApi: api,
      stageName: 'prod',
      autoDeploy: true,
      description: 'production',
      stageVariables: { backend: 'https://backend.example.com/v1' },
      throttle: { rateLimit: 100, burstLimit: 50 },
      detailedMetricsEnabled: true,
      routeSettings: [{ routeKey: HttpRouteKey.with('/orders', HttpMethod.GET), throttle: { rateLimit: 10, burstLimit: 5 }, detailedMetricsEnabled: false }],
      accessLogGroup: logs,
      accessLogFormat: HttpAccessLogFormat.fromFields({ status: 'status' }),
      tags: { env: 'prod' },
    });
    stage.addStageVariable('mode', 'live');
    stage.addRouteSettings({ routeKey: HttpRouteKey.DEFAULT, throttle: { burstLimit: 1 } });
    expect(only(stack, 'AWS::ApiGatewayV2::Stage')).toEqual({
      ApiId: { Ref: expect.stringMatching(/^Api/) },
      StageName: 'prod',
      AutoDeploy: true,
      Description: 'production',
      StageVariables: { backend: 'https://backend.example.com/v1', mode: 'live' },
      DefaultRouteSettings: { ThrottlingRateLimit: 100, ThrottlingBurstLimit: 50, DetailedMetricsEnabled: true },
      RouteSettings: {
        'GET /orders': { ThrottlingRateLimit: 10, ThrottlingBurstLimit: 5, DetailedMetricsEnabled: false },
        '$default': { ThrottlingBurstLimit: 1 },
      },
      AccessLogSettings: { DestinationArn: { 'Fn::GetAtt': [expect.stringMatching(/^Logs/), 'Arn'] }, Format: '{"requestId":"$context.requestId","status":"$context.status"}' },
      Tags: { env: 'prod' },
    });
    expect(stack.resolve(stage.url)).toEqual({ 'Fn::Join': ['', ['https://', { Ref: expect.any(String) }, '.execute-api.eu-west-1.', { Ref: 'AWS::URLSuffix' }, '/prod']] });
    expect(stage.metric('Count').dimensions).toMatchObject({ Stage: 'prod' });
    expect(findings(stack)).toEqual([]);
  });

  test('a new access log group with the retention asked for; accessLogging false with a format is a warning', () => {
    const stack = newStack();
    const api = new HttpApi(stack, 'Api', { createDefaultStage: false });
    api.addStage('Dev', { stageName: 'dev', accessLogRetention: RetentionDays.ONE_WEEK });
    Template.fromStack(stack).hasResourceProperties('AWS::Logs::LogGroup', { RetentionInDays: 7 });
    api.addStage('Bad', { stageName: 'bad', accessLogging: false, accessLogFormat: HttpAccessLogFormat.jsonWithStandardFields() });
    Annotations.fromStack(stack).hasWarning('/Stack/Api/Bad', Match.stringLikeRegexp('\\[stage-access-log-settings\\]'));
  });

  test.each([
    [{ stageName: 'has space' }, 'stage-name'],
    [{ stageName: 'x'.repeat(129) }, 'stage-name'],
    [{ stageVariables: { 'bad-name': 'x' } }, 'stage-variable-name'],
    [{ stageVariables: { ok: 'has space' } }, 'stage-variable-value'],
    [{ description: 'd'.repeat(1025) }, 'stage-description'],
  ])('%j is refused with %s', (props, rule) => {
    const stack = newStack();
    const api = new HttpApi(stack, 'Api', { createDefaultStage: false });
    expect(() => new HttpStage(stack, 'S', { httpApi: api, ...props })).toThrow(new RegExp(`\\[${rule}\\]`));
  });

  test.each([
    [{ throttle: { burstLimit: 1.5 } }],
    [{ throttle: { rateLimit: -1 } }],
  ])('%j deploys: a stage-throttling-range warning at synth, not a throw', (props) => {
    const stack = newStack();
    const api = new HttpApi(stack, 'Api', { createDefaultStage: false });
    new HttpStage(stack, 'S', { httpApi: api, ...props });
    expect(findings(stack)).toContainEqual(['stage-throttling-range', 'warning', expect.stringMatching(/^DefaultRouteSettings\.Throttling/)]);
    expect(findings(stack).filter(f => f[1] === 'error')).toEqual([]);
  });

  test('access log formats must hold the request id and be one line', () => {
    expect(() => HttpAccessLogFormat.custom('$context.status')).toThrow(/\[stage-access-log-request-id\]/);
    // The braced form is the same variable, as the stage-access-log-request-id rule reads it.
    expect(HttpAccessLogFormat.custom('${context.requestId} $context.status').format).toBe('${context.requestId} $context.status');
    expect(() => HttpAccessLogFormat.custom('$context.requestId\n$context.status')).toThrow(/\[stage-access-log-single-line\]/);
    expect(HttpAccessLogFormat.custom('$context.extendedRequestId\n').format).toBe('$context.extendedRequestId\n');
    expect(HttpAccessLogFormat.fromFields({ id: 'requestId' }).format).toBe('{"id":"$context.requestId"}');
  });

  test('fromHttpStageAttributes', () => {
    const stack = newStack();
    const api = new HttpApi(stack, 'Api', { createDefaultStage: false });
    const stage = HttpStage.fromHttpStageAttributes(stack, 'Imported', { stageName: 'prod', api });
    expect(stage.stageRef.stageName).toBe('prod');
    expect(() => stage.addStageVariable('a', 'b')).toThrow(/^\[imported-resource\]/);
  });

  test('domainMapping maps the stage under its key with an ApiMapping that depends on the stage', () => {
    const stack = newStack();
    const api = new HttpApi(stack, 'Api', { createDefaultStage: false });
    const certificate = Certificate.fromCertificateArn(stack, 'Cert', 'arn:aws:acm:eu-west-1:111122223333:certificate/0a1b2c3d-0000-1111-2222-333344445555');
    const domainName = new DomainName(stack, 'Domain', { domainName: 'api.example.com', certificate });
    const stage = new HttpStage(stack, 'Prod', { httpApi: api, stageName: 'prod', domainMapping: { domainName, mappingKey: 'orders' } });
    // aws-cdk-lib's id: the domain's path, then the key
    expect(stage.node.findChild('Stack--Domainorders')).toBeInstanceOf(ApiMapping);
    Template.fromStack(stack).hasResource('AWS::ApiGatewayV2::ApiMapping', {
      Properties: { ApiId: { Ref: stack.getLogicalId(api.node.defaultChild as never) }, Stage: 'prod', ApiMappingKey: 'orders' },
      DependsOn: Match.arrayWith([stack.getLogicalId(stage.node.defaultChild as never)]),
    });
  });
});

describe('HttpDeployment', () => {
  test('deploys into a stage without auto-deploy, after every route, renamed when the routes change', () => {
    const build = (paths: string[]) => {
      const stack = newStack(new App());
      const api = new HttpApi(stack, 'Api', { createDefaultStage: false });
      const stage = api.addStage('Prod', { stageName: 'prod', autoDeploy: false });
      api.addRoutes({ path: paths[0], integration: site() });
      new HttpDeployment(stack, 'Deployment', { httpApi: api, stage, description: 'release' });
      for (const path of paths.slice(1)) api.addRoutes({ path, integration: site() });
      return Template.fromStack(stack).findResources('AWS::ApiGatewayV2::Deployment');
    };
    const one = build(['/a', '/b']);
    const [id, deployment] = Object.entries(one)[0] as [string, { Properties: object; DependsOn: string[] }];
    expect(deployment.Properties).toEqual({ ApiId: { Ref: expect.any(String) }, Description: 'release', StageName: 'prod' });
    expect(deployment.DependsOn).toEqual(expect.arrayContaining([expect.stringMatching(/^ApiANYa/), expect.stringMatching(/^ApiANYb/), expect.stringMatching(/^ApiProd/)]));
    expect(Object.keys(build(['/a', '/b']))).toEqual([id]);
    expect(Object.keys(build(['/a', '/c']))).not.toEqual([id]);
  });

  test('a stage that deploys automatically takes no deployment', () => {
    const stack = newStack();
    const api = new HttpApi(stack, 'Api', { createDefaultStage: false });
    // A deployment needs a route to deploy (deployment-no-routes).
    api.addRoutes({ path: '/x', integration: site() });
    const stage = api.addStage('Prod', { stageName: 'prod', autoDeploy: true });
    expect(() => new HttpDeployment(stack, 'D', { httpApi: api, stage })).toThrow(/\[deployment-auto-deploy\]/);
    const manual = api.addStage('Manual', { stageName: 'manual', autoDeploy: false });
    new HttpDeployment(stack, 'Fixed', { httpApi: api, stage: manual, redeployOnChange: false });
    expect(Object.keys(Template.fromStack(stack).findResources('AWS::ApiGatewayV2::Deployment'))).toEqual([expect.stringMatching(/^Fixed[0-9A-F]{8}$/)]);
    Template.fromStack(stack).hasResourceProperties('AWS::ApiGatewayV2::Stage', { StageName: 'manual', AutoDeploy: false, DeploymentId: Match.absent() });
  });
});
