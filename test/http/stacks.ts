import { App, Duration, Stack } from 'aws-cdk-lib';
import { UserPool } from 'aws-cdk-lib/aws-cognito';
import { Vpc } from 'aws-cdk-lib/aws-ec2';
import { ApplicationLoadBalancer, ListenerAction, NetworkLoadBalancer, NetworkTargetGroup } from 'aws-cdk-lib/aws-elasticloadbalancingv2';
import { EventBus } from 'aws-cdk-lib/aws-events';
import { Stream } from 'aws-cdk-lib/aws-kinesis';
import { PrivateDnsNamespace } from 'aws-cdk-lib/aws-servicediscovery';
import { Queue } from 'aws-cdk-lib/aws-sqs';
import { DefinitionBody, Pass, StateMachine } from 'aws-cdk-lib/aws-stepfunctions';
import { ENV, newFunction } from './helpers';
import { HttpIdentitySource } from '../../src/common/identity-source';
import { HttpIntegrationSubtype } from '../../src/common/integration-subtype';
import { MappingValue } from '../../src/common/mapping-value';
import { HttpResponseParameters, ParameterMapping, ResponseParameterMapping } from '../../src/common/parameter-mapping';
import { HttpMethod, HttpRouteKey } from '../../src/common/route-key';
import {
  CorsHttpMethod, HttpAlbIntegration, HttpApi, HttpApiDefinition, HttpAppConfigIntegration, HttpDeployment, HttpEventBridgeIntegration,
  HttpIamAuthorizer, HttpJwtAuthorizer, HttpKinesisIntegration, HttpLambdaAuthorizer, HttpLambdaIntegration, HttpLambdaResponseType,
  HttpNlbIntegration, HttpServiceDiscoveryIntegration, HttpSqsIntegration, HttpStepFunctionsIntegration, HttpUrlIntegration,
  HttpUserPoolAuthorizer, LambdaPermissionScope,
} from '../../src/http';

