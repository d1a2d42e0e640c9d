/**
 * Members added so that code written against aws-cdk-lib's routes, integrations and authorizers compiles and
 * behaves the same against Switchyard; strings are checked at once as the typed builders check them.
 */
import { App, CfnElement, CfnParameter, Fn, Lazy, PropertyInjectors, Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import * as cdkApigw from 'aws-cdk-lib/aws-apigatewayv2';
import * as cdkAuthorizers from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import * as cdkIntegrations from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import { UserPool } from 'aws-cdk-lib/aws-cognito';
import { Vpc } from 'aws-cdk-lib/aws-ec2';
import { ApplicationLoadBalancer, ListenerAction } from 'aws-cdk-lib/aws-elasticloadbalancingv2';
import { CfnEventBus, EventBus } from 'aws-cdk-lib/aws-events';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Code, Function, Runtime } from 'aws-cdk-lib/aws-lambda';
import { PrivateDnsNamespace } from 'aws-cdk-lib/aws-servicediscovery';
import { CfnQueue, Queue } from 'aws-cdk-lib/aws-sqs';
import { DefinitionBody, Pass, StateMachine } from 'aws-cdk-lib/aws-stepfunctions';
import { aws_servicediscovery } from 'aws-cdk-lib/interfaces';
import { Construct } from 'constructs';
import * as sy from '../../src';
import { expectRuleError, ruleOf as ruleOfError } from '../common/expect-rule-error';

const lazy = (s: string) => Lazy.string({ produce: () => s });

function stack(): Stack {
  return new Stack(new App(), 'S');
}

describe('HTTP integrations', () => {
  test('PayloadFormatVersion.custom takes the versions API Gateway knows and rejects others', () => {
    expect(sy.PayloadFormatVersion.custom('2.0').version).toBe('2.0');
    expect(sy.PayloadFormatVersion.custom('1.0').version).toBe('1.0');
    expectRuleError(() => sy.PayloadFormatVersion.custom('3.0'), 'integration-payload-format-version');
    expect(sy.PayloadFormatVersion.custom(lazy('3.0')).version).toMatch(/TOKEN/);
  });

  test('IntegrationCredentials gives the role ARN or the caller identity as CredentialsArn', () => {
    const s = stack();
    const role = new Role(s, 'R', { assumedBy: new ServicePrincipal('apigateway.amazonaws.com') });
    const api = new sy.HttpApi(s, 'Api');
    new sy.HttpIntegration(s, 'I', {
      httpApi: api,
      integrationType: sy.HttpIntegrationType.HTTP_PROXY,
      integrationUri: 'https://example.com',
      credentials: sy.IntegrationCredentials.fromRole(role),
    });
    Template.fromStack(s).hasResourceProperties('AWS::ApiGatewayV2::Integration', { CredentialsArn: { 'Fn::GetAtt': [s.getLogicalId(role.node.defaultChild as any), 'Arn'] } });
    expect(sy.IntegrationCredentials.useCallerIdentity().credentialsArn).toBe('arn:aws:iam::*:user/*');
  });
});

