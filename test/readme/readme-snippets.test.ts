/**
 * The README's HTTP and WebSocket examples, each copied verbatim into a function whose parameters are the
 * variables the example assumes. Each section's examples are synthesized together into one stack, which must
 * hold the resources they promise and have no Switchyard finding. A last test reads the README and requires
 * every `ts` block of those sections to appear here as written (its import lines aside), so an example cannot
 * change in one place only.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { App, Duration, Stack } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import { ApiKey, CfnAccount, JsonSchemaType, Period } from 'aws-cdk-lib/aws-apigateway';
import { CfnStage } from 'aws-cdk-lib/aws-apigatewayv2';
import { Certificate } from 'aws-cdk-lib/aws-certificatemanager';
import { Alarm } from 'aws-cdk-lib/aws-cloudwatch';
import { IUserPool, IUserPoolClient, UserPool } from 'aws-cdk-lib/aws-cognito';
import { IVpc, Vpc } from 'aws-cdk-lib/aws-ec2';
import {
  ApplicationLoadBalancer, IApplicationListener, INetworkListener, ListenerAction, NetworkLoadBalancer, NetworkTargetGroup,
} from 'aws-cdk-lib/aws-elasticloadbalancingv2';
import { IRole, ManagedPolicy, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Code, Function, IFunction, Runtime } from 'aws-cdk-lib/aws-lambda';
import { IService, PrivateDnsNamespace } from 'aws-cdk-lib/aws-servicediscovery';
import { IQueue, Queue } from 'aws-cdk-lib/aws-sqs';
import { DefinitionBody, IStateMachine, Pass, StateMachine, StateMachineType } from 'aws-cdk-lib/aws-stepfunctions';
import { Construct } from 'constructs';
import { examplesMissingFrom, namesImported, tsBlocks } from './readme-blocks';
import * as switchyard from '../../src';
import {
  ApiKeySelectionExpression, CorsHttpMethod, DomainName, HttpAccessLogFormat, HttpAlbIntegration, HttpApi, HttpApiBasePath, HttpApiDefinition,
  HttpDeployment, HttpIamAuthorizer, HttpIdentitySource, HttpIntegrationSubtype, HttpJwtAuthorizer, HttpLambdaAuthorizer,
  HttpLambdaIntegration, HttpLambdaResponseType, HttpMethod, HttpNlbIntegration, HttpNoneAuthorizer, HttpResponseParameters, HttpRoute,
  HttpRouteIntegration, HttpRouteKey, HttpServiceDiscoveryIntegration, HttpSqsIntegration, HttpStepFunctionsIntegration,
  HttpUrlIntegration, HttpUserPoolAuthorizer, IntegrationResponseKey, LambdaPermissionScope, MappingTemplate, MappingValue,
  ModelSelectionExpression, ParameterMapping, PassthroughBehavior, PayloadFormatVersion, ResponseParameterMapping, RouteRequestParameter,
  Switchyard, TemplateSelectionExpression, VpcLink, WebSocketApi, WebSocketAwsIntegration, WebSocketHttpIntegration,
  WebSocketHttpProxyIntegration, WebSocketIdentitySource, WebSocketLambdaAuthorizer, WebSocketLambdaCustomIntegration,
  WebSocketLambdaIntegration, WebSocketLoggingLevel, WebSocketMappingValue, WebSocketMockIntegration, WebSocketModelSchema,
  WebSocketParameterMapping, WebSocketRoute, WebSocketRouteKey, WebSocketRouteSelectionExpression, WebSocketStage,
} from '../../src';

process.env.CDK_VALIDATION = 'false';

const ENV = { account: '111122223333', region: 'eu-west-1' };

function newFunction(scope: Construct, id: string): Function {
  return new Function(scope, id, { runtime: Runtime.NODEJS_22_X, handler: 'index.handler', code: Code.fromInline('exports.handler = async () => ({})') });
}

// ---------------------------------------------------------------------------------------------------------
// HTTP APIs
// ---------------------------------------------------------------------------------------------------------

function httpApiExample(this: Construct, handler: IFunction): HttpApi {
  const api = new HttpApi(this, 'PetsApi', {
    corsPreflight: { allowOrigins: ['https://app.example.com'], allowMethods: [CorsHttpMethod.GET, CorsHttpMethod.PUT], maxAge: Duration.hours(1) },
    defaultAuthorizer: new HttpJwtAuthorizer('Jwt', 'https://auth.example.com', { jwtAudience: ['pets-app'] }),
    defaultAuthorizationScopes: ['pets/read'],
    defaultIntegration: new HttpLambdaIntegration('Fallback', handler), // the $default route
  });
  return api;
}

function httpRoutesExample(this: Construct, api: HttpApi, handler: IFunction, analyticsRole: IRole): void {
  api.addRoutes({
    path: '/pets/{id}',
    methods: [HttpMethod.GET, HttpMethod.PUT],
    integration: new HttpLambdaIntegration('Pets', handler),
    authorizationScopes: ['pets/read', 'pets/write'],
  });
  api.addRoutes({ path: '/health', integration: new HttpUrlIntegration('Health', 'https://status.example.com'), authorizer: new HttpNoneAuthorizer() });
  const reports = new HttpRoute(this, 'Reports', {
    httpApi: api,
    routeKey: HttpRouteKey.custom('GET /reports/{proxy+}'),
    integration: new HttpLambdaIntegration('Reports', handler),
    authorizer: new HttpIamAuthorizer(),
  });
  reports.grantInvoke(analyticsRole); // execute-api:Invoke on GET /reports/*
}

function httpIntegrationsExample(
  this: Construct, api: HttpApi, legacyHandler: IFunction, vpc: IVpc, albListener: IApplicationListener, nlbListener: INetworkListener,
  usersService: IService, queue: IQueue, stateMachine: IStateMachine,
): void {
  const v1 = new HttpLambdaIntegration('V1', legacyHandler, {
    payloadFormatVersion: PayloadFormatVersion.VERSION_1_0,
    permissionScope: LambdaPermissionScope.API, // one permission for every route of the API
  });
  api.addRoutes({ path: '/v1/{proxy+}', integration: v1 });
  api.addRoutes({ path: '/shop/{proxy+}', integration: new HttpAlbIntegration('Shop', albListener, { secureServerName: 'shop.example.com' }) });
  const link = new VpcLink(this, 'Link', { vpc });
  api.addRoutes({ path: '/stock', integration: new HttpNlbIntegration('Stock', nlbListener, { vpcLink: link }) });
  api.addRoutes({ path: '/users/{id}', integration: new HttpServiceDiscoveryIntegration('Users', usersService, { vpcLink: link }) });
  const ack = new HttpSqsIntegration('Ack', {
    queue,
    subtype: HttpIntegrationSubtype.SQS_DELETE_MESSAGE,
    parameters: { ReceiptHandle: MappingValue.requestPathParam('receipt') }, // required by SQS-DeleteMessage
  });
  api.addRoutes({ path: '/orders/{receipt}', methods: [HttpMethod.DELETE], integration: ack });
  const quote = new HttpStepFunctionsIntegration('Quote', { stateMachine, subtype: HttpIntegrationSubtype.STEPFUNCTIONS_START_SYNC_EXECUTION });
  api.addRoutes({ path: '/quotes', methods: [HttpMethod.POST], integration: quote });
}

function httpMappingExample(this: Construct, api: HttpApi): void {
  const catalog = new HttpUrlIntegration('Catalog', 'https://catalog.example.com', {
    parameterMapping: new ParameterMapping()
      .appendHeader('x-request-id', MappingValue.contextVariable('requestId'))
      .overwritePath(MappingValue.combine(MappingValue.staticValue('/v2/'), MappingValue.requestPathParam('proxy'))),
    responseParameters: HttpResponseParameters.combine(
      HttpResponseParameters.forStatusCode(200, ResponseParameterMapping.overwriteHeader('cache-control', MappingValue.staticValue('max-age=300'))),
      HttpResponseParameters.forStatusCode(404, ResponseParameterMapping.overwriteStatusCode(204)),
    ),
  });
  api.addRoutes({ path: '/catalog/{proxy+}', methods: [HttpMethod.GET], integration: catalog });
}

function httpAuthorizersExample(
  this: Construct, api: HttpApi, profile: HttpRouteIntegration, partners: HttpRouteIntegration, userPool: IUserPool, webClient: IUserPoolClient,
  authorizerFn: IFunction,
): void {
  const cognito = new HttpUserPoolAuthorizer('Users', userPool, { userPoolClients: [webClient] });
  api.addRoutes({ path: '/me', methods: [HttpMethod.GET], integration: profile, authorizer: cognito, authorizationScopes: ['openid'] });
  // Typed lists and maps given by name: jsii-rosetta translates the examples to Python, and it cannot translate
  // a literal where the prop also takes aws-cdk-lib's string form.
  const partnerKeySources: HttpIdentitySource[] = [HttpIdentitySource.header('x-partner-key'), HttpIdentitySource.context('identity.sourceIp')];
  const partnerKey = new HttpLambdaAuthorizer('PartnerKey', authorizerFn, {
    responseType: HttpLambdaResponseType.SIMPLE, // {"isAuthorized": true}
    identitySource: partnerKeySources,
    resultsCacheTtl: Duration.minutes(10), // keyed by the identity sources
  });
  api.addRoutes({ path: '/partners/{proxy+}', integration: partners, authorizer: partnerKey });
}

function httpStagesExample(this: Construct, api: HttpApi): void {
  const prod = api.addStage('Prod', {
    stageName: 'prod',
    autoDeploy: false,
    stageVariables: { backend: 'blue' },
    throttle: { rateLimit: 200, burstLimit: 100 },
    routeSettings: [{ routeKey: HttpRouteKey.custom('GET /reports/{proxy+}'), throttle: { rateLimit: 5, burstLimit: 5 } }],
    accessLogFormat: HttpAccessLogFormat.fromFields({ ip: 'identity.sourceIp', route: 'routeKey', status: 'status' }), // + requestId
  });
  new HttpDeployment(this, 'Release', { httpApi: api, stage: prod });
}

function httpOpenApiAndImportsExample(this: Construct, api: HttpApi, statusPage: HttpRouteIntegration): void {
  new HttpApi(this, 'CatalogApi', {
    definition: HttpApiDefinition.fromFile('openapi.yaml', { basePath: HttpApiBasePath.SPLIT, failOnWarnings: true }), // relative to where cdk synth runs
  });
  const legacy = HttpApi.fromHttpApiAttributes(this, 'Legacy', { httpApiId: 'a1b2c3d4e5' });
  new HttpRoute(this, 'LegacyStatus', { httpApi: legacy, routeKey: HttpRouteKey.custom('GET /status'), integration: statusPage });
  new Alarm(this, 'ServerErrors', { metric: api.metricServerError(), threshold: 5, evaluationPeriods: 1 });
}

function buildHttpStack(): Stack {
  const stack = new Stack(new App(), 'ReadmeHttp', { env: ENV });
  const handler = newFunction(stack, 'Handler');
  const api = httpApiExample.call(stack, handler);
  httpRoutesExample.call(stack, api, handler, new Role(stack, 'Analytics', { assumedBy: new ServicePrincipal('lambda.amazonaws.com') }));

  const vpc = new Vpc(stack, 'Vpc', { maxAzs: 2, natGateways: 0 });
  const alb = new ApplicationLoadBalancer(stack, 'Alb', { vpc });
  const nlb = new NetworkLoadBalancer(stack, 'Nlb', { vpc });
  const namespace = new PrivateDnsNamespace(stack, 'Namespace', { name: 'internal', vpc });
  const machine = new StateMachine(stack, 'Quotes', {
    stateMachineType: StateMachineType.EXPRESS,
    definitionBody: DefinitionBody.fromChainable(new Pass(stack, 'Pass')),
  });
  httpIntegrationsExample.call(
    stack, api, newFunction(stack, 'LegacyHandler'), vpc,
    alb.addListener('Http', { port: 80, defaultAction: ListenerAction.fixedResponse(200) }),
    nlb.addListener('Tcp', { port: 80, defaultTargetGroups: [new NetworkTargetGroup(stack, 'Targets', { vpc, port: 80 })] }),
    namespace.createService('Users'), new Queue(stack, 'Orders'), machine,
  );
  httpMappingExample.call(stack, api);
  const pool = new UserPool(stack, 'Pool');
  httpAuthorizersExample.call(
    stack, api, new HttpUrlIntegration('Profile', 'https://profile.example.com'), new HttpUrlIntegration('Partners', 'https://partners.example.com'),
    pool, pool.addClient('Web'), newFunction(stack, 'Authorizer'),
  );
  httpStagesExample.call(stack, api);
  // The example reads openapi.yaml from the working folder, as `cdk synth` run next to it would.
  const cwd = process.cwd();
  process.chdir(__dirname);
  try {
    httpOpenApiAndImportsExample.call(stack, api, new HttpUrlIntegration('Status', 'https://status.example.com'));
  } finally {
    process.chdir(cwd);
  }
  return stack;
}

// ---------------------------------------------------------------------------------------------------------
// WebSocket APIs
// ---------------------------------------------------------------------------------------------------------

function webSocketApiExample(this: Construct, handler: IFunction, authorizerFn: IFunction): WebSocketApi {
  const ticketSource: WebSocketIdentitySource[] = [WebSocketIdentitySource.queryString('ticket')];
  const chat = new WebSocketApi(this, 'ChatApi', {
    routeSelectionExpression: WebSocketRouteSelectionExpression.requestBody('type'), // $request.body.type
    apiKeySelectionExpression: ApiKeySelectionExpression.HEADER_X_API_KEY,
    connectRouteOptions: {
      integration: new WebSocketLambdaIntegration('Connect', handler),
      authorizer: new WebSocketLambdaAuthorizer('Ticket', authorizerFn, { identitySource: ticketSource }),
      requestParameters: [RouteRequestParameter.queryString('ticket', true), RouteRequestParameter.header('x-client-version')],
      apiKeyRequired: true,
    },
    disconnectRouteOptions: { integration: new WebSocketLambdaIntegration('Disconnect', handler) },
  });
  return chat;
}

function webSocketRoutesExample(this: Construct, chat: WebSocketApi, handler: IFunction): WebSocketRoute {
  const message = chat.addModel('Message', {
    modelName: 'ChatMessage',
    schema: WebSocketModelSchema.fromJsonSchema({ type: JsonSchemaType.OBJECT, required: ['type', 'text'] }),
  });
  const send = chat.addRoute(WebSocketRouteKey.custom('send'), {
    integration: new WebSocketLambdaIntegration('Send', handler),
    requestModels: { $default: message },
    modelSelectionExpression: ModelSelectionExpression.DEFAULT,
    returnResponse: true,
  });
  return send;
}

function webSocketIntegrationsExample(this: Construct, chat: WebSocketApi, handler: IFunction, tableWriter: IRole): void {
  // Template maps given by name: jsii-rosetta, which translates the examples to Python, cannot translate a
  // literal where the prop also takes aws-cdk-lib's string form.
  const joinTemplates: Record<string, MappingTemplate> = {
    v2: MappingTemplate.fromString('{"room": $input.json(\'$.room\'), "connectionId": "$context.connectionId"}'),
    $default: MappingTemplate.fromString('{"room": "lobby", "connectionId": "$context.connectionId"}'),
  };
  const joinRoom = new WebSocketLambdaCustomIntegration('Join', handler, {
    templateSelectionExpression: TemplateSelectionExpression.requestBody('format'), // ${request.body.format}
    requestTemplates: joinTemplates,
    passthroughBehavior: PassthroughBehavior.NEVER,
    responses: [{ responseKey: IntegrationResponseKey.DEFAULT }],
  });
  chat.addRoute(WebSocketRouteKey.custom('join'), { integration: joinRoom, returnResponse: true });
  const saveTemplates: Record<string, MappingTemplate> = {
    $default: MappingTemplate.fromString('{"TableName": "messages", "Item": {"text": {"S": $input.json(\'$.text\')}}}'),
  };
  const save = new WebSocketAwsIntegration('SaveMessage', {
    service: 'dynamodb',
    action: 'PutItem',
    credentialsRole: tableWriter, // API Gateway calls DynamoDB as this role
    requestTemplates: saveTemplates,
  });
  chat.addRoute(WebSocketRouteKey.custom('save'), { integration: save });
  const translateTemplates: Record<string, MappingTemplate> = { $default: MappingTemplate.fromString('{"text": $input.json(\'$.text\')}') };
  const translate = new WebSocketHttpIntegration('Translate', 'https://translate.example.com/v1', {
    requestParameters: WebSocketParameterMapping.header('x-connection-id', WebSocketMappingValue.contextVariable('connectionId')),
    requestTemplates: translateTemplates,
    responses: [
      { responseKey: IntegrationResponseKey.statusPattern('4\\d{2}'), responseTemplates: { $default: MappingTemplate.fromString('{"error": "refused"}') } },
      { responseKey: IntegrationResponseKey.DEFAULT },
    ],
    timeout: Duration.seconds(5),
  });
  chat.addRoute(WebSocketRouteKey.custom('translate'), { integration: translate, returnResponse: true });
  const pong = MappingTemplate.fromString('{"type": "pong", "at": $context.requestTimeEpoch}');
  const pingTemplates: Record<string, MappingTemplate> = { $default: MappingTemplate.fromString('{"statusCode": 200}') };
  chat.addRoute(WebSocketRouteKey.custom('ping'), {
    integration: new WebSocketMockIntegration('Ping', {
      requestTemplates: pingTemplates,
      responses: [{ responseTemplates: { $default: pong } }],
    }),
    returnResponse: true,
  });
}

function webSocketStagesExample(this: Construct, chat: WebSocketApi, send: WebSocketRoute, handler: Function): WebSocketStage {
  const prod = new WebSocketStage(this, 'Prod', {
    webSocketApi: chat,
    stageName: 'prod',
    autoDeploy: true,
    defaultRouteSettings: { throttle: { rateLimit: 500, burstLimit: 200 }, loggingLevel: WebSocketLoggingLevel.ERROR },
    routeSettings: [{ route: send, throttle: { rateLimit: 50, burstLimit: 20 }, detailedMetricsEnabled: true }],
  });
  const logsRole = new Role(this, 'ApiGatewayLogs', {
    assumedBy: new ServicePrincipal('apigateway.amazonaws.com'),
    managedPolicies: [ManagedPolicy.fromAwsManagedPolicyName('service-role/AmazonAPIGatewayPushToCloudWatchLogs')],
  });
  new CfnAccount(this, 'ApiGatewayAccount', { cloudWatchRoleArn: logsRole.roleArn });
  handler.addEnvironment('CALLBACK_URL', prod.callbackUrl); // https://<api-id>.execute-api.<region>.amazonaws.com/prod
  prod.grantManageConnections(handler);
  return prod;
}

function webSocketUsagePlanExample(this: Construct, chat: WebSocketApi, prod: WebSocketStage, certificateArn: string): void {

  // The $connect route above requires a key: the plan throttles and counts the connections that present one.
  const partnerKey = new ApiKey(this, 'PartnerKey', { apiKeyName: 'partner-a' });
  const partners = prod.addUsagePlan('Partners', {
    usagePlanName: 'chat-partners',
    throttle: { rateLimit: 10, burstLimit: 20 },
    quota: { limit: 100_000, period: Period.MONTH },
    apiKeys: [partnerKey],
  });
  const chatDomain = new DomainName(this, 'ChatDomain', {
    domainName: 'chat.example.com',
    certificate: Certificate.fromCertificateArn(this, 'ChatCertificate', certificateArn),
  });
  const beta = new WebSocketStage(this, 'Beta', {
    webSocketApi: chat,
    stageName: 'beta',
    autoDeploy: true,
    domainMapping: { domainName: chatDomain, mappingKey: 'beta' }, // wss://chat.example.com/beta
  });
  partners.addStage(beta);
}

function buildWebSocketStack(): Stack {
  const stack = new Stack(new App(), 'ReadmeWebSocket', { env: ENV });
  const handler = newFunction(stack, 'Handler');
  const chat = webSocketApiExample.call(stack, handler, newFunction(stack, 'Authorizer'));
  const send = webSocketRoutesExample.call(stack, chat, handler);
  webSocketIntegrationsExample.call(stack, chat, handler, new Role(stack, 'TableWriter', { assumedBy: new ServicePrincipal('apigateway.amazonaws.com') }));
  const prod = webSocketStagesExample.call(stack, chat, send, handler);
  webSocketUsagePlanExample.call(stack, chat, prod, 'arn:aws:acm:eu-west-1:111122223333:certificate/chat');
  return stack;
}

// ---------------------------------------------------------------------------------------------------------

/** The number of resources of each type in `template`. */
function countByType(template: Template): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const resource of Object.values(template.toJSON().Resources as Record<string, { Type: string }>)) {
    counts[resource.Type] = (counts[resource.Type] ?? 0) + 1;
  }
  return counts;
}

