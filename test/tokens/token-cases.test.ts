/**
 * The cases issue 13 names, written out: the sweep (token-sweep.test.ts) covers them among all the others.
 */
import { CfnParameter, Duration, Fn } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { Period } from 'aws-cdk-lib/aws-apigateway';
import { HttpIdentitySource } from '../../src/common/identity-source';
import { HttpMethod, WebSocketRouteKey } from '../../src/common/route-key';
import { HttpApi, HttpApiDefinition, HttpJwtAuthorizer, HttpUrlIntegration } from '../../src/http';
import { WebSocketApi, WebSocketHttpProxyIntegration, WebSocketStage, WebSocketUsagePlan } from '../../src/websocket';
import { findings, newStack } from '../http/helpers';

describe('tokens issue 13 names', () => {
  test('a WebSocket integration timeout of Duration.millis(token) synthesizes as the token', () => {
    const stack = newStack();
    const ms = new CfnParameter(stack, 'TimeoutMs', { type: 'Number' }).valueAsNumber;
    new WebSocketApi(stack, 'Api').addRoute(WebSocketRouteKey.custom('go'), {
      integration: new WebSocketHttpProxyIntegration('Backend', 'https://example.com', { timeout: Duration.millis(ms) }),
    });
    Template.fromStack(stack).hasResourceProperties('AWS::ApiGatewayV2::Integration', { TimeoutInMillis: { Ref: 'TimeoutMs' } });
    expect(findings(stack)).toEqual([]);
  });

  test('Duration.seconds(token) where CloudFormation takes milliseconds: an error with the rule id and the unit to use', () => {
    const stack = newStack();
    const seconds = new CfnParameter(stack, 'TimeoutS', { type: 'Number' }).valueAsNumber;
    expect(() => new WebSocketApi(stack, 'Api').addRoute(WebSocketRouteKey.custom('go'), {
      integration: new WebSocketHttpProxyIntegration('Backend', 'https://example.com', { timeout: Duration.seconds(seconds) }),
    })).toThrow(/^\[integration-timeout\] .*Duration\.millis/);
  });

  test('routes whose paths come from tokens get construct ids without the tokens, one each', () => {
    const stack = newStack();
    const api = new HttpApi(stack, 'Api');
    const site = new HttpUrlIntegration('Site', 'https://example.com');
    api.addRoutes({ path: `/${Fn.importValue('A')}`, methods: [HttpMethod.GET], integration: site });
    api.addRoutes({ path: `/${Fn.importValue('B')}`, methods: [HttpMethod.GET], integration: site });
    expect(api.node.children.map(c => c.node.id).filter(id => id.startsWith('GET'))).toEqual(['GET--Token', 'GET--Token2']);
    expect(Object.keys(Template.fromStack(stack).findResources('AWS::ApiGatewayV2::Route'))).toHaveLength(2);
    expect(findings(stack)).toEqual([]);
  });

  test.each([
    ['a parameter', (s: ReturnType<typeof newStack>) => HttpIdentitySource.custom(new CfnParameter(s, 'Source').valueAsString)],
    ['an imported header name', () => HttpIdentitySource.header(Fn.importValue('HeaderName'))],
  ])('a JWT authorizer identity source from %s synthesizes with no finding', (_what, source) => {
    const stack = newStack();
    new HttpApi(stack, 'Api').addRoutes({
      path: '/a',
      integration: new HttpUrlIntegration('Site', 'https://example.com'),
      authorizer: new HttpJwtAuthorizer('Jwt', 'https://issuer.example.com', { jwtAudience: ['a'], identitySource: source(stack) }),
    });
    expect(findings(stack)).toEqual([]);
  });
});

describe('an OpenAPI document and tokens', () => {
  test('a document holding tokens inside it is written inline with them', () => {
    const stack = newStack();
    const uri = Fn.importValue('FunctionUri');
    const definition = HttpApiDefinition.fromString(JSON.stringify({
      openapi: '3.0.1',
      info: { title: 't', version: '1' },
      paths: { '/a': { get: { 'x-amazon-apigateway-integration': { type: 'aws_proxy', uri, payloadFormatVersion: '2.0' } } } },
    }));
    new HttpApi(stack, 'Api', { definition });
    Template.fromStack(stack).hasResourceProperties('AWS::ApiGatewayV2::Api', {
      Body: { paths: { '/a': { get: { 'x-amazon-apigateway-integration': { uri: { 'Fn::ImportValue': 'FunctionUri' } } } } } },
    });
    expect(findings(stack)).toEqual([]);
  });

  test('a document that is one token as a whole is rejected with the rule id', () => {
    expect(() => HttpApiDefinition.fromString(Fn.importValue('Document'))).toThrow(/^\[api-openapi-document\] .*fromBucket/);
  });
});

describe("aws-cdk-lib's own structs, which the sweep does not walk", () => {
  test('a usage plan quota and throttle from parameters synthesize with no finding', () => {
    const stack = newStack();
    const n = (id: string) => new CfnParameter(stack, id, { type: 'Number' }).valueAsNumber;
    const api = new WebSocketApi(stack, 'Api');
    const stage = new WebSocketStage(stack, 'Stage', { webSocketApi: api, stageName: 'dev' });
    new WebSocketUsagePlan(stack, 'Plan', {
      stages: [stage], quota: { limit: n('Limit'), offset: n('Offset'), period: Period.DAY }, throttle: { rateLimit: n('Rate'), burstLimit: n('Burst') },
    });
    Template.fromStack(stack).hasResourceProperties('AWS::ApiGateway::UsagePlan', {
      Quota: { Limit: { Ref: 'Limit' }, Offset: { Ref: 'Offset' } }, Throttle: { RateLimit: { Ref: 'Rate' }, BurstLimit: { Ref: 'Burst' } },
    });
    expect(findings(stack)).toEqual([]);
  });
});