describe('WebSocket routes and integrations', () => {
  function wsApi(s: Stack): sy.WebSocketApi {
    return new sy.WebSocketApi(s, 'Ws');
  }

  test('a route key given as a string is checked at once with ws-route-key', () => {
    const s = stack();
    const api = wsApi(s);
    new sy.WebSocketRoute(s, 'Send', { webSocketApi: api, routeKey: 'sendmessage', integration: new sy.WebSocketMockIntegration('M') });
    new sy.WebSocketRoute(s, 'Connect', { webSocketApi: api, routeKey: '$connect', integration: new sy.WebSocketMockIntegration('C') });
    const keys = Object.values(Template.fromStack(s).findResources('AWS::ApiGatewayV2::Route')).map((r: any) => r.Properties.RouteKey);
    expect(keys).toEqual(expect.arrayContaining(['sendmessage', '$connect']));
    expectRuleError(() => new sy.WebSocketRoute(s, 'Bad', { webSocketApi: api, routeKey: '$custom', integration: new sy.WebSocketMockIntegration('B') }), 'ws-route-key');
    expectRuleError(() => new sy.WebSocketRoute(s, 'Empty', { webSocketApi: api, routeKey: '', integration: new sy.WebSocketMockIntegration('E') }), 'ws-route-key');
  });

  test('WebSocketIntegration takes aws-cdk-lib props: string templates, selection expression and parameters', () => {
    const s = stack();
    const api = wsApi(s);
    new sy.WebSocketIntegration(s, 'Mock', {
      webSocketApi: api,
      integrationType: sy.WebSocketIntegrationType.MOCK,
      requestTemplates: { $default: '{"statusCode": 200}' },
      templateSelectionExpression: '\\$default',
      passthroughBehavior: sy.PassthroughBehavior.NEVER,
      contentHandling: sy.ContentHandling.CONVERT_TO_TEXT,
      requestParameters: { 'integration.request.header.x-id': 'context.connectionId' },
    });
    Template.fromStack(s).hasResourceProperties('AWS::ApiGatewayV2::Integration', {
      IntegrationType: 'MOCK',
      RequestTemplates: { $default: '{"statusCode": 200}' },
      TemplateSelectionExpression: '\\$default',
      PassthroughBehavior: 'NEVER',
      ContentHandlingStrategy: 'CONVERT_TO_TEXT',
      RequestParameters: { 'integration.request.header.x-id': 'context.connectionId' },
    });
  });

  test.each([
    ['a string template with a VTL error', { requestTemplates: { $default: '#if($x' } }, 'template-syntax'],
    ['a string selection expression the grammar rejects', { templateSelectionExpression: '${request.body' }, 'integration-template-selection'],
    ['a plain-object mapping with a bad key', { requestParameters: { 'integration.request.body.x': 'context.connectionId' } }, 'ws-mapping-key'],
  ])('%s throws at once with the rule id the typed value throws', (_name, extra, ruleId) => {
    const s = stack();
    const api = wsApi(s);
    const actual = ruleOfError(() => new sy.WebSocketIntegration(s, 'I', { webSocketApi: api, integrationType: sy.WebSocketIntegrationType.MOCK, ...extra }));
    expect(actual).toBe(ruleId);
  });

  test('WebSocketMockIntegration and WebSocketAwsIntegration take aws-cdk-lib props (strings, integrationUri)', () => {
    const s = stack();
    const api = wsApi(s);
    api.addRoute(sy.WebSocketRouteKey.custom('mock'), { integration: new sy.WebSocketMockIntegration('M', { requestTemplates: { $default: '{"statusCode": 200}' }, templateSelectionExpression: '\\$default' }) });
    api.addRoute(sy.WebSocketRouteKey.custom('put'), {
      integration: new sy.WebSocketAwsIntegration('A', {
        integrationUri: 'arn:aws:apigateway:eu-west-1:dynamodb:action/PutItem',
        integrationMethod: 'POST',
        requestTemplates: { $default: '{"TableName": "t"}' },
      }),
    });
    const t = Template.fromStack(s);
    t.hasResourceProperties('AWS::ApiGatewayV2::Integration', { IntegrationType: 'MOCK', TemplateSelectionExpression: '\\$default' });
    t.hasResourceProperties('AWS::ApiGatewayV2::Integration', { IntegrationType: 'AWS', IntegrationUri: 'arn:aws:apigateway:eu-west-1:dynamodb:action/PutItem', IntegrationMethod: 'POST' });
    expectRuleError(() => new sy.WebSocketAwsIntegration('X', { integrationMethod: 'POST' }), 'integration-uri');
    expectRuleError(() => new sy.WebSocketAwsIntegration('Y', { integrationUri: 'arn:aws:apigateway:eu-west-1:sqs:path/q', service: 'sqs', path: 'q' }), 'integration-uri');
  });

  test('WebSocketLambdaIntegration passes contentHandling', () => {
    const s = stack();
    const api = wsApi(s);
    const fn = new Function(s, 'F', { runtime: Runtime.NODEJS_20_X, handler: 'index.handler', code: Code.fromInline('exports.handler = async () => ({})') });
    api.addRoute(sy.WebSocketRouteKey.custom('go'), { integration: new sy.WebSocketLambdaIntegration('L', fn, { contentHandling: sy.ContentHandling.CONVERT_TO_BINARY }) });
    Template.fromStack(s).hasResourceProperties('AWS::ApiGatewayV2::Integration', { IntegrationType: 'AWS_PROXY', ContentHandlingStrategy: 'CONVERT_TO_BINARY' });
  });

  test('integrationResponseId is the integration response of a two-way route, and undefined on a one-way route', () => {
    const s = stack();
    const api = wsApi(s);
    const twoWay = new sy.WebSocketRoute(s, 'Two', { webSocketApi: api, routeKey: 'two', returnResponse: true, integration: new sy.WebSocketMockIntegration('M', { responses: [{}] }) });
    const oneWay = new sy.WebSocketRoute(s, 'One', { webSocketApi: api, routeKey: 'one', integration: new sy.WebSocketMockIntegration('N') });
    const responses = Object.keys(Template.fromStack(s).findResources('AWS::ApiGatewayV2::IntegrationResponse'));
    expect(responses).toHaveLength(1);
    expect(s.resolve(twoWay.integrationResponseId)).toEqual({ Ref: responses[0] });
    expect(oneWay.integrationResponseId).toBeUndefined();
  });
});

