import { CfnOutput, Duration, Fn, Stack } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import {
  ApiKey, ApiMapping, AuthorizerPayloadVersion, CfnIntegration, CfnRoute, ContentHandling, CorsHttpMethod, DomainName, EndpointType, HttpApi,
  HttpAuthorizer, HttpAuthorizerType, HttpConnectionType, HttpIntegration, HttpIntegrationSubtype, HttpIntegrationType,
  HttpMethod, HttpNoneAuthorizer, HttpRoute, HttpRouteKey, HttpStage, IntegrationCredentials, IpAddressType, LogGroupLogDestination,
  MappingValue, ParameterMapping, PassthroughBehavior, PayloadFormatVersion, Period, RateLimitedApiKey, SecurityPolicy, UsagePlan,
  VpcLink, WebSocketApi, WebSocketApiKeySelectionExpression, WebSocketAuthorizer, WebSocketAuthorizerType, WebSocketIntegration,
  WebSocketIntegrationType, WebSocketRoute, WebSocketStage,
} from 'aws-cdk-lib/aws-apigatewayv2';
import {
  HttpIamAuthorizer, HttpJwtAuthorizer, HttpLambdaAuthorizer, HttpLambdaResponseType, HttpUserPoolAuthorizer,
  WebSocketIamAuthorizer, WebSocketLambdaAuthorizer,
} from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import {
  HttpAlbIntegration, HttpEventBridgeIntegration, HttpLambdaIntegration, HttpNlbIntegration, HttpServiceDiscoveryIntegration,
  HttpSqsIntegration, HttpStepFunctionsIntegration, HttpUrlIntegration, WebSocketAwsIntegration, WebSocketLambdaIntegration,
  WebSocketMockIntegration,
} from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import { Certificate } from 'aws-cdk-lib/aws-certificatemanager';
import { UserPool } from 'aws-cdk-lib/aws-cognito';
import { AttributeType, BillingMode, Table } from 'aws-cdk-lib/aws-dynamodb';
import { SecurityGroup, SubnetType, Vpc } from 'aws-cdk-lib/aws-ec2';
import { ApplicationLoadBalancer, ListenerAction, NetworkLoadBalancer, NetworkTargetGroup } from 'aws-cdk-lib/aws-elasticloadbalancingv2';
import { EventBus } from 'aws-cdk-lib/aws-events';
import { ManagedPolicy, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Alias, Code, Function, Runtime } from 'aws-cdk-lib/aws-lambda';
import { LogGroup } from 'aws-cdk-lib/aws-logs';
import { Bucket } from 'aws-cdk-lib/aws-s3';
import { PrivateDnsNamespace } from 'aws-cdk-lib/aws-servicediscovery';
import { Queue } from 'aws-cdk-lib/aws-sqs';
import { DefinitionBody, Pass, StateMachine, StateMachineType } from 'aws-cdk-lib/aws-stepfunctions';

/**
 * Corpus entries generated with aws-cdk-lib's own L2 constructs of its three API Gateway v2 modules
 * (`aws-apigatewayv2`, `aws-apigatewayv2-integrations`, `aws-apigatewayv2-authorizers`): one small stack per
 * construct or option family. Each stack is synthesized in corpus.test.ts and its template linted; every one
 * of them deploys (aws-cdk-lib's own integration tests deploy the same shapes), so each must lint with no error.
 * The options used follow aws/aws-cdk's packages/@aws-cdk-testing/framework-integ/test/aws-apigatewayv2*.
 */
export interface CdkCase {
  /** The entry's name in the corpus, `cdk/<name>`. */
  readonly name: string;
  /** Adds the constructs under test to an empty stack. */
  readonly build: (stack: Stack) => void;
  /** For an app the service rejects: the rules that must fire and the deploy error seen (default: valid). */
  readonly broken?: { readonly rules: readonly string[]; readonly deployError: string };
}

function handler(stack: Stack, id = 'Handler'): Function {
  return new Function(stack, id, { runtime: Runtime.NODEJS_22_X, handler: 'index.handler', code: Code.fromInline('exports.handler = async () => ({ statusCode: 200 });') });
}

function vpc(stack: Stack): Vpc {
  return new Vpc(stack, 'Vpc', { maxAzs: 2, natGateways: 1 });
}

const CERT_ARN = 'arn:aws:acm:us-east-1:111111111111:certificate/0f3b0a3e-5c3e-4c7a-9b1e-2d4c6e8f0a1b';
const OWNERSHIP_CERT_ARN = 'arn:aws:acm:us-east-1:111111111111:certificate/7a1c2d3e-4f50-4617-8293-a4b5c6d7e8f9';

function domain(stack: Stack, name: string, id = 'Domain'): DomainName {
  return new DomainName(stack, id, { domainName: name, certificate: Certificate.fromCertificateArn(stack, `${id}Cert`, CERT_ARN) });
}

function wsLambdaApi(stack: Stack): WebSocketApi {
  const fn = handler(stack);
  return new WebSocketApi(stack, 'Ws', {
    connectRouteOptions: { integration: new WebSocketLambdaIntegration('Connect', fn) },
    disconnectRouteOptions: { integration: new WebSocketLambdaIntegration('Disconnect', fn) },
    defaultRouteOptions: { integration: new WebSocketLambdaIntegration('DefaultHandler', fn) },
  });
}

function apiRole(stack: Stack, policy: string): Role {
  return new Role(stack, 'ApiRole', { assumedBy: new ServicePrincipal('apigateway.amazonaws.com'), managedPolicies: [ManagedPolicy.fromAwsManagedPolicyName(policy)] });
}