describe('README: HTTP APIs', () => {
  const stack = buildHttpStack();
  const template = Template.fromStack(stack);

  test('the examples synthesize with no Switchyard finding', () => {
    expect(Switchyard.findings(stack)).toEqual([]);
  });

  test('the API has CORS, a JWT default authorizer and a $default stage with JSON access logs', () => {
    template.hasResourceProperties('AWS::ApiGatewayV2::Api', {
      Name: 'PetsApi',
      ProtocolType: 'HTTP',
      CorsConfiguration: { AllowOrigins: ['https://app.example.com'], AllowMethods: ['GET', 'PUT'], MaxAge: 3600 },
    });
    template.hasResourceProperties('AWS::ApiGatewayV2::Authorizer', { AuthorizerType: 'JWT', JwtConfiguration: { Issuer: 'https://auth.example.com', Audience: ['pets-app'] } });
    template.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      StageName: '$default',
      AutoDeploy: true,
      AccessLogSettings: { DestinationArn: Match.anyValue(), Format: Match.stringLikeRegexp('"requestId":"\\$context\\.requestId"') },
    });
  });

  test('routes: keys per method, scopes, an open route and an IAM route with its grant', () => {
    const keys = Object.values(template.findResources('AWS::ApiGatewayV2::Route')).map(r => r.Properties.RouteKey as string).sort();
    expect(keys).toEqual(expect.arrayContaining(['$default', 'GET /pets/{id}', 'PUT /pets/{id}', 'ANY /health', 'GET /reports/{proxy+}', 'DELETE /orders/{receipt}']));
    template.hasResourceProperties('AWS::ApiGatewayV2::Route', { RouteKey: 'PUT /pets/{id}', AuthorizationType: 'JWT', AuthorizationScopes: ['pets/read', 'pets/write'] });
    template.hasResourceProperties('AWS::ApiGatewayV2::Route', { RouteKey: 'ANY /health', AuthorizationType: 'NONE' });
    template.hasResourceProperties('AWS::ApiGatewayV2::Route', { RouteKey: 'GET /reports/{proxy+}', AuthorizationType: 'AWS_IAM' });
    template.hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: { Statement: [{ Action: 'execute-api:Invoke', Effect: 'Allow', Resource: Match.anyValue() }] },
    });
  });

  test('integrations: Lambda 1.0 with an API-wide permission, private ones through VPC links, AWS services with a role', () => {
    template.hasResourceProperties('AWS::ApiGatewayV2::Integration', { IntegrationType: 'AWS_PROXY', PayloadFormatVersion: '1.0', IntegrationUri: Match.anyValue() });
    template.hasResourceProperties('AWS::Lambda::Permission', { SourceArn: { 'Fn::Join': ['', Match.arrayWith(['/*/*/*'])] } });
    template.hasResourceProperties('AWS::ApiGatewayV2::Integration', {
      IntegrationType: 'HTTP_PROXY', ConnectionType: 'VPC_LINK', TlsConfig: { ServerNameToVerify: 'shop.example.com' },
    });
    expect(countByType(template)['AWS::ApiGatewayV2::VpcLink']).toBe(2);
    template.hasResourceProperties('AWS::ApiGatewayV2::Integration', {
      IntegrationSubtype: 'SQS-DeleteMessage', RequestParameters: { QueueUrl: Match.anyValue(), ReceiptHandle: '$request.path.receipt' }, CredentialsArn: Match.anyValue(),
    });
    template.hasResourceProperties('AWS::ApiGatewayV2::Integration', { IntegrationSubtype: 'StepFunctions-StartSyncExecution' });
  });

  test('parameter mapping: request mappings and response mappings by status code', () => {
    template.hasResourceProperties('AWS::ApiGatewayV2::Integration', {
      IntegrationUri: 'https://catalog.example.com',
      RequestParameters: { 'append:header.x-request-id': '$context.requestId', 'overwrite:path': '/v2/${request.path.proxy}' },
      ResponseParameters: {
        200: { ResponseParameters: [{ Destination: 'overwrite:header.cache-control', Source: 'max-age=300' }] },
        404: { ResponseParameters: [{ Destination: 'overwrite:statuscode', Source: '204' }] },
      },
    });
  });

  test('authorizers: Cognito as JWT, a cached Lambda authorizer with simple responses', () => {
    template.hasResourceProperties('AWS::ApiGatewayV2::Route', { RouteKey: 'GET /me', AuthorizationType: 'JWT', AuthorizationScopes: ['openid'] });
    template.hasResourceProperties('AWS::ApiGatewayV2::Authorizer', {
      AuthorizerType: 'REQUEST',
      EnableSimpleResponses: true,
      AuthorizerPayloadFormatVersion: '2.0',
      AuthorizerResultTtlInSeconds: 600,
      IdentitySource: ['$request.header.x-partner-key', '$context.identity.sourceIp'],
    });
    expect(countByType(template)['AWS::ApiGatewayV2::Authorizer']).toBe(3);
  });

  test('stages and deployments, the OpenAPI definition, imports and metrics', () => {
    template.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      StageName: 'prod',
      AutoDeploy: false,
      StageVariables: { backend: 'blue' },
      RouteSettings: { 'GET /reports/{proxy+}': { ThrottlingRateLimit: 5, ThrottlingBurstLimit: 5 } },
    });
    template.hasResourceProperties('AWS::ApiGatewayV2::Deployment', { StageName: 'prod' });
    template.hasResourceProperties('AWS::ApiGatewayV2::Api', { Body: { info: { title: 'catalog', version: '1' } }, BasePath: 'split', FailOnWarnings: true });
    template.hasResourceProperties('AWS::ApiGatewayV2::Route', { ApiId: 'a1b2c3d4e5', RouteKey: 'GET /status' });
    template.hasResourceProperties('AWS::CloudWatch::Alarm', { MetricName: '5xx', Namespace: 'AWS/ApiGateway' });
  });
});