describe('WebSocket authorizers', () => {
  function lambdaUri(): string {
    return 'arn:aws:apigateway:eu-west-1:lambda:path/2015-03-31/functions/arn:aws:lambda:eu-west-1:123456789012:function:auth/invocations';
  }

  test('WebSocketAuthorizer takes type and string identity sources, checked at once', () => {
    const s = stack();
    const api = new sy.WebSocketApi(s, 'Ws');
    new sy.WebSocketAuthorizer(s, 'A', { webSocketApi: api, type: sy.WebSocketAuthorizerType.LAMBDA, authorizerUri: lambdaUri(), identitySource: ['route.request.header.Auth', sy.WebSocketIdentitySource.queryString('token')] });
    Template.fromStack(s).hasResourceProperties('AWS::ApiGatewayV2::Authorizer', { AuthorizerType: 'REQUEST', IdentitySource: ['route.request.header.Auth', 'route.request.querystring.token'] });
    expectRuleError(() => new sy.WebSocketAuthorizer(s, 'B', { webSocketApi: api, authorizerUri: lambdaUri(), identitySource: ['$request.header.Auth'] }), 'ws-identity-source');
    expectRuleError(() => new sy.WebSocketAuthorizer(s, 'C', { webSocketApi: api, type: sy.WebSocketAuthorizerType.IAM, identitySource: [] }), 'authorizer-type-protocol');
    expectRuleError(() => new sy.WebSocketAuthorizer(s, 'D', { webSocketApi: api, identitySource: [] }), 'authorizer-lambda-uri');
  });

  test('WebSocketLambdaAuthorizer checks string identity sources when it is created', () => {
    const s = stack();
    const fn = new Function(s, 'F', { runtime: Runtime.NODEJS_20_X, handler: 'index.handler', code: Code.fromInline('exports.handler = async () => ({})') });
    expectRuleError(() => new sy.WebSocketLambdaAuthorizer('Auth', fn, { identitySource: ['route.request.header'] }), 'ws-identity-source');
    const api = new sy.WebSocketApi(s, 'Ws', { connectRouteOptions: { integration: new sy.WebSocketMockIntegration('M'), authorizer: new sy.WebSocketLambdaAuthorizer('Auth', fn, { identitySource: ['route.request.querystring.token'] }) } });
    expect(api).toBeDefined();
    Template.fromStack(s).hasResourceProperties('AWS::ApiGatewayV2::Authorizer', { IdentitySource: ['route.request.querystring.token'] });
  });

  test('fromWebSocketAuthorizerAttributes and WebSocketNoneAuthorizer give the route their authorization', () => {
    const s = stack();
    const api = new sy.WebSocketApi(s, 'Ws');
    const imported = sy.WebSocketAuthorizer.fromWebSocketAuthorizerAttributes(s, 'Imp', { authorizerId: 'abc123', authorizerType: 'CUSTOM' });
    new sy.WebSocketRoute(s, 'Connect', { webSocketApi: api, routeKey: '$connect', authorizer: imported, integration: new sy.WebSocketMockIntegration('M') });
    new sy.WebSocketRoute(s, 'Open', { webSocketApi: api, routeKey: 'open', authorizer: new sy.WebSocketNoneAuthorizer(), integration: new sy.WebSocketMockIntegration('N') });
    const t = Template.fromStack(s);
    t.hasResourceProperties('AWS::ApiGatewayV2::Route', { RouteKey: '$connect', AuthorizationType: 'CUSTOM', AuthorizerId: 'abc123' });
    t.hasResourceProperties('AWS::ApiGatewayV2::Route', { RouteKey: 'open', AuthorizationType: 'NONE' });
  });
});

describe('HTTP authorizers', () => {
  function fn(s: Stack): Function {
    return new Function(s, 'F', { runtime: Runtime.NODEJS_20_X, handler: 'index.handler', code: Code.fromInline('exports.handler = async () => ({})') });
  }

  test('identity sources written as strings are checked when the authorizer is created', () => {
    const s = stack();
    expectRuleError(() => new sy.HttpLambdaAuthorizer('A', fn(s), { identitySource: ['$request.header'] }), 'http-identity-source');
    expectRuleError(() => new sy.HttpJwtAuthorizer('J', 'https://issuer.example.com', { jwtAudience: ['a'], identitySource: ['request.header.Authorization'] }), 'http-identity-source');
    const pool = new UserPool(s, 'Pool');
    expectRuleError(() => new sy.HttpUserPoolAuthorizer('U', pool, { identitySource: ['$request.header.'] }), 'http-identity-source');
  });

  test('string identity sources, responseTypes and authorizerId work as in aws-cdk-lib', () => {
    const s = stack();
    const api = new sy.HttpApi(s, 'Api');
    const lambda = new sy.HttpLambdaAuthorizer('L', fn(s), {
      identitySource: ['$request.header.X-Key', '$context.identity.sourceIp'],
      responseTypes: [sy.HttpLambdaResponseType.SIMPLE],
    });
    const jwt = new sy.HttpJwtAuthorizer('J', 'https://issuer.example.com', { jwtAudience: ['a'], identitySource: ['$request.querystring.token'] });
    expect(() => lambda.authorizerId).toThrow(/once a route uses the authorizer/);
    api.addRoutes({ path: '/l', integration: new sy.HttpUrlIntegration('U', 'https://example.com'), authorizer: lambda });
    api.addRoutes({ path: '/j', integration: new sy.HttpUrlIntegration('V', 'https://example.com'), authorizer: jwt });
    const t = Template.fromStack(s);
    t.hasResourceProperties('AWS::ApiGatewayV2::Authorizer', { AuthorizerType: 'REQUEST', IdentitySource: ['$request.header.X-Key', '$context.identity.sourceIp'], EnableSimpleResponses: true });
    t.hasResourceProperties('AWS::ApiGatewayV2::Authorizer', { AuthorizerType: 'JWT', IdentitySource: ['$request.querystring.token'] });
    const ids = Object.keys(t.findResources('AWS::ApiGatewayV2::Authorizer'));
    expect(ids).toContain((s.resolve(lambda.authorizerId) as { Ref: string }).Ref);
    expect(ids).toContain((s.resolve(jwt.authorizerId) as { Ref: string }).Ref);
    expect(lambda.authorizationType).toBe('CUSTOM');
    expect(jwt.authorizationType).toBe('JWT');
    expect(new sy.HttpIamAuthorizer().authorizationType).toBe(sy.HttpAuthorizerType.IAM);
    expect(new sy.HttpNoneAuthorizer().authorizationType).toBe('NONE');
  });

  test('a JWT authorizer given two string sources is rejected with jwt-identity-source', () => {
    const s = stack();
    const api = new sy.HttpApi(s, 'Api');
    const jwt = new sy.HttpJwtAuthorizer('J', 'https://issuer.example.com', { jwtAudience: ['a'], identitySource: ['$request.header.A', '$request.header.B'] });
    expectRuleError(() => api.addRoutes({ path: '/j', integration: new sy.HttpUrlIntegration('V', 'https://example.com'), authorizer: jwt }), 'jwt-identity-source');
  });

  test('HttpAuthorizer takes string identity sources; type IAM is rejected with authorizer-type-protocol', () => {
    const s = stack();
    const api = new sy.HttpApi(s, 'Api');
    new sy.HttpAuthorizer(s, 'A', { httpApi: api, type: sy.HttpAuthorizerType.JWT, identitySource: ['$request.header.Authorization'], jwtIssuer: 'https://issuer.example.com', jwtAudience: ['a'] });
    Template.fromStack(s).hasResourceProperties('AWS::ApiGatewayV2::Authorizer', { IdentitySource: ['$request.header.Authorization'] });
    expectRuleError(() => new sy.HttpAuthorizer(s, 'B', { httpApi: api, type: sy.HttpAuthorizerType.JWT, identitySource: ['$request.header'], jwtIssuer: 'https://issuer.example.com', jwtAudience: ['a'] }), 'http-identity-source');
    expectRuleError(() => new sy.HttpAuthorizer(s, 'C', { httpApi: api, type: sy.HttpAuthorizerType.IAM, identitySource: [] }), 'authorizer-type-protocol');
  });

  test.each([
    ['JWT', 'JWT'],
    ['REQUEST', 'CUSTOM'],
    ['CUSTOM', 'CUSTOM'],
    ['AWS_IAM', 'AWS_IAM'],
  ])('an imported authorizer of type %s gives routes %s', (authorizerType, expected) => {
    const s = stack();
    const api = new sy.HttpApi(s, 'Api');
    const imported = sy.HttpAuthorizer.fromHttpAuthorizerAttributes(s, 'Imp', { authorizerId: 'abc123', authorizerType });
    api.addRoutes({ path: '/x', integration: new sy.HttpUrlIntegration('U', 'https://example.com'), authorizer: imported });
    Template.fromStack(s).hasResourceProperties('AWS::ApiGatewayV2::Route', { AuthorizationType: expected });
  });
});

