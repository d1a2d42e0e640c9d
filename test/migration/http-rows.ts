/**
 * HTTP API apps, each written once with aws-cdk-lib and once with Switchyard, and the documented differences
 * each shows. Where a row writes Switchyard's own form rather than aws-cdk-lib's, a comment says which member
 * it stands for; Switchyard takes the aws-cdk-lib form there too.
 */
import { Duration, Stack } from 'aws-cdk-lib';
import * as cdk from 'aws-cdk-lib/aws-apigatewayv2';
import * as cdkAuth from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import * as cdkInt from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import { Certificate } from 'aws-cdk-lib/aws-certificatemanager';
import { UserPool } from 'aws-cdk-lib/aws-cognito';
import { SecurityGroup, SubnetType, Vpc } from 'aws-cdk-lib/aws-ec2';
import { ApplicationLoadBalancer, ListenerAction, NetworkLoadBalancer } from 'aws-cdk-lib/aws-elasticloadbalancingv2';
import { EventBus } from 'aws-cdk-lib/aws-events';
import { Code, Function, Runtime } from 'aws-cdk-lib/aws-lambda';
import { PrivateDnsNamespace } from 'aws-cdk-lib/aws-servicediscovery';
import { Queue } from 'aws-cdk-lib/aws-sqs';
import { DefinitionBody, Pass, StateMachine } from 'aws-cdk-lib/aws-stepfunctions';
import { Build } from './harness';
import * as sy from '../../src';

export type Row = [name: string, differences: string[], theirs: Build, ours: Build];

export function fn(scope: Stack, id = 'Fn'): Function {
  return new Function(scope, id, { runtime: Runtime.NODEJS_22_X, handler: 'index.handler', code: Code.fromInline('exports.handler = async () => ({})') });
}

const CERT = 'arn:aws:acm:eu-west-1:111122223333:certificate/0a1b2c3d-0000-1111-2222-333344445555';
const ISSUER = 'https://issuer.example.com';
const vpcOf = (s: Stack) => new Vpc(s, 'Vpc', { maxAzs: 2 });
const machineOf = (s: Stack) => new StateMachine(s, 'Machine', { definitionBody: DefinitionBody.fromChainable(new Pass(s, 'Pass')) });