describe('README: WebSocket APIs', () => {
  const stack = buildWebSocketStack();
  const template = Template.fromStack(stack);

  test('the examples synthesize with no Switchyard finding', () => {
    expect(Switchyard.findings(stack)).toEqual([]);
  });

  test('the API: selection expressions, an authorized $connect with request parameters and an API key', () => {
    template.hasResourceProperties('AWS::ApiGatewayV2::Api', {
      ProtocolType: 'WEBSOCKET', RouteSelectionExpression: '$request.body.type', ApiKeySelectionExpression: '$request.header.x-api-key',
    });
    template.hasResourceProperties('AWS::ApiGatewayV2::Route', {
      RouteKey: '$connect',
      AuthorizationType: 'CUSTOM',
      ApiKeyRequired: true,
      RequestParameters: { 'route.request.querystring.ticket': { Required: true }, 'route.request.header.x-client-version': { Required: false } },
    });
    template.hasResourceProperties('AWS::ApiGatewayV2::Authorizer', { AuthorizerType: 'REQUEST', IdentitySource: ['route.request.querystring.ticket'] });
    template.hasResourceProperties('AWS::ApiGatewayV2::Route', { RouteKey: '$disconnect' });
  });

  test('routes: a model and a two-way route', () => {
    template.hasResourceProperties('AWS::ApiGatewayV2::Model', { Name: 'ChatMessage', ContentType: 'application/json' });
    template.hasResourceProperties('AWS::ApiGatewayV2::Route', {
      RouteKey: 'send', RequestModels: { $default: 'ChatMessage' }, ModelSelectionExpression: '\\$default', RouteResponseSelectionExpression: '$default',
    });
    expect(countByType(template)['AWS::ApiGatewayV2::RouteResponse']).toBe(4); // send, join, translate and ping
  });

  test('integrations: Lambda custom, DynamoDB, HTTP and MOCK, with templates and integration responses', () => {
    template.hasResourceProperties('AWS::ApiGatewayV2::Integration', {
      IntegrationType: 'AWS',
      TemplateSelectionExpression: '${request.body.format}',
      PassthroughBehavior: 'NEVER',
      RequestTemplates: { v2: Match.stringLikeRegexp('input\\.json'), $default: Match.stringLikeRegexp('lobby') },
    });
    template.hasResourceProperties('AWS::ApiGatewayV2::Integration', {
      IntegrationType: 'AWS',
      IntegrationUri: { 'Fn::Join': ['', Match.arrayWith([':apigateway:eu-west-1:dynamodb:action/PutItem'])] },
      CredentialsArn: Match.anyValue(),
      RequestTemplates: { $default: Match.stringLikeRegexp('"TableName": "messages"') },
    });
    template.hasResourceProperties('AWS::ApiGatewayV2::Integration', {
      IntegrationType: 'HTTP', RequestParameters: { 'integration.request.header.x-connection-id': 'context.connectionId' }, TimeoutInMillis: 5000,
    });
    template.hasResourceProperties('AWS::ApiGatewayV2::Integration', { IntegrationType: 'MOCK', RequestTemplates: { $default: '{"statusCode": 200}' } });
    template.hasResourceProperties('AWS::ApiGatewayV2::IntegrationResponse', { IntegrationResponseKey: '/4\\d{2}/' });
    expect(countByType(template)['AWS::ApiGatewayV2::IntegrationResponse']).toBe(4);
  });

  test('stages: throttling, logging, route settings, the account role, the callback URL and its grant', () => {
    template.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      StageName: 'prod',
      DefaultRouteSettings: { ThrottlingRateLimit: 500, ThrottlingBurstLimit: 200, LoggingLevel: 'ERROR' },
      RouteSettings: { send: { ThrottlingRateLimit: 50, ThrottlingBurstLimit: 20, DetailedMetricsEnabled: true } },
      AccessLogSettings: { DestinationArn: Match.anyValue(), Format: Match.stringLikeRegexp('context\\.connectionId') },
    });
    template.hasResourceProperties('AWS::ApiGateway::Account', { CloudWatchRoleArn: Match.anyValue() });
    template.hasResourceProperties('AWS::Lambda::Function', { Environment: { Variables: { CALLBACK_URL: Match.anyValue() } } });
    template.hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: { Statement: [{ Action: 'execute-api:ManageConnections', Effect: 'Allow', Resource: Match.anyValue() }] },
    });
  });

  test('API keys, a usage plan over two stages and a custom-domain mapping', () => {
    template.hasResourceProperties('AWS::ApiGateway::UsagePlan', {
      UsagePlanName: 'chat-partners',
      Throttle: { RateLimit: 10, BurstLimit: 20 },
      Quota: { Limit: 100000, Period: 'MONTH' },
      ApiStages: [Match.objectLike({ Stage: { Ref: Match.stringLikeRegexp('^Prod') } }), Match.objectLike({ Stage: { Ref: Match.stringLikeRegexp('^Beta') } })],
    });
    template.hasResourceProperties('AWS::ApiGateway::UsagePlanKey', { KeyType: 'API_KEY', KeyId: { Ref: Match.stringLikeRegexp('^PartnerKey') } });
    template.hasResourceProperties('AWS::ApiGatewayV2::ApiMapping', { ApiMappingKey: 'beta', Stage: 'beta' });
  });
});