describe('HTTP service, Lambda and private integrations', () => {
  function route(s: Stack, integration: sy.HttpRouteIntegration): void {
    new sy.HttpApi(s, 'Api').addRoutes({ path: '/x', methods: [sy.HttpMethod.POST], integration });
  }

  test('an SQS integration takes aws-cdk-lib\'s parameterMapping keyed by parameter name, in place of its defaults', () => {
    const s = stack();
    const queue = new Queue(s, 'Q');
    route(s, new sy.HttpSqsIntegration('Sqs', {
      queue,
      parameterMapping: new sy.ParameterMapping().custom('QueueUrl', queue.queueUrl).custom('MessageBody', '$request.body.message'),
    }));
    Template.fromStack(s).hasResourceProperties('AWS::ApiGatewayV2::Integration', {
      IntegrationSubtype: 'SQS-SendMessage',
      RequestParameters: { QueueUrl: { Ref: s.getLogicalId(queue.node.defaultChild as CfnQueue) }, MessageBody: '$request.body.message' },
    });
  });

  test('parameter names in a parameterMapping are checked at once against the action', () => {
    const s = stack();
    const queue = new Queue(s, 'Q');
    expectRuleError(() => new sy.HttpSqsIntegration('A', { queue, parameterMapping: new sy.ParameterMapping().custom('QueueUrl', 'u').custom('Body', '$request.body') }), 'http-subtype-parameter-name');
    expectRuleError(() => new sy.HttpSqsIntegration('B', { queue, parameterMapping: new sy.ParameterMapping().custom('MessageBody', '$request.body') }), 'http-subtype-required-parameter');
    expectRuleError(() => new sy.HttpSqsIntegration('C', { queue, parameterMapping: new sy.ParameterMapping().custom('QueueUrl', 'u').custom('MessageBody', '$request.body..a') }), 'http-mapping-body-jsonpath');
  });

  test('a parameter name is no request key: an integration without a subtype rejects it', () => {
    const s = stack();
    const api = new sy.HttpApi(s, 'Api');
    expectRuleError(() => new sy.HttpIntegration(s, 'I', {
      httpApi: api,
      integrationType: sy.HttpIntegrationType.HTTP_PROXY,
      integrationUri: 'https://example.com',
      parameterMapping: new sy.ParameterMapping().custom('QueueUrl', 'u'),
    }), 'http-mapping-request-key');
  });

  test('an EventBridge integration takes eventBusRef and a subtype, and grants PutEvents on the bus', () => {
    const s = stack();
    const bus = new EventBus(s, 'Bus');
    route(s, new sy.HttpEventBridgeIntegration('Eb', {
      eventBusRef: bus.eventBusRef,
      subtype: sy.HttpIntegrationSubtype.EVENTBRIDGE_PUT_EVENTS,
      parameters: { Source: sy.MappingValue.staticValue('app'), DetailType: sy.MappingValue.staticValue('t') },
    }));
    const t = Template.fromStack(s);
    t.hasResourceProperties('AWS::ApiGatewayV2::Integration', { IntegrationSubtype: 'EventBridge-PutEvents', RequestParameters: Match.objectLike({ EventBusName: { Ref: s.getLogicalId(bus.node.defaultChild as CfnEventBus) } }) });
    t.hasResourceProperties('AWS::IAM::Policy', { PolicyDocument: { Statement: [Match.objectLike({ Action: 'events:PutEvents', Resource: { 'Fn::GetAtt': [s.getLogicalId(bus.node.defaultChild as CfnEventBus), 'Arn'] } })] } });
    expectRuleError(() => new sy.HttpEventBridgeIntegration('X', {}), 'http-subtype-required-parameter');
    expectRuleError(() => new sy.HttpEventBridgeIntegration('Y', { eventBus: bus, subtype: sy.HttpIntegrationSubtype.SQS_SEND_MESSAGE }), 'http-subtype-known');
  });

  test('a Step Functions integration takes parameterMapping', () => {
    const s = stack();
    const machine = new StateMachine(s, 'M', { definitionBody: DefinitionBody.fromChainable(new Pass(s, 'P')) });
    route(s, new sy.HttpStepFunctionsIntegration('Sf', {
      stateMachine: machine,
      parameterMapping: new sy.ParameterMapping().custom('StateMachineArn', machine.stateMachineArn).custom('Input', '$request.body.input'),
    }));
    Template.fromStack(s).hasResourceProperties('AWS::ApiGatewayV2::Integration', { RequestParameters: Match.objectLike({ Input: '$request.body.input' }) });
  });

  test('scopePermissionToRoute: false gives one API-wide permission, as permissionScope API does', () => {
    const s = stack();
    const f = new Function(s, 'F', { runtime: Runtime.NODEJS_20_X, handler: 'index.handler', code: Code.fromInline('exports.handler = async () => ({})') });
    const api = new sy.HttpApi(s, 'Api');
    const integration = new sy.HttpLambdaIntegration('L', f, { scopePermissionToRoute: false });
    api.addRoutes({ path: '/a', methods: [sy.HttpMethod.GET], integration });
    api.addRoutes({ path: '/b', methods: [sy.HttpMethod.GET], integration });
    const permissions = Object.values(Template.fromStack(s).findResources('AWS::Lambda::Permission'));
    expect(permissions).toHaveLength(1);
    expect(JSON.stringify(permissions[0])).toContain('/*/*/*');
  });

  test('a Cloud Map integration takes an IService or a service reference, and targets the service ARN', () => {
    const s = stack();
    const vpc = new Vpc(s, 'Vpc', { maxAzs: 2, natGateways: 0 });
    const service = new PrivateDnsNamespace(s, 'Ns', { name: 'internal', vpc }).createService('Svc');
    const api = new sy.HttpApi(s, 'Api');
    api.addRoutes({ path: '/a', integration: new sy.HttpServiceDiscoveryIntegration('A', service, { vpc }) });
    // A reference that is no IService, as another construct library may give one.
    class ServiceRefOnly extends Construct implements aws_servicediscovery.IServiceRef {
      public readonly serviceRef = { serviceArn: 'arn:aws:servicediscovery:eu-west-1:123456789012:service/srv-1', serviceId: 'srv-1' };
      public readonly env = { account: '123456789012', region: 'eu-west-1' };
    }
    const ref = new ServiceRefOnly(s, 'Ref');
    api.addRoutes({ path: '/b', integration: new sy.HttpServiceDiscoveryIntegration('B', ref, { vpc }) });
    const uris = Object.values(Template.fromStack(s).findResources('AWS::ApiGatewayV2::Integration')).map((r: any) => s.resolve(r.Properties.IntegrationUri));
    expect(uris).toEqual(expect.arrayContaining([{ 'Fn::GetAtt': [s.getLogicalId(service.node.defaultChild as CfnElement), 'Arn'] }, 'arn:aws:servicediscovery:eu-west-1:123456789012:service/srv-1']));
  });

  test('private integrations expose their type, connection, payload version and method', () => {
    const s = stack();
    const vpc = new Vpc(s, 'Vpc', { maxAzs: 2, natGateways: 0 });
    const alb = new ApplicationLoadBalancer(s, 'Alb', { vpc });
    const listener = alb.addListener('L', { port: 80, defaultAction: ListenerAction.fixedResponse(200) });
    const integration = new sy.HttpAlbIntegration('Alb', listener, { method: sy.HttpMethod.GET });
    expect(integration.integrationType).toBe(sy.HttpIntegrationType.HTTP_PROXY);
    expect(integration.connectionType).toBe(sy.HttpConnectionType.VPC_LINK);
    expect(integration.payloadFormatVersion).toBe(sy.PayloadFormatVersion.VERSION_1_0);
    expect(integration.httpMethod).toBe(sy.HttpMethod.GET);
    expect(new sy.HttpAlbIntegration('Any', listener).httpMethod).toBe(sy.HttpMethod.ANY);
  });
});

