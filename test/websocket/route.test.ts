import { Match, Template } from 'aws-cdk-lib/assertions';
import { handler, newStack } from './shapes';
import { ModelSelectionExpression, Switchyard, WebSocketRouteKey } from '../../src';
import {
  RouteRequestParameter, WebSocketApi, WebSocketIamAuthorizer, WebSocketLambdaAuthorizer, WebSocketMockIntegration, WebSocketModelSchema,
  WebSocketRoute,
} from '../../src/websocket';
import { ruleOf } from '../common/expect-rule-error';

process.env.CDK_VALIDATION = 'false';

const mock = () => new WebSocketMockIntegration('Mock');

describe('WebSocketRoute', () => {
  test('a one-way route: key, target, authorization NONE written out as aws-cdk-lib writes it, nothing else', () => {
    const stack = newStack();
    const api = new WebSocketApi(stack, 'Api');
    api.addRoute(WebSocketRouteKey.custom('send'), { integration: mock() });
    const t = Template.fromStack(stack);
    t.hasResourceProperties('AWS::ApiGatewayV2::Route', {
      RouteKey: 'send',
      Target: { 'Fn::Join': ['', ['integrations/', { Ref: Match.stringLikeRegexp('^ApisendRouteMock') }]] },
      AuthorizationType: 'NONE',
      RouteResponseSelectionExpression: Match.absent(),
      RequestParameters: Match.absent(),
    });
    t.resourceCountIs('AWS::ApiGatewayV2::RouteResponse', 0);
  });

  test('every option reaches the route and its route response', () => {
    const stack = newStack();
    const api = new WebSocketApi(stack, 'Api');
    const request = api.addModel('In', { modelName: 'In', schema: WebSocketModelSchema.fromString('{"type": "object"}') });
    const response = api.addModel('Out', { modelName: 'Out', schema: WebSocketModelSchema.fromString('{"type": "object"}') });
    api.addRoute(WebSocketRouteKey.CONNECT, {
      integration: mock(),
      authorizer: new WebSocketLambdaAuthorizer('Auth', handler(stack)),
      apiKeyRequired: true,
      operationName: 'Connect',
      requestParameters: [RouteRequestParameter.header('x-client', true), RouteRequestParameter.queryString('room')],
      requestModels: { $default: request },
      modelSelectionExpression: ModelSelectionExpression.DEFAULT,
      responseModels: { $default: response },
    });
    const t = Template.fromStack(stack);
    t.hasResource('AWS::ApiGatewayV2::Route', {
      Properties: {
        RouteKey: '$connect',
        AuthorizationType: 'CUSTOM',
        // made in the API's scope, as aws-cdk-lib makes it
        AuthorizerId: { Ref: Match.stringLikeRegexp('^ApiAuth') },
        ApiKeyRequired: true,
        OperationName: 'Connect',
        RequestParameters: { 'route.request.header.x-client': { Required: true }, 'route.request.querystring.room': { Required: false } },
        RequestModels: { $default: 'In' },
        ModelSelectionExpression: '\\$default',
        RouteResponseSelectionExpression: '$default',
      },
      DependsOn: Match.arrayWith([Match.stringLikeRegexp('^ApiIn'), Match.stringLikeRegexp('^ApiOut')]),
    });
    t.hasResourceProperties('AWS::ApiGatewayV2::RouteResponse', { RouteResponseKey: '$default', ResponseModels: { $default: 'Out' } });
    expect(Switchyard.findings(stack)).toEqual([]);
  });

  test('a $default request model alone gets the \\$default selection expression, so messages are validated', () => {
    const stack = newStack();
    const api = new WebSocketApi(stack, 'Api');
    const model = api.addModel('In', { modelName: 'In', schema: WebSocketModelSchema.fromString('{"type": "object"}') });
    api.addRoute(WebSocketRouteKey.custom('send'), { integration: mock(), requestModels: { $default: model } });
    Template.fromStack(stack).hasResourceProperties('AWS::ApiGatewayV2::Route', { RequestModels: { $default: 'In' }, ModelSelectionExpression: '\\$default' });
    expect(Switchyard.findings(stack)).toEqual([]);
  });

  test('request models keyed otherwise, without an expression: a ws-route-model-selection-required warning at synth', () => {
    const stack = newStack();
    const api = new WebSocketApi(stack, 'Api');
    const model = api.addModel('In', { modelName: 'In', schema: WebSocketModelSchema.fromString('{"type": "object"}') });
    api.addRoute(WebSocketRouteKey.custom('send'), { integration: mock(), requestModels: { v2: model } });
    const found = Switchyard.findings(stack).filter(f => f.rule === 'ws-route-model-selection-required');
    expect(found.map(f => [f.severity, f.type])).toEqual([['warning', 'AWS::ApiGatewayV2::Route']]);
  });

  test('returnResponse makes a two-way route', () => {
    const stack = newStack();
    new WebSocketApi(stack, 'Api', { defaultRouteOptions: { integration: mock(), returnResponse: true } });
    Template.fromStack(stack).hasResourceProperties('AWS::ApiGatewayV2::RouteResponse', { RouteResponseKey: '$default', ResponseModels: Match.absent() });
  });

  test('IAM authorization on $connect', () => {
    const stack = newStack();
    new WebSocketApi(stack, 'Api', { connectRouteOptions: { integration: mock(), authorizer: new WebSocketIamAuthorizer() } });
    Template.fromStack(stack).hasResourceProperties('AWS::ApiGatewayV2::Route', { AuthorizationType: 'AWS_IAM', AuthorizerId: Match.absent() });
  });

  test.each([
    ['an authorizer on a route other than $connect', 'ws-route-authorization', (api: WebSocketApi) =>
      api.addRoute(WebSocketRouteKey.custom('send'), { integration: mock(), authorizer: new WebSocketIamAuthorizer() })],
    ['an operation name of 65 characters', 'route-operation-name', (api: WebSocketApi) =>
      api.addRoute(WebSocketRouteKey.custom('send'), { integration: mock(), operationName: 'o'.repeat(65) })],
    ['an empty operation name', 'route-operation-name', (api: WebSocketApi) =>
      api.addRoute(WebSocketRouteKey.custom('send'), { integration: mock(), operationName: '' })],
    ['the same key twice', 'route-key-unique', (api: WebSocketApi) => {
      api.addRoute(WebSocketRouteKey.custom('send'), { integration: mock() });
      new WebSocketRoute(api, 'Again', { webSocketApi: api, routeKey: WebSocketRouteKey.custom('send'), integration: mock() });
    }],
  ])('%s throws %s', (_what, rule, build) => {
    const api = new WebSocketApi(newStack(), 'Api');
    expect(ruleOf(() => build(api))).toBe(rule);
  });

  test('request parameters on $default deploy: a ws-route-request-parameter-connect warning at synth, not a throw', () => {
    const stack = newStack();
    const api = new WebSocketApi(stack, 'Api');
    api.addRoute(WebSocketRouteKey.DEFAULT, { integration: mock(), requestParameters: [RouteRequestParameter.header('x')] });
    const found = Switchyard.findings(stack);
    expect(found.filter(f => f.severity === 'error')).toEqual([]);
    expect(found.map(f => [f.rule, f.severity])).toContainEqual(['ws-route-request-parameter-connect', 'warning']);
  });

  test('an operation name of 64 characters is fine', () => {
    const api = new WebSocketApi(newStack(), 'Api');
    expect(ruleOf(() => api.addRoute(WebSocketRouteKey.custom('send'), { integration: mock(), operationName: 'o'.repeat(64) }))).toBeUndefined();
  });

  test.each([
    ['a name with a space', () => RouteRequestParameter.header('x client')],
    ['an empty name', () => RouteRequestParameter.queryString('')],
  ])('RouteRequestParameter: %s throws ws-route-request-parameter', (_what, make) => {
    expect(ruleOf(make)).toBe('ws-route-request-parameter');
  });

  test('RouteRequestParameter keys and flags', () => {
    expect(RouteRequestParameter.header('Auth', true)).toMatchObject({ key: 'route.request.header.Auth', required: true });
    expect(RouteRequestParameter.queryString('a.b$-_')).toMatchObject({ key: 'route.request.querystring.a.b$-_', required: false });
  });

  test('a reserved-looking custom key is rejected by the key builder', () => {
    expect(ruleOf(() => WebSocketRouteKey.custom('$send'))).toBe('ws-route-key');
  });
});