describe('README: the examples in the HTTP and WebSocket sections', () => {
  const readme = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8');
  const source = readFileSync(__filename, 'utf8');
  const start = readme.indexOf('\n## HTTP APIs\n');
  const end = readme.indexOf('\n## Custom domains, API mappings, routing rules and VPC links\n');
  const blocks = tsBlocks(readme, start, end);

  test('the sections exist, in order, with an example per capability', () => {
    expect(start).toBeGreaterThan(0);
    expect(end).toBeGreaterThan(start);
    expect(readme.indexOf('\n## WebSocket APIs\n')).toBeGreaterThan(start);
    expect(blocks.length).toBe(12);
  });

  test('each example is in this file as written, so the tests above compile and synthesize it', () => {
    expect(examplesMissingFrom(blocks, source)).toEqual([]);
  });

  test('each name an example imports from cdk-switchyard is exported by the package', () => {
    const names = namesImported(blocks);
    expect(names.length).toBeGreaterThan(20);
    expect(names.filter(n => !(n in switchyard))).toEqual([]);
  });

  test('the error and warning lines shown are the ones the constructs give', () => {
    const thrown = (f: () => unknown): string => {
      try {
        f();
      } catch (e) {
        return String(e);
      }
      throw new Error('expected an error');
    };
    const env = { account: '111122223333', region: 'eu-west-1' };
    const mapping = thrown(() => new ParameterMapping().overwriteHeader('X-Forwarded-For', MappingValue.requestHeader('x-client-ip')));

    const shopApp = new App();
    const shop = new HttpApi(new Stack(shopApp, 'Shop', { env }), 'ShopApi');
    shop.addRoutes({ path: '/items', integration: new HttpUrlIntegration('Items', 'https://items.example.com') });
    (shop.defaultStage!.node.defaultChild as CfnStage).addPropertyOverride('AccessLogSettings.Format', '$context.status $context.routeKey');
    const httpSynth = thrown(() => shopApp.synth());

    const chatApp = new App();
    const chatStack = new Stack(chatApp, 'Chat', { env });
    const chat = new WebSocketApi(chatStack, 'ChatApi');
    chat.addRoute(WebSocketRouteKey.custom('send'), {
      integration: new WebSocketHttpProxyIntegration('Relay', 'https://relay.example.com', {
        requestParameters: WebSocketParameterMapping.header('x-token', WebSocketMappingValue.requestHeader('x-token')),
      }),
    });
    chatApp.synth();
    const warning = Annotations.fromStack(chatStack).findWarning('*', Match.stringLikeRegexp('ws-mapping-connect-only-source'))[0];
    expect(readme).toContain(`[Warning at ${warning.id}] ${warning.entry.data}`);

    for (const error of [mapping, httpSynth]) {
      const lines = error.split('\n').map(line => line.trim()).filter(line => line.startsWith('[') || line.startsWith('SwitchyardError'));
      expect(lines).toHaveLength(1);
      expect({ line: lines[0], inReadme: readme.includes(lines[0]) }).toEqual({ line: lines[0], inReadme: true });
    }
  });
});