describe('L1 references', () => {
  test('routes, integrations and authorizers give routeRef, integrationRef and authorizerRef with their API', () => {
    const s = stack();
    const http = new sy.HttpApi(s, 'Api');
    const [route] = http.addRoutes({ path: '/x', integration: new sy.HttpUrlIntegration('U', 'https://example.com') });
    const integration = new sy.HttpIntegration(s, 'I', { httpApi: http, integrationType: sy.HttpIntegrationType.HTTP_PROXY, integrationUri: 'https://example.com' });
    const authorizer = new sy.HttpAuthorizer(s, 'A', { httpApi: http, type: sy.HttpAuthorizerType.JWT, identitySource: ['$request.header.Authorization'], jwtIssuer: 'https://issuer.example.com', jwtAudience: ['a'] });
    const ws = new sy.WebSocketApi(s, 'Ws');
    const wsRoute = new sy.WebSocketRoute(s, 'R', { webSocketApi: ws, routeKey: 'go', integration: new sy.WebSocketMockIntegration('M') });
    const wsIntegration = new sy.WebSocketIntegration(s, 'WI', { webSocketApi: ws, integrationType: sy.WebSocketIntegrationType.MOCK });
    const wsAuthorizer = new sy.WebSocketAuthorizer(s, 'WA', { webSocketApi: ws, authorizerUri: 'arn:aws:apigateway:eu-west-1:lambda:path/2015-03-31/functions/arn:aws:lambda:eu-west-1:123456789012:function:a/invocations' });
    const refs = s.resolve({
      route: route.routeRef,
      integration: integration.integrationRef,
      authorizer: authorizer.authorizerRef,
      wsRoute: wsRoute.routeRef,
      wsIntegration: wsIntegration.integrationRef,
      wsAuthorizer: wsAuthorizer.authorizerRef,
    });
    const httpApiId = s.resolve(http.apiId);
    const wsApiId = s.resolve(ws.apiId);
    expect(refs).toEqual({
      route: { routeId: s.resolve(route.routeId), apiId: httpApiId },
      integration: { integrationId: s.resolve(integration.integrationId), apiId: httpApiId },
      authorizer: { authorizerId: s.resolve(authorizer.authorizerId), apiId: httpApiId },
      wsRoute: { routeId: s.resolve(wsRoute.routeId), apiId: wsApiId },
      wsIntegration: { integrationId: s.resolve(wsIntegration.integrationId), apiId: wsApiId },
      wsAuthorizer: { authorizerId: s.resolve(wsAuthorizer.authorizerId), apiId: wsApiId },
    });
    expect(refs.route.routeId).toHaveProperty('Ref');
  });
});