export const ROWS: Row[] = [
  ['an HTTP API with its default stage, CORS and a description', ['access-logs'],
    s => new cdk.HttpApi(s, 'Api', {
      description: 'orders',
      disableExecuteApiEndpoint: false,
      corsPreflight: { allowOrigins: ['https://app.example.com'], allowMethods: [cdk.CorsHttpMethod.GET], maxAge: Duration.hours(1) },
    }),
    s => new sy.HttpApi(s, 'Api', {
      description: 'orders',
      disableExecuteApiEndpoint: false,
      corsPreflight: { allowOrigins: ['https://app.example.com'], allowMethods: [sy.CorsHttpMethod.GET], maxAge: Duration.hours(1) },
    })],
  ['the same API with access logging turned off: aws-cdk-lib\'s template', [],
    s => new cdk.HttpApi(s, 'Api'),
    s => new sy.HttpApi(s, 'Api', { defaultStageOptions: { accessLogging: false } })],
  ['Lambda routes: one integration shared by two methods, a second integration on the same function', ['access-logs', 'lambda-permission-scope'],
    s => {
      const f = fn(s);
      const api = new cdk.HttpApi(s, 'Api');
      api.addRoutes({ path: '/orders/{id}', methods: [cdk.HttpMethod.GET, cdk.HttpMethod.DELETE], integration: new cdkInt.HttpLambdaIntegration('Orders', f, { timeout: Duration.seconds(10) }) });
      api.addRoutes({ path: '/health', integration: new cdkInt.HttpLambdaIntegration('Health', f) });
    },
    s => {
      const f = fn(s);
      const api = new sy.HttpApi(s, 'Api');
      api.addRoutes({ path: '/orders/{id}', methods: [sy.HttpMethod.GET, sy.HttpMethod.DELETE], integration: new sy.HttpLambdaIntegration('Orders', f, { timeout: Duration.seconds(10) }) });
      api.addRoutes({ path: '/health', integration: new sy.HttpLambdaIntegration('Health', f) });
    }],
  // aws-cdk-lib's `scopePermissionToRoute: false` is Switchyard's `permissionScope: LambdaPermissionScope.API`.
  ['a Lambda integration with one permission for the whole API', ['access-logs'],
    s => {
      const f = fn(s);
      const api = new cdk.HttpApi(s, 'Api');
      api.addRoutes({ path: '/a', integration: new cdkInt.HttpLambdaIntegration('A', f, { scopePermissionToRoute: false }) });
      api.addRoutes({ path: '/b', integration: new cdkInt.HttpLambdaIntegration('B', f, { scopePermissionToRoute: false }) });
    },
    s => {
      const f = fn(s);
      const api = new sy.HttpApi(s, 'Api');
      api.addRoutes({ path: '/a', integration: new sy.HttpLambdaIntegration('A', f, { permissionScope: sy.LambdaPermissionScope.API }) });
      api.addRoutes({ path: '/b', integration: new sy.HttpLambdaIntegration('B', f, { permissionScope: sy.LambdaPermissionScope.API }) });
    }],
  ['HTTP URL integrations: the $default route, a method and a parameter mapping', ['access-logs'],
    s => new cdk.HttpApi(s, 'Api', { defaultIntegration: new cdkInt.HttpUrlIntegration('Site', 'https://example.com') })
      .addRoutes({ path: '/pets/{id}', methods: [cdk.HttpMethod.POST], integration: new cdkInt.HttpUrlIntegration('Pets', 'https://pets.example.com/{id}', { method: cdk.HttpMethod.PUT, parameterMapping: new cdk.ParameterMapping().appendHeader('x-id', cdk.MappingValue.requestPathParam('id')) }) }),
    s => new sy.HttpApi(s, 'Api', { defaultIntegration: new sy.HttpUrlIntegration('Site', 'https://example.com') })
      .addRoutes({ path: '/pets/{id}', methods: [sy.HttpMethod.POST], integration: new sy.HttpUrlIntegration('Pets', 'https://pets.example.com/{id}', { method: sy.HttpMethod.PUT, parameterMapping: new sy.ParameterMapping().appendHeader('x-id', sy.MappingValue.requestPathParam('id')) }) })],
  ['an ALB integration with the VPC link the API creates', ['access-logs', 'vpc-link-security-groups'],
    s => { const vpc = vpcOf(s); const l = new ApplicationLoadBalancer(s, 'Alb', { vpc }).addListener('L', { port: 80, defaultAction: ListenerAction.fixedResponse(200) }); new cdk.HttpApi(s, 'Api').addRoutes({ path: '/a', integration: new cdkInt.HttpAlbIntegration('Alb', l) }); },
    s => { const vpc = vpcOf(s); const l = new ApplicationLoadBalancer(s, 'Alb', { vpc }).addListener('L', { port: 80, defaultAction: ListenerAction.fixedResponse(200) }); new sy.HttpApi(s, 'Api').addRoutes({ path: '/a', integration: new sy.HttpAlbIntegration('Alb', l) }); }],
  ['an NLB integration and an ALB integration in one VPC share the VPC link', ['access-logs', 'vpc-link-security-groups'],
    s => {
      const vpc = vpcOf(s);
      const nlb = new NetworkLoadBalancer(s, 'Nlb', { vpc }).addListener('L', { port: 80 });
      nlb.addTargets('T', { port: 80 });
      const alb = new ApplicationLoadBalancer(s, 'Alb', { vpc }).addListener('L', { port: 80, defaultAction: ListenerAction.fixedResponse(200) });
      const api = new cdk.HttpApi(s, 'Api');
      api.addRoutes({ path: '/n', integration: new cdkInt.HttpNlbIntegration('Nlb', nlb, { secureServerName: 'n.internal' }) });
      api.addRoutes({ path: '/a', integration: new cdkInt.HttpAlbIntegration('Alb', alb, { method: cdk.HttpMethod.GET }) });
    },
    s => {
      const vpc = vpcOf(s);
      const nlb = new NetworkLoadBalancer(s, 'Nlb', { vpc }).addListener('L', { port: 80 });
      nlb.addTargets('T', { port: 80 });
      const alb = new ApplicationLoadBalancer(s, 'Alb', { vpc }).addListener('L', { port: 80, defaultAction: ListenerAction.fixedResponse(200) });
      const api = new sy.HttpApi(s, 'Api');
      api.addRoutes({ path: '/n', integration: new sy.HttpNlbIntegration('Nlb', nlb, { secureServerName: 'n.internal' }) });
      api.addRoutes({ path: '/a', integration: new sy.HttpAlbIntegration('Alb', alb, { method: sy.HttpMethod.GET }) });
    }],
  ['a Cloud Map integration through a VPC link of its own', ['access-logs', 'vpc-link-security-groups'],
    s => { const vpc = vpcOf(s); const svc = new PrivateDnsNamespace(s, 'Ns', { name: 'x.local', vpc }).createService('Svc'); new cdk.HttpApi(s, 'Api').addRoutes({ path: '/a', integration: new cdkInt.HttpServiceDiscoveryIntegration('Map', svc, { vpcLink: new cdk.VpcLink(s, 'Link', { vpc, vpcLinkName: 'link' }) }) }); },
    s => { const vpc = vpcOf(s); const svc = new PrivateDnsNamespace(s, 'Ns', { name: 'x.local', vpc }).createService('Svc'); new sy.HttpApi(s, 'Api').addRoutes({ path: '/a', integration: new sy.HttpServiceDiscoveryIntegration('Map', svc, { vpcLink: new sy.VpcLink(s, 'Link', { vpc, vpcLinkName: 'link' }) }) }); }],
  // aws-cdk-lib's `eventBusRef` is Switchyard's `eventBus`.
  ['SQS, EventBridge and Step Functions integrations with their default parameters', ['access-logs', 'service-role'],
    s => {
      const api = new cdk.HttpApi(s, 'Api');
      api.addRoutes({ path: '/q', methods: [cdk.HttpMethod.POST], integration: new cdkInt.HttpSqsIntegration('Sqs', { queue: new Queue(s, 'Queue') }) });
      api.addRoutes({ path: '/e', methods: [cdk.HttpMethod.POST], integration: new cdkInt.HttpEventBridgeIntegration('Events', { eventBusRef: new EventBus(s, 'Bus') }) });
      api.addRoutes({ path: '/s', methods: [cdk.HttpMethod.POST], integration: new cdkInt.HttpStepFunctionsIntegration('Run', { stateMachine: machineOf(s) }) });
    },
    s => {
      const api = new sy.HttpApi(s, 'Api');
      api.addRoutes({ path: '/q', methods: [sy.HttpMethod.POST], integration: new sy.HttpSqsIntegration('Sqs', { queue: new Queue(s, 'Queue') }) });
      api.addRoutes({ path: '/e', methods: [sy.HttpMethod.POST], integration: new sy.HttpEventBridgeIntegration('Events', { eventBus: new EventBus(s, 'Bus') }) });
      api.addRoutes({ path: '/s', methods: [sy.HttpMethod.POST], integration: new sy.HttpStepFunctionsIntegration('Run', { stateMachine: machineOf(s) }) });
    }],
  ['JWT, user pool, Lambda and IAM authorizers, and a default authorizer with scopes', ['access-logs', 'route-scopes-jwt-only'],
    s => {
      const pool = new UserPool(s, 'Pool');
      const api = new cdk.HttpApi(s, 'Api', { defaultAuthorizer: new cdkAuth.HttpJwtAuthorizer('Jwt', ISSUER, { jwtAudience: ['orders'] }), defaultAuthorizationScopes: ['read'] });
      api.addRoutes({ path: '/jwt', integration: new cdkInt.HttpUrlIntegration('U1', 'https://example.com') });
      api.addRoutes({ path: '/pool', integration: new cdkInt.HttpUrlIntegration('U2', 'https://example.com'), authorizer: new cdkAuth.HttpUserPoolAuthorizer('Users', pool) });
      api.addRoutes({ path: '/lambda', integration: new cdkInt.HttpUrlIntegration('U3', 'https://example.com'), authorizer: new cdkAuth.HttpLambdaAuthorizer('Custom', fn(s, 'AuthFn'), { responseTypes: [cdkAuth.HttpLambdaResponseType.SIMPLE], identitySource: ['$request.header.x-key'], resultsCacheTtl: Duration.minutes(1) }) });
      api.addRoutes({ path: '/iam', integration: new cdkInt.HttpUrlIntegration('U4', 'https://example.com'), authorizer: new cdkAuth.HttpIamAuthorizer() });
      api.addRoutes({ path: '/open', integration: new cdkInt.HttpUrlIntegration('U5', 'https://example.com'), authorizer: new cdk.HttpNoneAuthorizer() });
    },
    s => {
      const pool = new UserPool(s, 'Pool');
      const api = new sy.HttpApi(s, 'Api', { defaultAuthorizer: new sy.HttpJwtAuthorizer('Jwt', ISSUER, { jwtAudience: ['orders'] }), defaultAuthorizationScopes: ['read'] });
      api.addRoutes({ path: '/jwt', integration: new sy.HttpUrlIntegration('U1', 'https://example.com') });
      api.addRoutes({ path: '/pool', integration: new sy.HttpUrlIntegration('U2', 'https://example.com'), authorizer: new sy.HttpUserPoolAuthorizer('Users', pool) });
      api.addRoutes({ path: '/lambda', integration: new sy.HttpUrlIntegration('U3', 'https://example.com'), authorizer: new sy.HttpLambdaAuthorizer('Custom', fn(s, 'AuthFn'), { responseTypes: [sy.HttpLambdaResponseType.SIMPLE], identitySource: ['$request.header.x-key'], resultsCacheTtl: Duration.minutes(1) }) });
      api.addRoutes({ path: '/iam', integration: new sy.HttpUrlIntegration('U4', 'https://example.com'), authorizer: new sy.HttpIamAuthorizer() });
      api.addRoutes({ path: '/open', integration: new sy.HttpUrlIntegration('U5', 'https://example.com'), authorizer: new sy.HttpNoneAuthorizer() });
    }],
  ['the default stage and a named stage mapped to a custom domain, and an API mapping of its own', ['access-logs', 'domain-tls-1-2'],
    s => {
      const domainName = new cdk.DomainName(s, 'Domain', { domainName: 'api.example.com', certificate: Certificate.fromCertificateArn(s, 'Cert', CERT) });
      const api = new cdk.HttpApi(s, 'Api', { defaultDomainMapping: { domainName, mappingKey: 'live' } });
      const beta = api.addStage('Beta', { stageName: 'beta', throttle: { rateLimit: 10, burstLimit: 5 }, detailedMetricsEnabled: true, domainMapping: { domainName, mappingKey: 'beta' } });
      new cdk.ApiMapping(s, 'Mapping', { api, domainName, stage: beta, apiMappingKey: 'v1' });
    },
    s => {
      const domainName = new sy.DomainName(s, 'Domain', { domainName: 'api.example.com', certificate: Certificate.fromCertificateArn(s, 'Cert', CERT) });
      const api = new sy.HttpApi(s, 'Api', { defaultDomainMapping: { domainName, mappingKey: 'live' } });
      const beta = api.addStage('Beta', { stageName: 'beta', throttle: { rateLimit: 10, burstLimit: 5 }, detailedMetricsEnabled: true, domainMapping: { domainName, mappingKey: 'beta' } });
      new sy.ApiMapping(s, 'Mapping', { api, domainName, stage: beta, apiMappingKey: 'v1' });
    }],
  ['routes, an integration, an authorizer and a stage made directly rather than through the API', [],
    s => {
      const api = new cdk.HttpApi(s, 'Api', { createDefaultStage: false });
      const authorizer = new cdk.HttpAuthorizer(s, 'Jwt', { httpApi: api, type: cdk.HttpAuthorizerType.JWT, identitySource: ['$request.header.Authorization'], jwtIssuer: ISSUER, jwtAudience: ['a'] });
      new cdk.HttpRoute(s, 'Route', {
        httpApi: api,
        routeKey: cdk.HttpRouteKey.with('/orders', cdk.HttpMethod.GET),
        integration: new cdkInt.HttpUrlIntegration('Site', 'https://example.com'),
      });
      new cdk.HttpStage(s, 'Stage', { httpApi: api, stageName: 'prod', description: 'p', stageVariables: { color: 'blue' } });
      void authorizer;
    },
    s => {
      const api = new sy.HttpApi(s, 'Api', { createDefaultStage: false });
      const authorizer = new sy.HttpAuthorizer(s, 'Jwt', { httpApi: api, type: sy.HttpAuthorizerType.JWT, identitySource: ['$request.header.Authorization'], jwtIssuer: ISSUER, jwtAudience: ['a'] });
      new sy.HttpRoute(s, 'Route', {
        httpApi: api,
        routeKey: sy.HttpRouteKey.with('/orders', sy.HttpMethod.GET),
        integration: new sy.HttpUrlIntegration('Site', 'https://example.com'),
      });
      new sy.HttpStage(s, 'Stage', { httpApi: api, stageName: 'prod', description: 'p', stageVariables: { color: 'blue' }, accessLogging: false });
      void authorizer;
    }],
  ['a VPC link added to the API with subnets and a security group, used by an ALB integration', ['access-logs'],
    s => {
      const vpc = vpcOf(s);
      const sg = new SecurityGroup(s, 'Sg', { vpc });
      const api = new cdk.HttpApi(s, 'Api');
      const link = api.addVpcLink({ vpc, subnets: { subnetType: SubnetType.PRIVATE_WITH_EGRESS }, securityGroups: [sg], vpcLinkName: 'orders' });
      const l = new ApplicationLoadBalancer(s, 'Alb', { vpc }).addListener('L', { port: 80, defaultAction: ListenerAction.fixedResponse(200) });
      api.addRoutes({ path: '/a', integration: new cdkInt.HttpAlbIntegration('Alb', l, { vpcLink: link }) });
    },
    s => {
      const vpc = vpcOf(s);
      const sg = new SecurityGroup(s, 'Sg', { vpc });
      const api = new sy.HttpApi(s, 'Api');
      const link = api.addVpcLink({ vpc, subnets: { subnetType: SubnetType.PRIVATE_WITH_EGRESS }, securityGroups: [sg], vpcLinkName: 'orders' });
      const l = new ApplicationLoadBalancer(s, 'Alb', { vpc }).addListener('L', { port: 80, defaultAction: ListenerAction.fixedResponse(200) });
      api.addRoutes({ path: '/a', integration: new sy.HttpAlbIntegration('Alb', l, { vpcLink: link }) });
    }],
  ['a Lambda integration with payload format 1.0, and a user pool authorizer with its own client and region', ['access-logs', 'lambda-permission-scope'],
    s => {
      const pool = new UserPool(s, 'Pool');
      const client = pool.addClient('Web');
      new cdk.HttpApi(s, 'Api').addRoutes({
        path: '/me',
        methods: [cdk.HttpMethod.GET],
        integration: new cdkInt.HttpLambdaIntegration('Me', fn(s), { payloadFormatVersion: cdk.PayloadFormatVersion.VERSION_1_0 }),
        authorizer: new cdkAuth.HttpUserPoolAuthorizer('Users', pool, { userPoolClients: [client], userPoolRegion: 'us-east-1', authorizerName: 'users' }),
        authorizationScopes: ['profile'],
      });
    },
    s => {
      const pool = new UserPool(s, 'Pool');
      const client = pool.addClient('Web');
      new sy.HttpApi(s, 'Api').addRoutes({
        path: '/me',
        methods: [sy.HttpMethod.GET],
        integration: new sy.HttpLambdaIntegration('Me', fn(s), { payloadFormatVersion: sy.PayloadFormatVersion.VERSION_1_0 }),
        authorizer: new sy.HttpUserPoolAuthorizer('Users', pool, { userPoolClients: [client], userPoolRegion: 'us-east-1', authorizerName: 'users' }),
        authorizationScopes: ['profile'],
      });
    }],
];