export const CDK_CASES: readonly CdkCase[] = [
  // ---- a stack with no API at all: an app's stack of outputs only, or an empty integ-tests assertion stack ---
  { name: 'empty-stack-outputs-only', build: s => { new CfnOutput(s, 'Region', { value: s.region }); } },
  // ---- HTTP API: the API itself --------------------------------------------------------------------------
  { name: 'http-api-minimal', build: s => { new HttpApi(s, 'Api'); } },
  { name: 'http-api-no-default-stage', build: s => { new HttpApi(s, 'Api', { createDefaultStage: false }); } },
  {
    name: 'http-api-name-description-endpoint',
    build: s => { new HttpApi(s, 'Api', { apiName: 'orders-api', description: 'Orders service', disableExecuteApiEndpoint: true }); },
  },
  { name: 'http-api-dualstack', build: s => { new HttpApi(s, 'Api', { ipAddressType: IpAddressType.DUAL_STACK }); } },
  { name: 'http-api-ipv4', build: s => { new HttpApi(s, 'Api', { ipAddressType: IpAddressType.IPV4 }); } },
  { name: 'http-api-route-selection-expression', build: s => { new HttpApi(s, 'Api', { routeSelectionExpression: true }); } },
  {
    name: 'http-api-default-integration',
    build: s => { new HttpApi(s, 'Api', { defaultIntegration: new HttpLambdaIntegration('DefaultHandler', handler(s)) }); },
  },
  // ---- HTTP API: routes -----------------------------------------------------------------------------------
  {
    name: 'http-routes-every-method',
    build: s => {
      const api = new HttpApi(s, 'Api');
      const fn = handler(s);
      api.addRoutes({
        path: '/items',
        methods: [HttpMethod.GET, HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE, HttpMethod.HEAD, HttpMethod.OPTIONS],
        integration: new HttpLambdaIntegration('Items', fn),
      });
      api.addRoutes({ path: '/items/{id}', methods: [HttpMethod.ANY], integration: new HttpLambdaIntegration('Item', fn) });
      api.addRoutes({ path: '/files/{proxy+}', integration: new HttpLambdaIntegration('Files', fn) });
    },
  },
  {
    name: 'http-route-construct-default-key',
    build: s => {
      const api = new HttpApi(s, 'Api', { createDefaultStage: false });
      new HttpRoute(s, 'DefaultRoute', { httpApi: api, routeKey: HttpRouteKey.DEFAULT, integration: new HttpUrlIntegration('Url', 'https://example.com') });
      new HttpRoute(s, 'GetRoute', { httpApi: api, routeKey: HttpRouteKey.with('/pets/{petId}', HttpMethod.GET), integration: new HttpUrlIntegration('Pets', 'https://example.com/pets/{petId}') });
      new HttpStage(s, 'Stage', { httpApi: api, stageName: 'prod', autoDeploy: true });
    },
  },
  {
    name: 'http-route-on-imported-api',
    build: s => {
      const api = HttpApi.fromHttpApiAttributes(s, 'Imported', { httpApiId: 'a1b2c3d4e5' });
      new HttpRoute(s, 'Route', { httpApi: api, routeKey: HttpRouteKey.with('/health', HttpMethod.GET), integration: new HttpLambdaIntegration('Health', handler(s)) });
    },
  },
  {
    name: 'http-route-on-api-from-import-value',
    build: s => {
      const api = HttpApi.fromHttpApiAttributes(s, 'Imported', { httpApiId: Fn.importValue('SharedHttpApiId') });
      new HttpRoute(s, 'Route', { httpApi: api, routeKey: HttpRouteKey.with('/orders', HttpMethod.POST), integration: new HttpLambdaIntegration('Orders', handler(s)) });
    },
  },
  // ---- HTTP API: integrations -----------------------------------------------------------------------------
  {
    name: 'http-lambda-payload-v1',
    build: s => {
      new HttpApi(s, 'Api').addRoutes({ path: '/v1', methods: [HttpMethod.GET], integration: new HttpLambdaIntegration('V1', handler(s), { payloadFormatVersion: PayloadFormatVersion.VERSION_1_0 }) });
    },
  },
  {
    name: 'http-lambda-timeout-unscoped-permission',
    build: s => {
      new HttpApi(s, 'Api').addRoutes({
        path: '/slow',
        methods: [HttpMethod.POST],
        integration: new HttpLambdaIntegration('Slow', handler(s), { timeout: Duration.seconds(29), scopePermissionToRoute: false }),
      });
    },
  },
  {
    name: 'http-lambda-parameter-mapping',
    build: s => {
      const mapping = new ParameterMapping()
        .appendHeader('x-request-id', MappingValue.contextVariable('requestId'))
        .overwriteHeader('x-user', MappingValue.requestHeader('x-user'))
        .removeHeader('x-internal')
        .appendQueryString('source', MappingValue.custom('api'))
        .overwriteQueryString('page', MappingValue.requestQueryString('p'))
        .removeQueryString('debug')
        .overwritePath(MappingValue.requestPath());
      new HttpApi(s, 'Api').addRoutes({ path: '/mapped/{id}', methods: [HttpMethod.GET], integration: new HttpLambdaIntegration('Mapped', handler(s), { parameterMapping: mapping }) });
    },
  },
  {
    name: 'http-url-integration-options',
    build: s => {
      new HttpApi(s, 'Api').addRoutes({
        path: '/proxy/{proxy+}',
        methods: [HttpMethod.ANY],
        integration: new HttpUrlIntegration('Proxy', 'https://backend.example.com/{proxy}', {
          method: HttpMethod.ANY,
          timeout: Duration.seconds(10),
          parameterMapping: new ParameterMapping()
            .appendHeader('x-stage', MappingValue.stageVariable('backendKey'))
            .overwriteHeader('x-body-id', MappingValue.requestBody('id'))
            .overwritePath(MappingValue.requestPathParam('proxy')),
        }),
      });
    },
  },
  {
    name: 'http-url-integration-from-object-mapping',
    build: s => {
      new HttpApi(s, 'Api').addRoutes({
        path: '/legacy',
        methods: [HttpMethod.GET],
        integration: new HttpUrlIntegration('Legacy', 'https://legacy.example.com/api', {
          parameterMapping: ParameterMapping.fromObject({ 'append:header.x-forwarded-api': MappingValue.custom('switch'), 'overwrite:path': MappingValue.custom('/api/v2/legacy') }),
        }),
      });
    },
  },
  {
    name: 'http-alb-integration',
    build: s => {
      const v = vpc(s);
      const alb = new ApplicationLoadBalancer(s, 'Alb', { vpc: v });
      const listener = alb.addListener('Listener', { port: 80, open: false });
      listener.addAction('Default', { action: ListenerAction.fixedResponse(200) });
      new HttpApi(s, 'Api', { defaultIntegration: new HttpAlbIntegration('Alb', listener) });
    },
  },
  {
    name: 'http-alb-integration-tls-shared-vpc-link',
    build: s => {
      const v = vpc(s);
      const link = new VpcLink(s, 'Link', { vpc: v, vpcLinkName: 'shared-link', subnets: { subnetType: SubnetType.PRIVATE_WITH_EGRESS } });
      const alb = new ApplicationLoadBalancer(s, 'Alb', { vpc: v });
      const listener = alb.addListener('Listener', { port: 80, open: false });
      listener.addAction('Default', { action: ListenerAction.fixedResponse(200) });
      new HttpApi(s, 'Api').addRoutes({
        path: '/internal/{proxy+}',
        methods: [HttpMethod.GET, HttpMethod.POST],
        integration: new HttpAlbIntegration('Alb', listener, {
          vpcLink: link,
          method: HttpMethod.GET,
          secureServerName: 'internal.example.com',
          timeout: Duration.seconds(15),
          parameterMapping: new ParameterMapping().overwritePath(MappingValue.requestPathParam('proxy')),
        }),
      });
    },
  },
  {
    name: 'http-nlb-integration',
    build: s => {
      const v = vpc(s);
      const nlb = new NetworkLoadBalancer(s, 'Nlb', { vpc: v });
      const listener = nlb.addListener('Listener', { port: 80, defaultTargetGroups: [new NetworkTargetGroup(s, 'Targets', { vpc: v, port: 80 })] });
      new HttpApi(s, 'Api', { defaultIntegration: new HttpNlbIntegration('Nlb', listener) });
    },
  },
  {
    name: 'http-service-discovery-integration',
    build: s => {
      const v = vpc(s);
      const ns = new PrivateDnsNamespace(s, 'Ns', { name: 'svc.local', vpc: v });
      const service = ns.createService('Orders');
      new HttpApi(s, 'Api', { defaultIntegration: new HttpServiceDiscoveryIntegration('Orders', service, { vpcLink: new VpcLink(s, 'Link', { vpc: v }) }) });
    },
  },
  {
    name: 'http-sqs-send-message',
    build: s => {
      new HttpApi(s, 'Api').addRoutes({ path: '/queue', methods: [HttpMethod.POST], integration: new HttpSqsIntegration('Send', { queue: new Queue(s, 'Queue') }) });
    },
  },
  {
    name: 'http-sqs-every-subtype',
    build: s => {
      const api = new HttpApi(s, 'Api');
      const queue = new Queue(s, 'Queue');
      api.addRoutes({
        path: '/receive',
        methods: [HttpMethod.GET],
        integration: new HttpSqsIntegration('Receive', { queue, subtype: HttpIntegrationSubtype.SQS_RECEIVE_MESSAGE }),
      });
      api.addRoutes({
        path: '/delete',
        methods: [HttpMethod.DELETE],
        integration: new HttpSqsIntegration('Delete', {
          queue,
          subtype: HttpIntegrationSubtype.SQS_DELETE_MESSAGE,
          parameterMapping: new ParameterMapping().custom('QueueUrl', queue.queueUrl).custom('ReceiptHandle', '$request.body.receiptHandle'),
        }),
      });
      api.addRoutes({ path: '/purge', methods: [HttpMethod.POST], integration: new HttpSqsIntegration('Purge', { queue, subtype: HttpIntegrationSubtype.SQS_PURGE_QUEUE }) });
      api.addRoutes({
        path: '/send-attrs',
        methods: [HttpMethod.POST],
        integration: new HttpSqsIntegration('SendAttrs', {
          queue,
          parameterMapping: new ParameterMapping().custom('QueueUrl', queue.queueUrl).custom('MessageBody', '$request.body.message').custom('MessageGroupId', '$request.header.x-group'),
        }),
      });
    },
  },
  {
    name: 'http-eventbridge-put-events',
    build: s => {
      const bus = new EventBus(s, 'Bus');
      const api = new HttpApi(s, 'Api');
      api.addRoutes({ path: '/events', methods: [HttpMethod.POST], integration: new HttpEventBridgeIntegration('Put', { eventBusRef: bus.eventBusRef }) });
      api.addRoutes({
        path: '/events/custom',
        methods: [HttpMethod.POST],
        integration: new HttpEventBridgeIntegration('PutCustom', {
          eventBusRef: bus.eventBusRef,
          parameterMapping: new ParameterMapping()
            .custom('Detail', '$request.body')
            .custom('DetailType', 'order.created')
            .custom('Source', 'orders.api')
            .custom('EventBusName', bus.eventBusName),
        }),
      });
    },
  },
  {
    name: 'http-stepfunctions-every-subtype',
    build: s => {
      const standard = new StateMachine(s, 'Standard', { definitionBody: DefinitionBody.fromChainable(new Pass(s, 'Pass')) });
      const express = new StateMachine(s, 'Express', { stateMachineType: StateMachineType.EXPRESS, definitionBody: DefinitionBody.fromChainable(new Pass(s, 'ExpressPass')) });
      const api = new HttpApi(s, 'Api');
      api.addRoutes({ path: '/start', methods: [HttpMethod.POST], integration: new HttpStepFunctionsIntegration('Start', { stateMachine: standard }) });
      api.addRoutes({
        path: '/sync',
        methods: [HttpMethod.POST],
        integration: new HttpStepFunctionsIntegration('Sync', { stateMachine: express, subtype: HttpIntegrationSubtype.STEPFUNCTIONS_START_SYNC_EXECUTION }),
      });
      api.addRoutes({
        path: '/stop',
        methods: [HttpMethod.POST],
        integration: new HttpStepFunctionsIntegration('Stop', {
          stateMachine: standard,
          subtype: HttpIntegrationSubtype.STEPFUNCTIONS_STOP_EXECUTION,
          parameterMapping: new ParameterMapping().custom('ExecutionArn', '$request.querystring.executionArn'),
        }),
      });
      api.addRoutes({
        path: '/start-named',
        methods: [HttpMethod.POST],
        integration: new HttpStepFunctionsIntegration('StartNamed', {
          stateMachine: standard,
          parameterMapping: new ParameterMapping().custom('StateMachineArn', standard.stateMachineArn).custom('Input', '$request.body').custom('Name', '$context.requestId'),
        }),
      });
    },
  },
  {
    name: 'http-integration-construct-aws-proxy-subtype',
    build: s => {
      const api = new HttpApi(s, 'Api');
      const role = apiRole(s, 'AmazonKinesisFullAccess');
      new HttpIntegration(s, 'Kinesis', {
        httpApi: api,
        integrationType: HttpIntegrationType.AWS_PROXY,
        integrationSubtype: HttpIntegrationSubtype.KINESIS_PUT_RECORD,
        credentials: IntegrationCredentials.fromRole(role),
        payloadFormatVersion: PayloadFormatVersion.VERSION_1_0,
        parameterMapping: new ParameterMapping().custom('StreamName', 'clicks').custom('Data', '$request.body.data').custom('PartitionKey', '$context.requestId'),
      });
    },
  },
  {
    name: 'http-integration-construct-appconfig',
    build: s => {
      const api = new HttpApi(s, 'Api', { createDefaultStage: false });
      new HttpIntegration(s, 'AppConfig', {
        httpApi: api,
        integrationType: HttpIntegrationType.AWS_PROXY,
        integrationSubtype: HttpIntegrationSubtype.APPCONFIG_GET_CONFIGURATION,
        credentials: IntegrationCredentials.useCallerIdentity(),
        payloadFormatVersion: PayloadFormatVersion.VERSION_1_0,
        parameterMapping: new ParameterMapping().custom('Application', 'web').custom('Environment', 'prod').custom('Configuration', 'flags').custom('ClientId', '$context.requestId'),
      });
    },
  },
  {
    name: 'http-integration-construct-http-proxy-internet',
    build: s => {
      const api = new HttpApi(s, 'Api', { createDefaultStage: false });
      new HttpIntegration(s, 'Url', {
        httpApi: api,
        integrationType: HttpIntegrationType.HTTP_PROXY,
        integrationUri: 'https://example.com/{proxy}',
        method: HttpMethod.GET,
        connectionType: HttpConnectionType.INTERNET,
        payloadFormatVersion: PayloadFormatVersion.VERSION_1_0,
        timeout: Duration.millis(50),
      });
    },
  },
  // ---- HTTP API: authorizers ------------------------------------------------------------------------------
  {
    name: 'http-jwt-authorizer',
    build: s => {
      const auth = new HttpJwtAuthorizer('Jwt', 'https://cognito-idp.us-east-1.amazonaws.com/us-east-1_abc123', {
        jwtAudience: ['client-1', 'client-2'], authorizerName: 'jwt-auth', identitySource: ['$request.header.X-Token'],
      });
      new HttpApi(s, 'Api').addRoutes({ path: '/me', methods: [HttpMethod.GET], integration: new HttpLambdaIntegration('Me', handler(s)), authorizer: auth, authorizationScopes: ['profile', 'email'] });
    },
  },
  {
    name: 'http-user-pool-authorizer',
    build: s => {
      const pool = new UserPool(s, 'Pool');
      const client = pool.addClient('Web');
      const auth = new HttpUserPoolAuthorizer('Pool', pool, { userPoolClients: [client, pool.addClient('Mobile')], userPoolRegion: 'eu-west-1', authorizerName: 'pool-auth' });
      new HttpApi(s, 'Api', { defaultAuthorizer: auth, defaultAuthorizationScopes: ['aws.cognito.signin.user.admin'] })
        .addRoutes({ path: '/orders', methods: [HttpMethod.GET], integration: new HttpLambdaIntegration('Orders', handler(s)) });
    },
  },
  {
    name: 'http-lambda-authorizer-simple',
    build: s => {
      const fn = handler(s);
      const auth = new HttpLambdaAuthorizer('Simple', fn, { responseTypes: [HttpLambdaResponseType.SIMPLE], identitySource: ['$request.header.Authorization', '$request.querystring.token'], resultsCacheTtl: Duration.minutes(10) });
      new HttpApi(s, 'Api').addRoutes({ path: '/simple', methods: [HttpMethod.GET], integration: new HttpLambdaIntegration('Simple', fn), authorizer: auth });
    },
  },
  {
    name: 'http-lambda-authorizer-iam-response',
    build: s => {
      const fn = handler(s);
      const auth = new HttpLambdaAuthorizer('Iam', fn, { responseTypes: [HttpLambdaResponseType.IAM], resultsCacheTtl: Duration.seconds(0), identitySource: [] });
      new HttpApi(s, 'Api').addRoutes({ path: '/iam-policy', methods: [HttpMethod.GET], integration: new HttpLambdaIntegration('Iam', fn), authorizer: auth });
    },
  },
  {
    name: 'http-lambda-authorizer-both-responses-context-sources',
    build: s => {
      const fn = handler(s);
      const auth = new HttpLambdaAuthorizer('Both', fn, {
        responseTypes: [HttpLambdaResponseType.IAM, HttpLambdaResponseType.SIMPLE],
        authorizerName: 'both',
        identitySource: ['$context.identity.sourceIp', '$stageVariables.tenant', '$request.header.x-tenant'],
      });
      new HttpApi(s, 'Api').addRoutes({ path: '/both', methods: [HttpMethod.GET], integration: new HttpLambdaIntegration('Both', fn), authorizer: auth });
    },
  },
  {
    name: 'http-lambda-authorizer-role',
    build: s => {
      const fn = handler(s);
      const role = new Role(s, 'InvokeRole', { assumedBy: new ServicePrincipal('apigateway.amazonaws.com') });
      fn.grantInvoke(role);
      new HttpApi(s, 'Api').addRoutes({ path: '/role', methods: [HttpMethod.GET], integration: new HttpLambdaIntegration('Role', fn), authorizer: new HttpLambdaAuthorizer('WithRole', fn, { role }) });
    },
  },
  {
    name: 'http-iam-authorizer',
    build: s => {
      new HttpApi(s, 'Api', { defaultAuthorizer: new HttpIamAuthorizer() })
        .addRoutes({ path: '/signed', methods: [HttpMethod.POST], integration: new HttpUrlIntegration('Signed', 'https://example.com/signed') });
    },
  },
  {
    name: 'http-default-authorizer-with-none-route',
    build: s => {
      const api = new HttpApi(s, 'Api', { defaultAuthorizer: new HttpJwtAuthorizer('Jwt', 'https://issuer.example.com', { jwtAudience: ['aud'] }), defaultAuthorizationScopes: ['read'] });
      const fn = handler(s);
      api.addRoutes({ path: '/private', methods: [HttpMethod.GET], integration: new HttpLambdaIntegration('Private', fn) });
      api.addRoutes({ path: '/public', methods: [HttpMethod.GET], integration: new HttpLambdaIntegration('Public', fn), authorizer: new HttpNoneAuthorizer(), authorizationScopes: [] });
    },
  },
  {
    // aws-cdk-lib gives the API's default scopes to a route whose authorizer is HttpNoneAuthorizer (aws/aws-cdk#27576).
    name: 'broken-http-none-route-inherits-default-scopes',
    broken: {
      rules: ['route-authorization-scopes'],
      deployError: 'Invalid Route authorization type specified. Authorization Scopes are only valid for COGNITO_USER_POOLS and JWT authorization types',
    },
    build: s => {
      const api = new HttpApi(s, 'Api', { defaultAuthorizer: new HttpJwtAuthorizer('Jwt', 'https://issuer.example.com', { jwtAudience: ['aud'] }), defaultAuthorizationScopes: ['read'] });
      api.addRoutes({ path: '/public', methods: [HttpMethod.GET], integration: new HttpLambdaIntegration('Public', handler(s)), authorizer: new HttpNoneAuthorizer() });
    },
  },
  {
    // HttpStepFunctionsIntegration maps StateMachineArn by default, which StopExecution does not take.
    name: 'broken-http-stepfunctions-stop-default-mapping',
    broken: {
      rules: ['http-subtype-required-parameter', 'http-subtype-parameter-name'],
      deployError: 'StepFunctions-StopExecution requires enabling passthrough, or defining all of the following parameters: ExecutionArn',
    },
    build: s => {
      const standard = new StateMachine(s, 'Standard', { definitionBody: DefinitionBody.fromChainable(new Pass(s, 'Pass')) });
      new HttpApi(s, 'Api').addRoutes({
        path: '/stop',
        methods: [HttpMethod.POST],
        integration: new HttpStepFunctionsIntegration('Stop', { stateMachine: standard, subtype: HttpIntegrationSubtype.STEPFUNCTIONS_STOP_EXECUTION }),
      });
    },
  },
  {
    name: 'http-authorizer-construct',
    build: s => {
      const api = new HttpApi(s, 'Api');
      const fn = handler(s);
      new HttpAuthorizer(s, 'LambdaV1', {
        httpApi: api,
        type: HttpAuthorizerType.LAMBDA,
        identitySource: ['$request.header.Authorization'],
        authorizerUri: `arn:${s.partition}:apigateway:${s.region}:lambda:path/2015-03-31/functions/${fn.functionArn}/invocations`,
        payloadFormatVersion: AuthorizerPayloadVersion.VERSION_1_0,
        resultsCacheTtl: Duration.minutes(5),
        authorizerName: 'v1-auth',
      });
      new HttpAuthorizer(s, 'Jwt', { httpApi: api, type: HttpAuthorizerType.JWT, identitySource: ['$request.header.Authorization'], jwtAudience: ['a'], jwtIssuer: 'https://issuer.example.com/' });
    },
  },
  {
    name: 'http-imported-authorizer',
    build: s => {
      const auth = HttpAuthorizer.fromHttpAuthorizerAttributes(s, 'Shared', { authorizerId: 'abc123', authorizerType: 'JWT' });
      new HttpApi(s, 'Api').addRoutes({ path: '/shared', methods: [HttpMethod.GET], integration: new HttpLambdaIntegration('Shared', handler(s)), authorizer: auth, authorizationScopes: ['read'] });
    },
  },
  // ---- HTTP API: CORS -------------------------------------------------------------------------------------
  {
    name: 'http-cors-full',
    build: s => {
      new HttpApi(s, 'Api', {
        corsPreflight: {
          allowOrigins: ['https://app.example.com', 'http://localhost:3000'],
          allowMethods: [CorsHttpMethod.GET, CorsHttpMethod.POST, CorsHttpMethod.OPTIONS],
          allowHeaders: ['Authorization', 'Content-Type'],
          exposeHeaders: ['x-request-id'],
          allowCredentials: true,
          maxAge: Duration.days(1),
        },
      });
    },
  },
  { name: 'http-cors-wildcard', build: s => { new HttpApi(s, 'Api', { corsPreflight: { allowOrigins: ['*'], allowMethods: [CorsHttpMethod.ANY], allowHeaders: ['*'] } }); } },
  { name: 'http-cors-origins-only', build: s => { new HttpApi(s, 'Api', { corsPreflight: { allowOrigins: ['https://*.example.com'] } }); } },
  // ---- HTTP API: stages -----------------------------------------------------------------------------------
  {
    name: 'http-stage-every-option',
    build: s => {
      const api = new HttpApi(s, 'Api', { createDefaultStage: false });
      api.addRoutes({ path: '/', methods: [HttpMethod.GET], integration: new HttpUrlIntegration('Root', 'https://example.com') });
      new HttpStage(s, 'Stage', {
        httpApi: api,
        stageName: 'prod',
        autoDeploy: true,
        description: 'Production',
        detailedMetricsEnabled: true,
        throttle: { rateLimit: 500, burstLimit: 1000 },
        stageVariables: { backend: 'https://backend.example.com', tier: 'gold' },
      });
    },
  },
  {
    name: 'http-stage-access-log-clf',
    build: s => {
      const api = new HttpApi(s, 'Api', { createDefaultStage: false });
      api.addStage('Stage', { stageName: 'dev', autoDeploy: true, accessLogSettings: { destination: new LogGroupLogDestination(new LogGroup(s, 'Logs')), format: AccessLogFormat.clf() } });
    },
  },
  {
    name: 'http-stage-access-log-json',
    build: s => {
      const api = new HttpApi(s, 'Api', { createDefaultStage: false });
      new HttpStage(s, 'Stage', {
        httpApi: api,
        stageName: '$default',
        autoDeploy: true,
        accessLogSettings: { destination: new LogGroupLogDestination(new LogGroup(s, 'Logs')), format: AccessLogFormat.jsonWithStandardFields() },
      });
    },
  },
  {
    name: 'http-stage-access-log-custom',
    build: s => {
      const api = new HttpApi(s, 'Api', { createDefaultStage: false });
      new HttpStage(s, 'Stage', {
        httpApi: api,
        stageName: 'beta',
        autoDeploy: true,
        accessLogSettings: {
          destination: new LogGroupLogDestination(LogGroup.fromLogGroupName(s, 'Shared', 'shared-access-logs')),
          format: AccessLogFormat.custom(JSON.stringify({ id: '$context.requestId', route: '$context.routeKey', status: '$context.status', error: '$context.integrationErrorMessage' })),
        },
      });
    },
  },
  {
    name: 'http-stage-manual-deploy',
    build: s => {
      const api = new HttpApi(s, 'Api', { createDefaultStage: false });
      api.addRoutes({ path: '/ping', methods: [HttpMethod.GET], integration: new HttpUrlIntegration('Ping', 'https://example.com/ping') });
      new HttpStage(s, 'Stage', { httpApi: api, stageName: 'manual', throttle: { rateLimit: 0.5, burstLimit: 1 } });
    },
  },
  // ---- domain names and API mappings ----------------------------------------------------------------------
  {
    name: 'domain-default-mapping',
    build: s => { new HttpApi(s, 'Api', { defaultDomainMapping: { domainName: domain(s, 'api.example.com') } }); },
  },
  {
    name: 'domain-mapping-keys',
    build: s => {
      const dn = domain(s, 'apis.example.com');
      const a = new HttpApi(s, 'A', { defaultDomainMapping: { domainName: dn, mappingKey: 'orders' } });
      const b = new HttpApi(s, 'B', { createDefaultStage: false });
      b.addStage('V2', { stageName: 'v2', autoDeploy: true, domainMapping: { domainName: dn, mappingKey: 'billing/v2' } });
      new ApiMapping(s, 'Root', { api: a, domainName: dn });
    },
  },
  {
    name: 'domain-mtls',
    build: s => {
      const bucket = new Bucket(s, 'Truststore');
      new DomainName(s, 'Domain', {
        domainName: 'mtls.example.com',
        certificate: Certificate.fromCertificateArn(s, 'Cert', CERT_ARN),
        mtls: { bucket, key: 'truststore.pem', version: 'v3' },
      });
    },
  },
  {
    name: 'domain-mtls-ownership-certificate',
    build: s => {
      const dn = new DomainName(s, 'Domain', {
        domainName: 'secure.example.com',
        certificate: Certificate.fromCertificateArn(s, 'Cert', CERT_ARN),
        ownershipCertificate: Certificate.fromCertificateArn(s, 'Owner', OWNERSHIP_CERT_ARN),
        mtls: { bucket: Bucket.fromBucketName(s, 'Trust', 'my-truststore-bucket'), key: 'certs/ca.pem' },
      });
      new HttpApi(s, 'Api', { defaultDomainMapping: { domainName: dn } });
    },
  },
  {
    name: 'domain-every-option',
    build: s => {
      new DomainName(s, 'Domain', {
        domainName: 'dual.example.com',
        certificate: Certificate.fromCertificateArn(s, 'Cert', CERT_ARN),
        certificateName: 'dual-cert',
        endpointType: EndpointType.REGIONAL,
        securityPolicy: SecurityPolicy.TLS_1_2,
        ipAddressType: IpAddressType.DUAL_STACK,
      });
    },
  },
  {
    name: 'domain-wildcard-dualstack',
    build: s => {
      const cert = new Certificate(s, 'Wildcard', { domainName: '*.example.com' });
      const dn = new DomainName(s, 'Domain', { domainName: '*.example.com', certificate: cert, ipAddressType: IpAddressType.DUAL_STACK });
      new HttpApi(s, 'Api', { routeSelectionExpression: true, defaultDomainMapping: { domainName: dn } });
    },
  },
  {
    name: 'domain-imported-mapping',
    build: s => {
      const dn = DomainName.fromDomainNameAttributes(s, 'Shared', { name: 'shared.example.com', regionalDomainName: 'd-abc.execute-api.us-east-1.amazonaws.com', regionalHostedZoneId: 'Z1UJRXOUMOOFQ8' });
      new HttpApi(s, 'Api', { defaultDomainMapping: { domainName: dn, mappingKey: 'team' } });
    },
  },
  {
    name: 'domain-websocket-mapping',
    build: s => {
      const api = wsLambdaApi(s);
      new WebSocketStage(s, 'Stage', { webSocketApi: api, stageName: 'prod', autoDeploy: true, domainMapping: { domainName: domain(s, 'ws.example.com'), mappingKey: 'chat' } });
    },
  },
  // ---- VPC links ------------------------------------------------------------------------------------------
  {
    name: 'vpc-link-every-option',
    build: s => {
      const v = vpc(s);
      const link = new VpcLink(s, 'Link', { vpc: v, vpcLinkName: 'app-link', subnets: { subnetType: SubnetType.PRIVATE_WITH_EGRESS }, securityGroups: [new SecurityGroup(s, 'Sg', { vpc: v })] });
      link.addSecurityGroups(new SecurityGroup(s, 'Sg2', { vpc: v }));
      link.addSubnets(...v.publicSubnets);
    },
  },
  {
    name: 'vpc-link-private-integration-construct',
    build: s => {
      const v = vpc(s);
      const link = new VpcLink(s, 'Link', { vpc: v });
      const api = new HttpApi(s, 'Api');
      new HttpIntegration(s, 'Private', {
        httpApi: api,
        integrationType: HttpIntegrationType.HTTP_PROXY,
        connectionType: HttpConnectionType.VPC_LINK,
        connectionId: link.vpcLinkId,
        integrationUri: 'arn:aws:elasticloadbalancing:us-east-1:111111111111:listener/app/internal/0123456789abcdef/fedcba9876543210',
        method: HttpMethod.ANY,
        payloadFormatVersion: PayloadFormatVersion.VERSION_1_0,
        secureServerName: 'internal.example.com',
      });
    },
  },
  {
    name: 'http-lambda-alias-integration-and-authorizer',
    build: s => {
      const fn = handler(s);
      const alias = new Alias(s, 'Live', { aliasName: 'live', version: fn.currentVersion });
      new HttpApi(s, 'Api').addRoutes({
        path: '/alias',
        methods: [HttpMethod.GET],
        integration: new HttpLambdaIntegration('Alias', alias),
        authorizer: new HttpLambdaAuthorizer('AliasAuth', alias, { responseTypes: [HttpLambdaResponseType.SIMPLE] }),
      });
    },
  },
  {
    name: 'http-api-add-vpc-link-and-grants',
    build: s => {
      const api = new HttpApi(s, 'Api');
      api.addVpcLink({ vpc: vpc(s), vpcLinkName: 'added' });
      const [route] = api.addRoutes({ path: '/signed', methods: [HttpMethod.GET], integration: new HttpUrlIntegration('Signed', 'https://example.com'), authorizer: new HttpIamAuthorizer() });
      route.grantInvoke(new Role(s, 'Caller', { assumedBy: new ServicePrincipal('lambda.amazonaws.com') }));
      new ApiMapping(s, 'Explicit', { api, domainName: domain(s, 'signed.example.com'), stage: api.defaultStage, apiMappingKey: 'signed' });
    },
  },
  // ---- WebSocket API --------------------------------------------------------------------------------------
  { name: 'ws-api-minimal', build: s => { new WebSocketApi(s, 'Ws'); } },
  { name: 'ws-lambda-connect-disconnect-default', build: s => { wsLambdaApi(s); } },
  {
    name: 'ws-api-options',
    build: s => {
      new WebSocketApi(s, 'Ws', {
        apiName: 'chat',
        description: 'Chat service',
        routeSelectionExpression: '${request.body.type}',
        ipAddressType: IpAddressType.DUAL_STACK,
        disableSchemaValidation: true,
        defaultRouteOptions: { integration: new WebSocketMockIntegration('DefaultHandler') },
      });
    },
  },
  {
    name: 'ws-lambda-custom-routes-return-response',
    build: s => {
      const api = wsLambdaApi(s);
      const fn = handler(s, 'Messages');
      api.addRoute('sendmessage', { integration: new WebSocketLambdaIntegration('Send', fn), returnResponse: true });
      api.addRoute('ping', { integration: new WebSocketLambdaIntegration('Ping', fn, { timeout: Duration.seconds(5), contentHandling: ContentHandling.CONVERT_TO_TEXT }) });
    },
  },
  {
    name: 'ws-lambda-shared-integration',
    build: s => {
      const fn = handler(s);
      const shared = new WebSocketLambdaIntegration('Shared', fn);
      const api = new WebSocketApi(s, 'Ws', { connectRouteOptions: { integration: shared }, defaultRouteOptions: { integration: shared } });
      api.addRoute('join', { integration: shared });
    },
  },
  {
    name: 'ws-mock-return-response',
    build: s => {
      const api = new WebSocketApi(s, 'Ws', { defaultRouteOptions: { integration: new WebSocketMockIntegration('DefaultHandler') } });
      api.addRoute('test', { integration: new WebSocketMockIntegration('Test'), returnResponse: true });
    },
  },
  {
    name: 'ws-mock-request-templates',
    build: s => {
      const api = new WebSocketApi(s, 'Ws');
      api.addRoute('echo', {
        integration: new WebSocketMockIntegration('Echo', { requestTemplates: { 'application/json': '{"statusCode": 200}', '$default': '{"statusCode": 200}' }, templateSelectionExpression: '\\$default' }),
        returnResponse: true,
      });
    },
  },
  {
    name: 'ws-aws-dynamodb-put-item',
    build: s => {
      const table = new Table(s, 'Table', { partitionKey: { name: 'id', type: AttributeType.STRING }, billingMode: BillingMode.PAY_PER_REQUEST });
      const api = new WebSocketApi(s, 'Ws', { defaultRouteOptions: { integration: new WebSocketMockIntegration('DefaultHandler') } });
      new WebSocketStage(s, 'Dev', { webSocketApi: api, stageName: 'dev', autoDeploy: true });
      api.addRoute('$connect', {
        integration: new WebSocketAwsIntegration('Put', {
          integrationUri: `arn:aws:apigateway:${s.region}:dynamodb:action/PutItem`,
          integrationMethod: HttpMethod.POST,
          credentialsRole: apiRole(s, 'AmazonDynamoDBFullAccess'),
          requestParameters: { 'integration.request.header.Content-Type': '\'application/x-www-form-urlencoded\'' },
          requestTemplates: { 'application/json': JSON.stringify({ TableName: table.tableName, Item: { id: { S: '$context.requestId' } } }) },
          templateSelectionExpression: '\\$default',
          passthroughBehavior: PassthroughBehavior.WHEN_NO_TEMPLATES,
          contentHandling: ContentHandling.CONVERT_TO_BINARY,
          timeout: Duration.seconds(10),
        }),
      });
    },
  },
  {
    name: 'ws-aws-sqs-send-message',
    build: s => {
      const queue = new Queue(s, 'Queue');
      const api = new WebSocketApi(s, 'Ws');
      api.addRoute('enqueue', {
        integration: new WebSocketAwsIntegration('Enqueue', {
          integrationUri: `arn:aws:apigateway:${s.region}:sqs:path/${s.account}/${queue.queueName}`,
          integrationMethod: 'POST',
          credentialsRole: apiRole(s, 'AmazonSQSFullAccess'),
          requestParameters: { 'integration.request.header.Content-Type': '\'application/x-www-form-urlencoded\'' },
          requestTemplates: { $default: 'Action=SendMessage&MessageBody=$util.urlEncode($input.body)&MessageAttribute.1.Name=connectionId&MessageAttribute.1.Value.StringValue=$context.connectionId&MessageAttribute.1.Value.DataType=String' },
          templateSelectionExpression: '\\$default',
          passthroughBehavior: PassthroughBehavior.NEVER,
        }),
      });
    },
  },
  {
    name: 'ws-aws-eventbridge-templates-by-body',
    build: s => {
      const api = new WebSocketApi(s, 'Ws');
      api.addRoute('publish', {
        integration: new WebSocketAwsIntegration('Publish', {
          integrationUri: `arn:aws:apigateway:${s.region}:events:action/PutEvents`,
          integrationMethod: 'POST',
          credentialsRole: apiRole(s, 'AmazonEventBridgeFullAccess'),
          requestParameters: { 'integration.request.header.X-Amz-Target': '\'AWSEvents.PutEvents\'', 'integration.request.header.Content-Type': '\'application/x-amz-json-1.1\'' },
          requestTemplates: {
            order: '{"Entries":[{"Source":"ws","DetailType":"order","Detail":"$util.escapeJavaScript($input.json(\'$.data\'))","EventBusName":"default"}]}',
            $default: '{"Entries":[{"Source":"ws","DetailType":"other","Detail":"{}","EventBusName":"default"}]}',
          },
          templateSelectionExpression: '${request.body.kind}',
          passthroughBehavior: PassthroughBehavior.WHEN_NO_MATCH,
        }),
      });
    },
  },
  {
    name: 'ws-integration-construct',
    build: s => {
      const api = new WebSocketApi(s, 'Ws');
      new WebSocketIntegration(s, 'Mock', {
        webSocketApi: api,
        integrationType: WebSocketIntegrationType.MOCK,
        integrationUri: '',
        requestTemplates: { $default: '{"statusCode": 200}' },
        templateSelectionExpression: '\\$default',
        passthroughBehavior: PassthroughBehavior.NEVER,
      });
      new WebSocketRoute(s, 'Route', { webSocketApi: api, routeKey: 'status', integration: new WebSocketMockIntegration('Status') });
    },
  },
  {
    name: 'ws-route-on-imported-api-and-grants',
    build: s => {
      const api = WebSocketApi.fromWebSocketApiAttributes(s, 'Imported', { webSocketId: 'w1x2y3z4a5', apiEndpoint: 'wss://w1x2y3z4a5.execute-api.us-east-1.amazonaws.com' });
      const fn = handler(s, 'Notifier');
      new WebSocketRoute(s, 'Notify', { webSocketApi: api, routeKey: 'notify', integration: new WebSocketLambdaIntegration('Notify', fn) });
      const owned = wsLambdaApi(s);
      owned.grantManageConnections(fn);
      new WebSocketStage(s, 'Stage', { webSocketApi: owned, stageName: 'prod', autoDeploy: true }).grantManagementApiAccess(fn);
    },
  },
  {
    // aws-cdk-lib 2.276 has no WebSocket HTTP integration class: users write the L1 next to the L2 API.
    name: 'ws-http-integration-l1-escape-hatch',
    build: s => {
      const api = new WebSocketApi(s, 'Ws', { connectRouteOptions: { integration: new WebSocketMockIntegration('Connect') } });
      const http = new CfnIntegration(s, 'Http', {
        apiId: api.apiId,
        integrationType: 'HTTP',
        integrationMethod: 'POST',
        integrationUri: 'https://backend.example.com/messages',
        requestParameters: { 'integration.request.header.x-connection': 'context.connectionId' },
        requestTemplates: { $default: '{"message": $input.json(\'$\'), "connectionId": "$context.connectionId"}' },
        templateSelectionExpression: '\\$default',
      });
      new CfnRoute(s, 'Message', { apiId: api.apiId, routeKey: 'message', target: `integrations/${http.ref}` });
      new CfnIntegration(s, 'Proxy', { apiId: api.apiId, integrationType: 'HTTP_PROXY', integrationMethod: 'ANY', integrationUri: 'https://backend.example.com/{proxy}' });
    },
  },
  {
    name: 'ws-lambda-authorizer',
    build: s => {
      const fn = handler(s);
      const auth = new WebSocketLambdaAuthorizer('Auth', handler(s, 'AuthFn'), { identitySource: ['route.request.header.Authorization', 'route.request.querystring.token'], authorizerName: 'ws-auth' });
      new WebSocketApi(s, 'Ws', {
        connectRouteOptions: { integration: new WebSocketLambdaIntegration('Connect', fn), authorizer: auth },
        defaultRouteOptions: { integration: new WebSocketLambdaIntegration('DefaultHandler', fn) },
      });
    },
  },
  {
    name: 'ws-lambda-authorizer-default-identity',
    build: s => {
      new WebSocketApi(s, 'Ws', { connectRouteOptions: { integration: new WebSocketMockIntegration('Connect'), authorizer: new WebSocketLambdaAuthorizer('Auth', handler(s)) } });
    },
  },
  {
    name: 'ws-iam-authorizer',
    build: s => {
      new WebSocketApi(s, 'Ws', {
        connectRouteOptions: { integration: new WebSocketMockIntegration('Connect'), authorizer: new WebSocketIamAuthorizer() },
        disconnectRouteOptions: { integration: new WebSocketMockIntegration('Disconnect') },
      });
    },
  },
  {
    name: 'ws-authorizer-construct',
    build: s => {
      const api = new WebSocketApi(s, 'Ws', { connectRouteOptions: { integration: new WebSocketMockIntegration('Connect') } });
      const fn = handler(s);
      new WebSocketAuthorizer(s, 'Auth', {
        webSocketApi: api,
        type: WebSocketAuthorizerType.LAMBDA,
        identitySource: ['route.request.header.Auth', 'context.routeKey', 'stageVariables.tenant'],
        authorizerUri: `arn:${s.partition}:apigateway:${s.region}:lambda:path/2015-03-31/functions/${fn.functionArn}/invocations`,
        authorizerName: 'explicit',
      });
    },
  },
  {
    name: 'ws-stage-every-option',
    build: s => {
      const api = wsLambdaApi(s);
      new WebSocketStage(s, 'Stage', {
        webSocketApi: api,
        stageName: 'prod',
        autoDeploy: true,
        description: 'Production',
        detailedMetricsEnabled: true,
        throttle: { rateLimit: 100, burstLimit: 200 },
        stageVariables: { table: 'connections', mode: 'live' },
        accessLogSettings: { destination: new LogGroupLogDestination(new LogGroup(s, 'Logs')), format: AccessLogFormat.jsonWithStandardFields({ caller: false, httpMethod: false, ip: true, protocol: false, requestTime: true, resourcePath: false, responseLength: false, status: true, user: false }) },
      });
    },
  },
  {
    name: 'ws-stage-manual-deploy',
    build: s => { new WebSocketStage(s, 'Stage', { webSocketApi: wsLambdaApi(s), stageName: 'manual' }); },
  },
  {
    name: 'ws-api-key-header',
    build: s => {
      const api = new WebSocketApi(s, 'Ws', { apiKeySelectionExpression: WebSocketApiKeySelectionExpression.HEADER_X_API_KEY });
      new WebSocketRoute(s, 'Connect', { webSocketApi: api, routeKey: '$connect', integration: new WebSocketMockIntegration('Connect'), apiKeyRequired: true });
    },
  },
  {
    name: 'ws-api-key-authorizer-usage-identifier',
    build: s => {
      new WebSocketApi(s, 'Ws', {
        apiKeySelectionExpression: WebSocketApiKeySelectionExpression.AUTHORIZER_USAGE_IDENTIFIER_KEY,
        connectRouteOptions: { integration: new WebSocketMockIntegration('Connect'), authorizer: new WebSocketLambdaAuthorizer('Auth', handler(s)) },
      });
    },
  },
  {
    name: 'ws-usage-plan-api-keys',
    build: s => {
      const api = wsLambdaApi(s);
      const stage = new WebSocketStage(s, 'Stage', { webSocketApi: api, stageName: 'prod', autoDeploy: true });
      const plan = new UsagePlan(s, 'Plan', {
        usagePlanName: 'basic',
        description: 'Basic tier',
        apiStages: [{ api, stage }],
        quota: { limit: 10000, offset: 2, period: Period.WEEK },
        throttle: { rateLimit: 50, burstLimit: 100 },
      });
      plan.addApiKey(new ApiKey(s, 'Key', { apiKeyName: 'partner', description: 'Partner key', enabled: true }));
      new RateLimitedApiKey(s, 'Limited', { apiStages: [{ api, stage }], quota: { limit: 100, period: Period.DAY }, throttle: { rateLimit: 1, burstLimit: 2 } });
    },
  },
];