describe('property injection', () => {
  test('an injector registered for a class\'s PROPERTY_INJECTION_ID changes the props of its constructs', () => {
    const s = stack();
    PropertyInjectors.of(s).add({
      constructUniqueId: sy.WebSocketRoute.PROPERTY_INJECTION_ID,
      inject: (props: sy.WebSocketRouteProps) => ({ ...props, apiKeyRequired: true }),
    }, {
      constructUniqueId: sy.HttpAuthorizer.PROPERTY_INJECTION_ID,
      inject: (props: sy.HttpAuthorizerProps) => ({ ...props, authorizerName: 'injected' }),
    });
    const ws = new sy.WebSocketApi(s, 'Ws');
    new sy.WebSocketRoute(s, 'R', { webSocketApi: ws, routeKey: 'go', integration: new sy.WebSocketMockIntegration('M') });
    const http = new sy.HttpApi(s, 'Api');
    new sy.HttpAuthorizer(s, 'A', { httpApi: http, type: sy.HttpAuthorizerType.JWT, identitySource: ['$request.header.Authorization'], jwtIssuer: 'https://issuer.example.com', jwtAudience: ['a'] });
    const t = Template.fromStack(s);
    t.hasResourceProperties('AWS::ApiGatewayV2::Route', { RouteKey: 'go', ApiKeyRequired: true });
    t.hasResourceProperties('AWS::ApiGatewayV2::Authorizer', { Name: 'injected' });
    const classes = [sy.HttpRoute, sy.HttpIntegration, sy.HttpAuthorizer, sy.WebSocketRoute, sy.WebSocketIntegration, sy.WebSocketAuthorizer];
    expect(classes.map(c => c.PROPERTY_INJECTION_ID))
      .toEqual(['HttpRoute', 'HttpIntegration', 'HttpAuthorizer', 'WebSocketRoute', 'WebSocketIntegration', 'WebSocketAuthorizer'].map(n => `cdk-switchyard.${n}`));
  });
});

