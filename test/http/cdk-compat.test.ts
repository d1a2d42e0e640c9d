/**
 * aws-cdk-lib's HTTP API and stage members on Switchyard's constructs: the same calls compile and give what
 * aws-cdk-lib gives (compared against aws-cdk-lib's own constructs in the same stack where both exist).
 */
import { IPropertyInjector, InjectionContext, PropertyInjectors, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import * as cdk from 'aws-cdk-lib/aws-apigatewayv2';
import { Certificate } from 'aws-cdk-lib/aws-certificatemanager';
import { LogGroup } from 'aws-cdk-lib/aws-logs';
import { newStack } from './helpers';
import { DomainName, LogGroupLogDestination, Switchyard, WebSocketApi } from '../../src';
import { HttpApi, HttpApiHelper, HttpApiProps, HttpStage } from '../../src/http';
import { ruleOf } from '../common/expect-rule-error';

const certificateOf = (stack: Stack) => Certificate.fromCertificateArn(stack, 'Cert', 'arn:aws:acm:eu-west-1:111122223333:certificate/abc');

describe("aws-cdk-lib's HttpApi and HttpStage members", () => {
  test.each([
    [[]],
    [['GET']],
    [['any', '/items']],
    [['ANY', '/items', 'prod']],
    [[undefined, undefined, 'prod']],
  ] as Array<[Array<string | undefined>]>)('arnForExecuteApi(%j) and HttpApiHelper return what aws-cdk-lib returns', (args) => {
    const stack = newStack();
    const ours = new HttpApi(stack, 'Ours');
    const theirs = new cdk.HttpApi(stack, 'Theirs');
    const [m, p, s] = args;
    const resolved = (value: string, api: { apiId: string }) => JSON.stringify(stack.resolve(value)).split(JSON.stringify(stack.resolve(api.apiId))).join('"API"');
    const expected = resolved(theirs.arnForExecuteApi(m, p, s), theirs);
    expect(resolved(ours.arnForExecuteApi(m, p, s), ours)).toBe(expected);
    expect(resolved(HttpApiHelper.fromHttpApi(ours).arnForExecuteApi(m, p, s), ours)).toBe(expected);
  });

  test.each([
    ['metricClientError', '4xx', 'Sum'],
    ['metricServerError', '5xx', 'Sum'],
    ['metricDataProcessed', 'DataProcessed', 'Sum'],
    ['metricCount', 'Count', 'SampleCount'],
    ['metricIntegrationLatency', 'IntegrationLatency', 'Average'],
    ['metricLatency', 'Latency', 'Average'],
  ] as const)('stage %s: the metric, statistic and dimensions of aws-cdk-lib', (method, name, statistic) => {
    const stack = newStack();
    const stage = new HttpApi(stack, 'Api').defaultStage!;
    const theirs = new cdk.HttpApi(stack, 'Theirs').defaultStage!;
    const metric = stage[method]();
    expect(metric.metricName).toBe(theirs[method]().metricName);
    expect(metric.metricName).toBe(name);
    expect(metric.statistic).toBe(statistic);
    expect(stack.resolve(metric.dimensions)).toEqual({ ApiId: { Ref: stack.getLogicalId(stage.api.node.defaultChild as never) }, Stage: '$default' });
  });

  test('isHttpApi, isHttpStage, apiRef and stageRef', () => {
    const stack = newStack();
    const api = new HttpApi(stack, 'Api');
    expect(api.isHttpApi).toBe(true);
    expect(api.defaultStage!.isHttpStage).toBe(true);
    expect(api.apiRef).toEqual({ apiId: api.apiId });
    expect(api.defaultStage!.stageRef).toEqual({ apiId: api.apiId, stageName: '$default' });
    const imported = HttpStage.fromHttpStageAttributes(stack, 'I', { stageName: 'dev', api: HttpApi.fromHttpApiAttributes(stack, 'IA', { httpApiId: 'abc' }) });
    expect(imported.isHttpStage).toBe(true);
    expect(imported.stageRef).toEqual({ apiId: 'abc', stageName: 'dev' });
    expect(imported.metricCount().dimensions).toEqual({ ApiId: 'abc', Stage: 'dev' });
    expect(ruleOf(() => imported.domainUrl)).toBe('imported-resource');
  });

  test('defaultDomainMapping maps the default stage; domainUrl is the mapping URL', () => {
    const stack = newStack();
    const domainName = new DomainName(stack, 'Domain', { domainName: 'api.example.com', certificate: certificateOf(stack) });
    const api = new HttpApi(stack, 'Api', { defaultDomainMapping: { domainName, mappingKey: 'v1' } });
    Template.fromStack(stack).hasResourceProperties('AWS::ApiGatewayV2::ApiMapping', {
      ApiId: { Ref: stack.getLogicalId(api.node.defaultChild as never) }, ApiMappingKey: 'v1', Stage: '$default',
    });
    expect(stack.resolve(api.defaultStage!.domainUrl)).toEqual({ 'Fn::Join': ['', ['https://', { Ref: stack.getLogicalId(domainName.node.defaultChild as never) }, '/v1']] });
    expect(ruleOf(() => new HttpApi(stack, 'Unmapped').defaultStage!.domainUrl)).toBe('mapping-required');
  });

  test("defaultDomainMapping takes aws-cdk-lib's DomainName (an IDomainNameRef)", () => {
    const stack = newStack();
    const domainName = new cdk.DomainName(stack, 'Domain', { domainName: 'api.example.com', certificate: certificateOf(stack) });
    new HttpApi(stack, 'Api', { defaultDomainMapping: { domainName } });
    Template.fromStack(stack).hasResourceProperties('AWS::ApiGatewayV2::ApiMapping', { DomainName: { Ref: stack.getLogicalId(domainName.node.defaultChild as never) } });
  });

  test('accessLogSettings: the destination and the Common Log Format of aws-cdk-lib, no log group of its own', () => {
    const stack = newStack();
    const logs = new LogGroup(stack, 'Logs');
    const api = new HttpApi(stack, 'Api', { defaultStageOptions: { accessLogSettings: { destination: new LogGroupLogDestination(logs) } } });
    const theirs = new cdk.HttpApi(stack, 'Theirs').defaultStage as cdk.HttpStage;
    expect((api.defaultStage as HttpStage).defaultAccessLogFormat().toString()).toBe(theirs.defaultAccessLogFormat().toString());
    Template.fromStack(stack).hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      ApiId: { Ref: stack.getLogicalId(api.node.defaultChild as never) },
      AccessLogSettings: { DestinationArn: { 'Fn::GetAtt': [stack.getLogicalId(logs.node.defaultChild as never), 'Arn'] }, Format: AccessLogFormat.clf().toString() },
    });
    Template.fromStack(stack).resourceCountIs('AWS::Logs::LogGroup', 1);
    expect(Switchyard.findings(stack).filter(f => f.severity === 'error')).toEqual([]);
  });

  test('accessLogSettings: a format without the request id throws stage-access-log-request-id, a multi-line one stage-access-log-single-line', () => {
    const stack = newStack();
    const destination = new LogGroupLogDestination(new LogGroup(stack, 'Logs'));
    const api = new HttpApi(stack, 'Api', { createDefaultStage: false });
    expect(ruleOf(() => api.addStage('A', { stageName: 'a', accessLogSettings: { destination, format: AccessLogFormat.custom('$context.status') } }))).toBe('stage-access-log-request-id');
    expect(ruleOf(() => api.addStage('B', { stageName: 'b', accessLogSettings: { destination, format: AccessLogFormat.custom('$context.requestId\n$context.status') } }))).toBe('stage-access-log-single-line');
    expect(ruleOf(() => api.addStage('C', { stageName: 'c', accessLogSettings: { destination, format: AccessLogFormat.jsonWithStandardFields() } }))).toBeUndefined();
  });

  test('HttpStage takes an aws-cdk-lib-style IHttpApiRef that is an HTTP API; a bare reference throws api-protocol-type', () => {
    const stack = newStack();
    const api = new HttpApi(stack, 'Api', { createDefaultStage: false });
    const ref: import('../../src').IHttpApiRef = api;
    expect(new HttpStage(stack, 'S', { httpApi: ref, stageName: 's' }).api).toBe(api);
    const bare = { isHttpApi: true, apiRef: { apiId: 'x' }, node: api.node, env: api.env } as unknown as import('../../src').IHttpApiRef;
    expect(ruleOf(() => new HttpStage(stack, 'B', { httpApi: bare, stageName: 'b' }))).toBe('api-protocol-type');
  });

  test('property injectors registered for HttpApi.PROPERTY_INJECTION_ID apply to its props', () => {
    class Describe implements IPropertyInjector {
      public readonly constructUniqueId = HttpApi.PROPERTY_INJECTION_ID;
      public inject(props: HttpApiProps, _context: InjectionContext): HttpApiProps {
        return { description: 'injected', ...props };
      }
    }
    const stack = newStack();
    PropertyInjectors.of(stack).add(new Describe());
    new HttpApi(stack, 'Api');
    new HttpApi(stack, 'Own', { description: 'own' });
    const descriptions = Object.values(Template.fromStack(stack).findResources('AWS::ApiGatewayV2::Api')).map(r => r.Properties.Description);
    expect(descriptions.sort()).toEqual(['injected', 'own']);
  });
});

test('an API of the other protocol given where types are not checked (JavaScript, a cast): [api-protocol-type]', () => {
  const stack = new Stack();
  const webSocket = new WebSocketApi(stack, 'Ws');
  expect(() => new HttpStage(stack, 'Stage', { httpApi: webSocket as never, stageName: 'x' })).toThrow(/^\[api-protocol-type\]/);
});