/** Every construct of the HTTP family, with most of their options, in a few stacks of one app. */
export function buildHttpStacks(app: App): Stack[] {
  const routes = new Stack(app, 'HttpRoutes', { env: ENV });
  const fn = newFunction(routes);
  const api = new HttpApi(routes, 'Api', {
    description: 'every route kind',
    corsPreflight: { allowOrigins: ['https://app.example.com'], allowCredentials: true, allowMethods: [CorsHttpMethod.ANY], maxAge: Duration.minutes(10) },
    defaultIntegration: new HttpLambdaIntegration('Fallback', fn),
    defaultAuthorizer: new HttpJwtAuthorizer('Jwt', 'https://issuer.example.com', { jwtAudience: ['app'] }),
    defaultAuthorizationScopes: ['api/read'],
    tags: { team: 'api' },
  });
  api.addRoutes({
    path: '/pets/{id}',
    methods: [HttpMethod.GET, HttpMethod.PUT],
    integration: new HttpLambdaIntegration('Pets', fn, {
      parameterMapping: new ParameterMapping().appendHeader('x-pet', MappingValue.requestPathParam('id')),
      responseParameters: HttpResponseParameters.forStatusCode(500, ResponseParameterMapping.overwriteHeader('x-error', MappingValue.staticValue('yes'))),
      timeout: Duration.seconds(10),
    }),
  });
  api.addRoutes({ path: '/bulk/{proxy+}', integration: new HttpLambdaIntegration('Bulk', fn, { permissionScope: LambdaPermissionScope.API }) });
  api.addRoutes({ path: '/site', methods: [HttpMethod.GET], integration: new HttpUrlIntegration('Site', 'https://example.com', { method: HttpMethod.GET }), authorizer: new HttpIamAuthorizer() });
  const pool = new UserPool(routes, 'Pool');
  api.addRoutes({ path: '/me', methods: [HttpMethod.GET], integration: new HttpUrlIntegration('Me', 'https://me.example.com'), authorizer: new HttpUserPoolAuthorizer('Pool', pool) });
  api.addRoutes({
    path: '/admin',
    methods: [HttpMethod.POST],
    integration: new HttpUrlIntegration('Admin', 'https://admin.example.com'),
    authorizer: new HttpLambdaAuthorizer('Lambda', newFunction(routes, 'Authorizer'), { responseType: HttpLambdaResponseType.SIMPLE, identitySource: [HttpIdentitySource.header('x-key')] }),
  });
  const stage = api.addStage('Prod', { stageName: 'prod', autoDeploy: false, throttle: { rateLimit: 50, burstLimit: 20 }, routeSettings: [{ routeKey: HttpRouteKey.with('/site', HttpMethod.GET), detailedMetricsEnabled: true }], stageVariables: { mode: 'live' } });
  new HttpDeployment(routes, 'Release', { httpApi: api, stage });

  const services = new Stack(app, 'HttpServices', { env: ENV });
  const svcApi = new HttpApi(services, 'Api', { defaultStageOptions: { accessLogging: false } });
  const queue = new Queue(services, 'Queue');
  svcApi.addRoutes({ path: '/send', methods: [HttpMethod.POST], integration: new HttpSqsIntegration('Send', { queue }) });
  svcApi.addRoutes({ path: '/receive', methods: [HttpMethod.GET], integration: new HttpSqsIntegration('Receive', { queue, subtype: HttpIntegrationSubtype.SQS_RECEIVE_MESSAGE }) });
  svcApi.addRoutes({ path: '/delete', methods: [HttpMethod.DELETE], integration: new HttpSqsIntegration('Delete', { queue, subtype: HttpIntegrationSubtype.SQS_DELETE_MESSAGE, parameters: { ReceiptHandle: MappingValue.requestHeader('x-receipt') } }) });
  svcApi.addRoutes({ path: '/purge', methods: [HttpMethod.POST], integration: new HttpSqsIntegration('Purge', { queue, subtype: HttpIntegrationSubtype.SQS_PURGE_QUEUE }) });
  svcApi.addRoutes({ path: '/events', methods: [HttpMethod.POST], integration: new HttpEventBridgeIntegration('Events', { eventBus: new EventBus(services, 'Bus'), parameters: { Source: MappingValue.staticValue('orders'), DetailType: MappingValue.staticValue('OrderPlaced') } }) });
  svcApi.addRoutes({ path: '/records', methods: [HttpMethod.POST], integration: new HttpKinesisIntegration('Records', { stream: new Stream(services, 'Stream') }) });
  const machine = new StateMachine(services, 'Machine', { definitionBody: DefinitionBody.fromChainable(new Pass(services, 'Pass')) });
  svcApi.addRoutes({ path: '/start', methods: [HttpMethod.POST], integration: new HttpStepFunctionsIntegration('Start', { stateMachine: machine }) });
  svcApi.addRoutes({ path: '/run', methods: [HttpMethod.POST], integration: new HttpStepFunctionsIntegration('Run', { stateMachine: machine, subtype: HttpIntegrationSubtype.STEPFUNCTIONS_START_SYNC_EXECUTION }) });
  svcApi.addRoutes({ path: '/stop', methods: [HttpMethod.POST], integration: new HttpStepFunctionsIntegration('Stop', { stateMachine: machine, subtype: HttpIntegrationSubtype.STEPFUNCTIONS_STOP_EXECUTION, parameters: { ExecutionArn: MappingValue.requestBody('executionArn') } }) });
  svcApi.addRoutes({ path: '/config', methods: [HttpMethod.GET], integration: new HttpAppConfigIntegration('Config', { applicationId: 'app1', environmentId: 'env1', configurationProfileId: 'cfg1' }) });

  const network = new Stack(app, 'HttpPrivate', { env: ENV });
  const vpc = new Vpc(network, 'Vpc', { maxAzs: 2, natGateways: 0 });
  const alb = new ApplicationLoadBalancer(network, 'Alb', { vpc });
  const nlb = new NetworkLoadBalancer(network, 'Nlb', { vpc });
  const namespace = new PrivateDnsNamespace(network, 'Ns', { name: 'internal', vpc });
  const privateApi = new HttpApi(network, 'Api');
  privateApi.addRoutes({ path: '/alb', integration: new HttpAlbIntegration('Alb', alb.addListener('Http', { port: 80, defaultAction: ListenerAction.fixedResponse(200) }), { secureServerName: 'alb.internal' }) });
  privateApi.addRoutes({ path: '/nlb', integration: new HttpNlbIntegration('Nlb', nlb.addListener('Tcp', { port: 80, defaultTargetGroups: [new NetworkTargetGroup(network, 'Tg', { vpc, port: 80 })] })) });
  privateApi.addRoutes({ path: '/map', integration: new HttpServiceDiscoveryIntegration('Map', namespace.createService('Svc'), { vpc }) });

  const openapi = new Stack(app, 'HttpOpenApi', { env: ENV });
  new HttpApi(openapi, 'Api', {
    definition: HttpApiDefinition.fromString(JSON.stringify({
      openapi: '3.0.1',
      info: { title: 'imported', version: '1' },
      paths: { '/pets': { get: { 'x-amazon-apigateway-integration': { type: 'http_proxy', httpMethod: 'GET', uri: 'https://example.com/pets', payloadFormatVersion: '1.0' } } } },
    })),
  });
  return [routes, services, network, openapi];
}