describe('tokens in the string forms (the token sweep skips union-typed props, so they are swept here)', () => {
  // Values unknown until deployment. A Lazy is a token until synth and then checked as its value, so it produces an
  // unknown value here; a dynamic reference is an ordinary string to the CDK, which only CloudFormation resolves.
  let count = 0;
  const tokens: Array<[string, (s: Stack) => string]> = [
    ['CfnParameter', s => new CfnParameter(s, `P${count++}`, { default: 'x' }).valueAsString],
    ['Fn.importValue', () => Fn.importValue('Exported')],
    ['a dynamic reference', () => '{{resolve:ssm:/x}}'],
    ['Lazy.string', s => {
      const later = new CfnParameter(s, `L${count++}`, { default: 'x' }).valueAsString;
      return Lazy.string({ produce: () => later });
    }],
  ];

  test.each(tokens)('%s: a WebSocket route key, templates, selection expression, parameters and identity sources', (_kind, token) => {
    const s = stack();
    const ws = new sy.WebSocketApi(s, 'Ws');
    new sy.WebSocketRoute(s, 'R', { webSocketApi: ws, routeKey: token(s), integration: new sy.WebSocketMockIntegration('M') });
    new sy.WebSocketIntegration(s, 'I', {
      webSocketApi: ws,
      integrationType: sy.WebSocketIntegrationType.MOCK,
      requestTemplates: { $default: token(s) },
      templateSelectionExpression: token(s),
      requestParameters: { 'integration.request.header.x': token(s) },
    });
    new sy.WebSocketAuthorizer(s, 'A', { webSocketApi: ws, authorizerUri: 'arn:aws:apigateway:eu-west-1:lambda:path/2015-03-31/functions/arn:aws:lambda:eu-west-1:123456789012:function:a/invocations', identitySource: [token(s)] });
    const http = new sy.HttpApi(s, 'Api');
    const jwt = new sy.HttpJwtAuthorizer('J', 'https://issuer.example.com', { jwtAudience: ['a'], identitySource: [token(s)] });
    http.addRoutes({ path: '/j', integration: new sy.HttpUrlIntegration('U', 'https://example.com'), authorizer: jwt });
    expect(sy.Switchyard.findings(s)).toEqual([]);
  });
});

describe('HttpIntegration with a subtype, as aws-cdk-lib writes it', () => {
  test('parameterMapping keyed by parameter name gives the action its parameters; subtypeParameters win on a name given twice', () => {
    const s = stack();
    const api = new sy.HttpApi(s, 'Api');
    const role = new Role(s, 'R', { assumedBy: new ServicePrincipal('apigateway.amazonaws.com') });
    new sy.HttpIntegration(s, 'I', {
      httpApi: api,
      integrationType: sy.HttpIntegrationType.AWS_PROXY,
      integrationSubtype: sy.HttpIntegrationSubtype.SQS_SEND_MESSAGE,
      credentials: sy.IntegrationCredentials.fromRole(role),
      parameterMapping: new sy.ParameterMapping().custom('QueueUrl', 'https://sqs.eu-west-1.amazonaws.com/123456789012/q').custom('MessageBody', '$request.body'),
      subtypeParameters: { MessageBody: sy.MappingValue.requestBody('$.message') },
    });
    Template.fromStack(s).hasResourceProperties('AWS::ApiGatewayV2::Integration', {
      RequestParameters: { QueueUrl: 'https://sqs.eu-west-1.amazonaws.com/123456789012/q', MessageBody: '$request.body.message' },
    });
    expectRuleError(() => new sy.HttpIntegration(s, 'J', {
      httpApi: api,
      integrationType: sy.HttpIntegrationType.AWS_PROXY,
      integrationSubtype: sy.HttpIntegrationSubtype.SQS_SEND_MESSAGE,
      credentials: sy.IntegrationCredentials.fromRole(role),
      parameterMapping: new sy.ParameterMapping().custom('QueueUrl', 'u').custom('Body', '$request.body'),
    }), 'http-subtype-parameter-name');
  });
});

describe('the same code against aws-cdk-lib and against Switchyard gives the same properties', () => {
  /** The modules an app imports: aws-cdk-lib's three, or Switchyard for all of them. */
  interface Modules { readonly apigw: any; readonly integrations: any; readonly authorizers: any }
  const AWS_CDK_LIB: Modules = { apigw: cdkApigw, integrations: cdkIntegrations, authorizers: cdkAuthorizers };
  const SWITCHYARD: Modules = { apigw: sy, integrations: sy, authorizers: sy };

  /** Written once, as aws-cdk-lib's documentation writes it; only the modules differ. */
  function app(m: Modules): Stack {
    const s = stack();
    const fn = new Function(s, 'F', { runtime: Runtime.NODEJS_20_X, handler: 'index.handler', code: Code.fromInline('exports.handler = async () => ({})') });
    const queue = new Queue(s, 'Queue');
    const http = new m.apigw.HttpApi(s, 'Http');
    http.addRoutes({
      path: '/queue',
      methods: [m.apigw.HttpMethod.POST],
      integration: new m.integrations.HttpSqsIntegration('Sqs', {
        queue,
        parameterMapping: new m.apigw.ParameterMapping().custom('QueueUrl', queue.queueUrl).custom('MessageBody', '$request.body.message'),
      }),
      authorizer: new m.authorizers.HttpLambdaAuthorizer('Auth', fn, {
        identitySource: ['$request.header.X-Key'],
        responseTypes: [m.authorizers.HttpLambdaResponseType.SIMPLE],
      }),
    });
    const ws = new m.apigw.WebSocketApi(s, 'Ws');
    new m.apigw.WebSocketRoute(s, 'Connect', {
      webSocketApi: ws,
      routeKey: '$connect',
      integration: new m.integrations.WebSocketMockIntegration('Mock', { requestTemplates: { $default: '{"statusCode": 200}' }, templateSelectionExpression: '\\$default' }),
      authorizer: new m.authorizers.WebSocketLambdaAuthorizer('WsAuth', fn, { identitySource: ['route.request.querystring.token'] }),
    });
    const bus = new EventBus(s, 'Bus');
    http.addRoutes({
      path: '/events',
      methods: [m.apigw.HttpMethod.POST],
      integration: new m.integrations.HttpEventBridgeIntegration('Events', {
        eventBusRef: bus.eventBusRef,
        parameterMapping: new m.apigw.ParameterMapping().custom('Detail', '$request.body').custom('DetailType', 'Order').custom('Source', 'shop').custom('EventBusName', bus.eventBusName),
      }),
      authorizer: new m.authorizers.HttpJwtAuthorizer('Jwt', 'https://issuer.example.com', { jwtAudience: ['a'], identitySource: ['$request.querystring.token'] }),
    });
    const machine = new StateMachine(s, 'Machine', { definitionBody: DefinitionBody.fromChainable(new Pass(s, 'Pass')) });
    http.addRoutes({
      path: '/run',
      methods: [m.apigw.HttpMethod.POST],
      integration: new m.integrations.HttpStepFunctionsIntegration('Run', {
        stateMachine: machine,
        parameterMapping: new m.apigw.ParameterMapping().custom('StateMachineArn', machine.stateMachineArn).custom('Input', '$request.body'),
      }),
      authorizer: new m.authorizers.HttpIamAuthorizer(),
    });
    http.addRoutes({
      path: '/mapped',
      methods: [m.apigw.HttpMethod.GET],
      integration: new m.integrations.HttpLambdaIntegration('Mapped', fn, {
        parameterMapping: m.apigw.ParameterMapping.fromObject({ 'append:header.x-id': m.apigw.MappingValue.contextVariable('requestId') })
          .overwritePath(m.apigw.MappingValue.requestPathParam('id')),
      }),
      authorizer: new m.apigw.HttpNoneAuthorizer(),
    });
    const pool = new UserPool(s, 'Pool');
    http.addRoutes({
      path: '/site',
      methods: [m.apigw.HttpMethod.GET],
      integration: new m.integrations.HttpUrlIntegration('Site', 'https://example.com', {
        method: m.apigw.HttpMethod.GET,
        parameterMapping: new m.apigw.ParameterMapping().appendHeader('x-user', m.apigw.MappingValue.contextVariable('authorizer.claims.sub')),
      }),
      authorizer: new m.authorizers.HttpUserPoolAuthorizer('Pool', pool, { identitySource: ['$request.header.Authorization'] }),
      authorizationScopes: ['read'],
    });
    new m.apigw.WebSocketRoute(s, 'Send', {
      webSocketApi: ws,
      routeKey: 'send',
      integration: new m.integrations.WebSocketLambdaIntegration('Send', fn, { contentHandling: m.apigw.ContentHandling.CONVERT_TO_TEXT }),
    });
    new m.apigw.WebSocketRoute(s, 'Put', {
      webSocketApi: ws,
      routeKey: 'put',
      integration: new m.integrations.WebSocketAwsIntegration('Put', {
        integrationUri: 'arn:aws:apigateway:eu-west-1:dynamodb:action/PutItem',
        integrationMethod: 'POST',
        requestTemplates: { $default: '{"TableName": "t"}' },
        requestParameters: { 'integration.request.header.x-id': 'context.connectionId' },
        passthroughBehavior: m.apigw.PassthroughBehavior.NEVER,
      }),
    });
    return s;
  }

  const KEYS = [
    'RouteKey', 'AuthorizationType', 'AuthorizationScopes', 'AuthorizerType', 'IdentitySource', 'EnableSimpleResponses', 'JwtConfiguration', 'IntegrationType', 'IntegrationSubtype',
    'IntegrationUri', 'IntegrationMethod', 'RequestParameters', 'RequestTemplates', 'TemplateSelectionExpression', 'PassthroughBehavior', 'ContentHandlingStrategy',
  ];

  /**
   * Values aws-cdk-lib writes that API Gateway assumes when they are left out, and Switchyard leaves out: a
   * WebSocket route without authorizer (AuthorizationType NONE), a mock integration (IntegrationUri "").
   * Documented differences; the deployed API is the same.
   */
  const IMPLIED: Array<[string, unknown]> = [['AuthorizationType', 'NONE'], ['IntegrationUri', '']];

  /** The compared properties of each resource of `type`, references to other resources written as their type. */
  function shapes(s: Stack, type: string): unknown[] {
    const template = Template.fromStack(s).toJSON().Resources as Record<string, { Type: string; Properties: Record<string, unknown> }>;
    const typeOf = (value: unknown): unknown => JSON.parse(JSON.stringify(value ?? null, (_k, v) =>
      v && typeof v === 'object' && 'Ref' in v ? `ref:${template[v.Ref]?.Type ?? v.Ref}` : v));
    return Object.values(template).filter(r => r.Type === type)
      .map(r => Object.fromEntries(KEYS.filter(k => k in r.Properties && !IMPLIED.some(([key, value]) => k === key && r.Properties[k] === value))
        .map(k => [k, typeOf(r.Properties[k])])))
      .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  }

  test.each(['AWS::ApiGatewayV2::Route', 'AWS::ApiGatewayV2::Integration', 'AWS::ApiGatewayV2::Authorizer'])('%s', type => {
    const theirs = shapes(app(AWS_CDK_LIB), type);
    expect(theirs.length).toBeGreaterThanOrEqual(2);
    expect(shapes(app(SWITCHYARD), type)).toEqual(theirs);
  });
});
