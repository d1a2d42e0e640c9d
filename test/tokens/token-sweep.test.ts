/**
 * Every string, number, list, map-of-strings, Duration and mapping-template prop of every class with a
 * constructor accepts a CDK token of each kind (a `CfnParameter` value, a `Lazy`, `Fn.importValue`) and
 * synthesizes with zero Switchyard findings; so does every string slot given a CloudFormation dynamic reference
 * (`{{resolve:ssm:...}}`), except a map key, where CloudFormation does not resolve it.
 *
 * The props are read from the jsii assembly (`.jsii`, written by `npx projen compile`), so a prop added
 * later is swept without anyone listing it. Props are found by their jsii type: nested structs and arrays of
 * structs are walked; a construct reference, an interface, an enum, an enum-like class (a private
 * constructor and static factories) or a boolean cannot hold a token and is skipped by its type. aws-cdk-lib's
 * own structs (`QuotaSettings`, `SubnetSelection`) are not in this assembly and are not walked.
 *
 * What is written by hand is only how to build a minimal valid instance of each class (FIXTURES) and of the
 * structs that have required members (STRUCTS): a class or struct of the assembly without one fails the
 * sweep, so it cannot be forgotten.
 *
 * Two props reject tokens for a real reason, and the sweep checks that they do so with a rule id:
 * - a construct id (`id`, `integrationId`) names the construct tree; constructs throws on a token there;
 * - a Duration from a token converts only to its own unit: CloudFormation has no arithmetic, so
 *   `Duration.seconds(param)` cannot become the milliseconds `TimeoutInMillis` takes. Each Duration prop
 *   must accept a token in the unit CloudFormation takes, and say which with a rule id in the other unit.
 */
import { existsSync, readFileSync } from 'fs';
import { join } from 'path';
import { App, CfnOutput, CfnParameter, Duration, Fn, Lazy, Stack, Token } from 'aws-cdk-lib';
import { RestApi } from 'aws-cdk-lib/aws-apigateway';
import { Certificate } from 'aws-cdk-lib/aws-certificatemanager';
import { UserPool } from 'aws-cdk-lib/aws-cognito';
import { Peer, Vpc } from 'aws-cdk-lib/aws-ec2';
import { ApplicationListener, NetworkListener } from 'aws-cdk-lib/aws-elasticloadbalancingv2';
import { EventBus } from 'aws-cdk-lib/aws-events';
import { Role } from 'aws-cdk-lib/aws-iam';
import { Stream } from 'aws-cdk-lib/aws-kinesis';
import { Function as LambdaFunction } from 'aws-cdk-lib/aws-lambda';
import { LogGroup } from 'aws-cdk-lib/aws-logs';
import { Bucket } from 'aws-cdk-lib/aws-s3';
import { PrivateDnsNamespace } from 'aws-cdk-lib/aws-servicediscovery';
import { Queue } from 'aws-cdk-lib/aws-sqs';
import { StateMachine } from 'aws-cdk-lib/aws-stepfunctions';
import * as sy from '../../src';
import { SwitchyardError } from '../../src/common/errors';

process.env.CDK_VALIDATION = 'false';

/* ------------------------------------------------------------------------------------------------------ */
/* The assembly                                                                                            */

interface TypeRef {
  readonly primitive?: string;
  readonly fqn?: string;
  readonly collection?: { readonly kind: 'array' | 'map'; readonly elementtype: TypeRef };
  readonly union?: unknown;
}
interface Property { readonly name: string; readonly type: TypeRef; readonly optional?: boolean; readonly variadic?: boolean }
interface Method { readonly name: string; readonly static?: boolean; readonly parameters?: Property[]; readonly returns?: { readonly type: TypeRef } }
interface JsiiType {
  readonly fqn: string;
  readonly name: string;
  readonly kind: 'class' | 'interface' | 'enum';
  readonly datatype?: boolean;
  readonly abstract?: boolean;
  readonly interfaces?: string[];
  readonly properties?: Property[];
  readonly initializer?: { readonly parameters?: Property[] };
  readonly methods?: Method[];
}

const ASSEMBLY_FILE = join(__dirname, '..', '..', '.jsii');
if (!existsSync(ASSEMBLY_FILE)) throw new Error('the token sweep reads the jsii assembly: run `npx projen compile` first');
const TYPES = (JSON.parse(readFileSync(ASSEMBLY_FILE, 'utf8')) as { types: Record<string, JsiiType> }).types;
const OWN = 'cdk-switchyard.';

function structMembers(fqn: string): Property[] {
  const t = TYPES[fqn];
  if (!t) return [];
  return [...(t.properties ?? []), ...(t.interfaces ?? []).flatMap(structMembers)];
}

const isStruct = (r: TypeRef) => !!r.fqn && !!TYPES[r.fqn]?.datatype;

/** How a prop takes a token, by its jsii type; undefined when it cannot take one. */
type Slot = 'string' | 'number' | 'list' | 'map' | 'duration' | 'template' | 'templates' | 'factory';

/**
 * An enum-like class (no public constructor): its static factories that return it and take only strings and
 * numbers (an argument of another enum-like class gets that class's first factory without arguments). A
 * token goes into each string and number argument: `HttpIdentitySource.header(token)`.
 */
interface Factory { readonly cls: string; readonly method: Method }

function enumLike(r: TypeRef | undefined): JsiiType | undefined {
  const t = r?.fqn ? TYPES[r.fqn] : undefined;
  return t && t.kind === 'class' && (!t.initializer || t.abstract) && r!.fqn!.startsWith(OWN) ? t : undefined;
}

/**
 * A factory that reads a local file at synth (`HttpApiDefinition.fromFile(path)`, `fromAsset(path)`) cannot
 * take a token for the file: there is nothing to read until deploy time.
 */
const readsLocalFile = (m: Method) => /^from(File|Asset)$/.test(m.name);

function argumentlessFactory(t: JsiiType): Method | undefined {
  return (t.methods ?? []).find(m => m.static && m.returns?.type.fqn === t.fqn && (m.parameters ?? []).every(p => p.optional));
}

function factoriesOf(t: JsiiType): Factory[] {
  return (t.methods ?? []).filter(m => {
    if (!m.static || m.returns?.type.fqn !== t.fqn || readsLocalFile(m)) return false;
    const required = (m.parameters ?? []).filter(p => !p.optional && !p.variadic);
    if ((m.parameters ?? []).some(p => p.variadic)) return false;
    return required.some(p => p.type.primitive === 'string' || p.type.primitive === 'number')
      && required.every(p => p.type.primitive === 'string' || p.type.primitive === 'number' || (enumLike(p.type) && argumentlessFactory(enumLike(p.type)!)));
  }).map(method => ({ cls: t.fqn, method }));
}

function slotOf(r: TypeRef): Slot | undefined {
  if (r.primitive === 'string') return 'string';
  if (r.primitive === 'number') return 'number';
  if (r.fqn === 'aws-cdk-lib.Duration') return 'duration';
  if (r.fqn === `${OWN}MappingTemplate`) return 'template';
  const c = r.collection;
  if (c?.kind === 'array' && c.elementtype.primitive === 'string') return 'list';
  if (c?.kind === 'map' && c.elementtype.primitive === 'string') return 'map';
  if (c?.kind === 'map' && c.elementtype.fqn === `${OWN}MappingTemplate`) return 'templates';
  return undefined;
}

/** A path into the constructor arguments: an argument index, then member names and `0` for an array's element. */
type Path = Array<string | number>;
interface Target {
  readonly path: Path;
  readonly name: string;
  readonly slot: Slot;
  readonly structs: string[];
  /** For a factory slot: the factory, and whether the prop holds one value, an array or a map of them. */
  readonly factory?: Factory;
  readonly container?: 'one' | 'array' | 'map';
}

const CONSTRUCT_IDS = new Set(['id', 'integrationId']);
const skippedTypes = new Map<string, number>();

function targetsOf(r: TypeRef, path: Path, name: string, structs: string[], out: Target[]): void {
  const slot = slotOf(r);
  if (slot) {
    out.push({ path, name, slot, structs });
    return;
  }
  const element = r.collection?.kind === 'array' ? r.collection.elementtype : undefined;
  if (element && isStruct(element)) return targetsOf(element, [...path, 0], `${name}[0]`, structs, out);
  const container = r.collection ? (r.collection.kind === 'array' ? 'array' : 'map') : 'one';
  const cls = enumLike(r.collection ? r.collection.elementtype : r);
  const factories = cls ? factoriesOf(cls) : [];
  if (factories.length > 0) {
    for (const factory of factories) out.push({ path, name, slot: 'factory', structs, factory, container });
    return;
  }
  if (isStruct(r) && r.fqn!.startsWith(OWN) && !structs.includes(r.fqn!)) {
    for (const m of structMembers(r.fqn!)) targetsOf(m.type, [...path, m.name], `${name}.${m.name}`, [...structs, r.fqn!], out);
    return;
  }
  const label = r.primitive ?? r.fqn ?? (r.collection ? `${r.collection.kind}<${r.collection.elementtype.fqn ?? r.collection.elementtype.primitive}>` : 'union');
  skippedTypes.set(label, (skippedTypes.get(label) ?? 0) + 1);
}

/* ------------------------------------------------------------------------------------------------------ */
/* Minimal valid instances                                                                                 */

const ISSUER = 'https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_abc';

/** What fixtures build on, created on first use in the stack of one case. */
class Scene {
  public readonly app = new App();
  public readonly stack = new Stack(this.app, 'Sweep', { env: { account: '111122223333', region: 'eu-west-1' } });
  private readonly made = new Map<string, unknown>();
  /** What each token given in this case resolves to, to find it in the template. */
  public readonly markers: unknown[] = [];
  /** Text each dynamic reference given in this case holds, to find it in the template (also inside a string). */
  public readonly texts: string[] = [];
  private once<T>(key: string, make: () => T): T {
    if (!this.made.has(key)) this.made.set(key, make());
    return this.made.get(key) as T;
  }
  get httpApi() { return this.once('httpApi', () => new sy.HttpApi(this.stack, 'HttpApi')); }
  get webSocketApi() { return this.once('wsApi', () => new sy.WebSocketApi(this.stack, 'WsApi')); }
  get fn() { return this.once('fn', () => LambdaFunction.fromFunctionArn(this.stack, 'Fn', 'arn:aws:lambda:eu-west-1:111122223333:function:f')); }
  get role() { return this.once('role', () => Role.fromRoleArn(this.stack, 'Role', 'arn:aws:iam::111122223333:role/r')); }
  get certificate() { return this.once('cert', () => Certificate.fromCertificateArn(this.stack, 'Cert', 'arn:aws:acm:eu-west-1:111122223333:certificate/abc')); }
  get domainName() { return this.once('domain', () => new sy.DomainName(this.stack, 'Domain', { domainName: 'api.example.com', certificate: this.certificate })); }
  get vpc() {
    return this.once('vpc', () => Vpc.fromVpcAttributes(this.stack, 'Vpc', {
      vpcId: 'vpc-1', availabilityZones: ['eu-west-1a', 'eu-west-1b'], privateSubnetIds: ['subnet-1', 'subnet-2'],
    }));
  }
  get httpStage() { return this.once('httpStage', () => new sy.HttpStage(this.stack, 'HttpStage', { httpApi: this.httpApi, stageName: 'dev' })); }
  get wsStage() { return this.once('wsStage', () => new sy.WebSocketStage(this.stack, 'WsStage', { webSocketApi: this.webSocketApi, stageName: 'dev' })); }
  get wsRoute() {
    return this.once('wsRoute', () => this.webSocketApi.addRoute(sy.WebSocketRouteKey.custom('go'), { integration: new sy.WebSocketMockIntegration('Go') }));
  }
  get restApi() {
    return this.once('rest', () => {
      const api = new RestApi(this.stack, 'Rest');
      api.root.addMethod('GET');
      return api;
    });
  }
  /** A route on the HTTP API for an integration or an authorizer under test. */
  httpRoute(integration: sy.HttpRouteIntegration, authorizer?: sy.IHttpRouteAuthorizer): void {
    this.httpApi.addRoutes({ path: '/swept', methods: [sy.HttpMethod.GET], integration, authorizer });
  }
  wsRouteWith(integration: sy.WebSocketRouteIntegration, authorizer?: sy.IWebSocketRouteAuthorizer): void {
    this.webSocketApi.addRoute(authorizer ? sy.WebSocketRouteKey.CONNECT : sy.WebSocketRouteKey.custom('swept'), { integration, authorizer });
  }
  get site() { return new sy.HttpUrlIntegration('Site', 'https://example.com'); }
}

interface Fixture {
  /** The constructor arguments of a minimal valid instance (scope and id included for a construct). */
  readonly args: (s: Scene) => unknown[];
  /**
   * Other minimal instances for props the first one cannot take (a Lambda-only prop of an authorizer built
   * as JWT), by the name of the prop in the props struct.
   * @default - `args` for every prop
   */
  readonly argsFor?: Record<string, (s: Scene) => unknown[]>;
  /** Puts an instance that is not a construct (an integration, an authorizer, a plugin) where it synthesizes. */
  readonly use?: (s: Scene, instance: unknown) => void;
}

const onHttpRoute = (s: Scene, i: unknown) => s.httpRoute(i as sy.HttpRouteIntegration);
const onWsRoute = (s: Scene, i: unknown) => s.wsRouteWith(i as sy.WebSocketRouteIntegration);
const lambdaUri = 'arn:aws:apigateway:eu-west-1:lambda:path/2015-03-31/functions/arn:aws:lambda:eu-west-1:111122223333:function:f/invocations';

const FIXTURES: Record<string, Fixture> = {
  ApiKey: { args: s => [s.stack, 'X', {}] },
  ApiMapping: { args: s => [s.stack, 'X', { api: s.httpApi, stage: s.httpStage, domainName: s.domainName }] },
  DomainName: { args: s => [s.stack, 'X', { domainName: 'x.example.com', certificate: s.certificate }] },
  HttpAlbIntegration: {
    args: s => ['X', ApplicationListener.fromApplicationListenerAttributes(s.stack, 'Alb', {
      listenerArn: 'arn:aws:elasticloadbalancing:eu-west-1:111122223333:listener/app/a/1/2', securityGroup: undefined as never,
    }), { vpc: s.vpc }],
    use: onHttpRoute,
  },
  HttpApi: {
    args: s => [s.stack, 'X', {}],
    argsFor: { defaultAuthorizationScopes: s => [s.stack, 'X', { defaultAuthorizer: new sy.HttpJwtAuthorizer('Jwt', ISSUER, { jwtAudience: ['a'] }) }] },
    // A route, for the defaults the API gives its routes.
    use: (s, api) => (api as sy.HttpApi).addRoutes({ path: '/swept', methods: [sy.HttpMethod.GET], integration: s.site }),
  },
  HttpQueueApi: { args: s => [s.stack, 'X', {}] },
  HttpEventBusApi: { args: s => [s.stack, 'X', {}] },
  HttpPrivateBackendApi: {
    args: s => [s.stack, 'X', {
      backend: sy.PrivateBackend.cloudMapService(new PrivateDnsNamespace(s.stack, 'Ns', { name: 'local', vpc: s.vpc }).createService('Svc'), { port: 8080, peer: Peer.ipv4('10.0.0.0/16') }),
      vpc: s.vpc,
    }],
  },
  WebSocketConnectionsApi: {
    args: s => [s.stack, 'X', { sendHandler: LambdaFunction.fromFunctionAttributes(s.stack, 'Send', { functionArn: 'arn:aws:lambda:eu-west-1:111122223333:function:send', role: s.role }) }],
  },
  HttpAppConfigIntegration: { args: () => ['X', { applicationId: 'app', environmentId: 'env', configurationProfileId: 'prof' }], use: onHttpRoute },
  HttpAuthorizer: {
    args: s => [s.stack, 'X', {
      httpApi: s.httpApi,
      type: sy.HttpAuthorizerType.JWT,
      identitySource: [sy.HttpIdentitySource.header('Authorization')],
      jwtIssuer: ISSUER,
      jwtAudience: ['a'],
    }],
    argsFor: Object.fromEntries(['authorizerUri', 'resultsCacheTtl'].map(prop => [prop, (s: Scene) => [s.stack, 'X', {
      httpApi: s.httpApi,
      type: sy.HttpAuthorizerType.LAMBDA,
      identitySource: [sy.HttpIdentitySource.header('Authorization')],
      authorizerUri: lambdaUri,
      payloadFormatVersion: sy.AuthorizerPayloadVersion.VERSION_2_0,
    }]])),
  },
  HttpAwsServiceIntegration: {
    args: s => ['X', {
      subtype: sy.HttpIntegrationSubtype.of('SQS-SendMessage'),
      role: s.role,
      parameters: { QueueUrl: sy.MappingValue.custom('https://sqs.eu-west-1.amazonaws.com/111122223333/q'), MessageBody: sy.MappingValue.requestBody() },
    }],
    use: onHttpRoute,
  },
  // A deployment needs a route to deploy (deployment-no-routes).
  HttpDeployment: { args: s => [s.stack, 'X', { httpApi: s.httpApi }], use: s => s.httpRoute(s.site) },
  HttpEventBridgeIntegration: {
    args: s => ['X', {
      eventBus: EventBus.fromEventBusArn(s.stack, 'Bus', 'arn:aws:events:eu-west-1:111122223333:event-bus/b'),
      parameters: { Source: sy.MappingValue.staticValue('app'), DetailType: sy.MappingValue.staticValue('created') },
    }],
    use: onHttpRoute,
  },
  HttpIntegration: {
    args: s => [s.stack, 'X', { httpApi: s.httpApi, integrationType: sy.HttpIntegrationType.HTTP_PROXY, integrationUri: 'https://example.com' }],
    argsFor: {
      // A private integration names a listener (integration-private-uri).
      connectionId: s => [s.stack, 'X', {
        httpApi: s.httpApi, integrationType: sy.HttpIntegrationType.HTTP_PROXY, integrationUri: 'arn:aws:elasticloadbalancing:eu-west-1:111122223333:listener/app/a/1/2',
      }],
      ...Object.fromEntries(['integrationSubtype', 'subtypeParameters'].map(prop => [prop, (s: Scene) => [s.stack, 'X', {
        httpApi: s.httpApi,
        integrationType: sy.HttpIntegrationType.AWS_PROXY,
        integrationSubtype: sy.HttpIntegrationSubtype.of('SQS-SendMessage'),
        credentials: sy.IntegrationCredentials.fromRole(s.role),
        payloadFormatVersion: sy.PayloadFormatVersion.VERSION_1_0,
        subtypeParameters: { QueueUrl: sy.MappingValue.staticValue('https://sqs.eu-west-1.amazonaws.com/111122223333/q'), MessageBody: sy.MappingValue.requestBody() },
      }]])),
    },
  },
  HttpJwtAuthorizer: { args: () => ['X', ISSUER, { jwtAudience: ['a'] }], use: (s, a) => s.httpApi.addRoutes({ path: '/swept', integration: s.site, authorizer: a as sy.IHttpRouteAuthorizer }) },
  HttpKinesisIntegration: { args: s => ['X', { stream: Stream.fromStreamArn(s.stack, 'Stream', 'arn:aws:kinesis:eu-west-1:111122223333:stream/s') }], use: onHttpRoute },
  HttpLambdaAuthorizer: { args: s => ['X', s.fn, {}], use: (s, a) => s.httpApi.addRoutes({ path: '/swept', integration: s.site, authorizer: a as sy.IHttpRouteAuthorizer }) },
  HttpLambdaIntegration: { args: s => ['X', s.fn, {}], use: onHttpRoute },
  HttpNlbIntegration: {
    args: s => ['X', NetworkListener.fromNetworkListenerArn(s.stack, 'Nlb', 'arn:aws:elasticloadbalancing:eu-west-1:111122223333:listener/net/n/1/2'), { vpc: s.vpc }],
    use: onHttpRoute,
  },
  HttpRoute: {
    args: s => [s.stack, 'X', { httpApi: s.httpApi, routeKey: sy.HttpRouteKey.with('/x', sy.HttpMethod.GET), integration: s.site }],
    argsFor: {
      authorizationScopes: s => [s.stack, 'X', {
        httpApi: s.httpApi,
        routeKey: sy.HttpRouteKey.with('/x', sy.HttpMethod.GET),
        integration: s.site,
        authorizer: new sy.HttpJwtAuthorizer('Jwt', ISSUER, { jwtAudience: ['a'] }),
      }],
    },
  },
  HttpServiceDiscoveryIntegration: {
    args: s => ['X', new PrivateDnsNamespace(s.stack, 'Ns', { name: 'local', vpc: s.vpc }).createService('Svc'), { vpc: s.vpc }],
    use: onHttpRoute,
  },
  HttpSqsIntegration: { args: s => ['X', { queue: Queue.fromQueueArn(s.stack, 'Queue', 'arn:aws:sqs:eu-west-1:111122223333:q') }], use: onHttpRoute },
  // Not $default: the API's default stage has that name (stage-name-unique).
  HttpStage: { args: s => [s.stack, 'X', { httpApi: s.httpApi, stageName: 'swept' }] },
  LogGroupLogDestination: { args: s => [LogGroup.fromLogGroupName(s.stack, 'Logs', 'logs')] },
  RateLimitedApiKey: { args: s => [s.stack, 'X', {}] },
  UsagePlan: { args: s => [s.stack, 'X', {}] },
  HttpStepFunctionsIntegration: {
    args: s => ['X', { stateMachine: StateMachine.fromStateMachineArn(s.stack, 'Sm', 'arn:aws:states:eu-west-1:111122223333:stateMachine:sm') }],
    use: onHttpRoute,
  },
  HttpUrlIntegration: { args: () => ['X', 'https://example.com', {}], use: onHttpRoute },
  HttpUserPoolAuthorizer: {
    args: s => ['X', UserPool.fromUserPoolId(s.stack, 'Pool', 'eu-west-1_abc'), { userPoolClients: [UserPool.fromUserPoolId(s.stack, 'P2', 'eu-west-1_abc').addClient('C')] }],
    use: (s, a) => s.httpApi.addRoutes({ path: '/swept', integration: s.site, authorizer: a as sy.IHttpRouteAuthorizer }),
  },
  RoutingRule: {
    args: s => [s.stack, 'X', {
      domainName: new sy.DomainName(s.stack, 'Routed', { domainName: 'r.example.com', certificate: s.certificate, routingMode: sy.RoutingMode.ROUTING_RULE_THEN_API_MAPPING }),
      priority: 1,
      action: sy.RoutingAction.invokeRestApi(s.restApi),
    }],
  },
  SwitchyardValidationPlugin: {
    args: () => [{}],
    use: (s, plugin) => {
      // The plugin runs on an app of its own: it is given to the App, not to a stack.
      const app = new App({ policyValidationBeta1: [plugin as sy.SwitchyardValidationPlugin] });
      new sy.HttpApi(new Stack(app, 'Plugged'), 'Api');
      app.synth();
      void s;
    },
  },
  MappingValue: {
    args: () => ['$request.header.x'],
    // Sent as a request header of an HTTP route, for the value to reach a template.
    use: (s, v) => s.httpRoute(new sy.HttpUrlIntegration('Mapped', 'https://example.com', { parameterMapping: new sy.ParameterMapping().appendHeader('x-swept', v as sy.MappingValue) })),
  },
  VpcLink: { args: s => [s.stack, 'X', { vpc: s.vpc }] },
  WebSocketApi: { args: s => [s.stack, 'X', {}] },
  WebSocketAuthorizer: { args: s => [s.stack, 'X', { webSocketApi: s.webSocketApi, authorizerUri: lambdaUri }] },
  WebSocketAwsIntegration: {
    args: s => ['X', { service: 'sqs', path: '111122223333/q', credentialsRole: s.role }],
    argsFor: {
      action: s => ['X', { service: 'sqs', action: 'SendMessage', credentialsRole: s.role }],
      integrationUri: s => ['X', { integrationUri: 'arn:aws:apigateway:eu-west-1:sqs:path/111122223333/q', credentialsRole: s.role }],
    },
    use: onWsRoute,
  },
  WebSocketDeployment: { args: s => [s.stack, 'X', { webSocketApi: s.webSocketApi }], use: s => void s.wsRoute },
  WebSocketHttpIntegration: { args: () => ['X', 'https://example.com', {}], use: onWsRoute },
  WebSocketHttpProxyIntegration: { args: () => ['X', 'https://example.com', {}], use: onWsRoute },
  WebSocketIntegration: { args: s => [s.stack, 'X', { webSocketApi: s.webSocketApi, integrationType: sy.WebSocketIntegrationType.MOCK }] },
  WebSocketLambdaAuthorizer: { args: s => ['X', s.fn, {}], use: (s, a) => s.wsRouteWith(new sy.WebSocketMockIntegration('Mock'), a as sy.IWebSocketRouteAuthorizer) },
  WebSocketLambdaCustomIntegration: { args: s => ['X', s.fn, {}], use: onWsRoute },
  WebSocketLambdaIntegration: { args: s => ['X', s.fn, {}], use: onWsRoute },
  WebSocketMockIntegration: { args: () => ['X', {}], use: onWsRoute },
  WebSocketModel: { args: s => [s.stack, 'X', { webSocketApi: s.webSocketApi, schema: sy.WebSocketModelSchema.fromString('{"type": "object"}') }] },
  WebSocketRoute: {
    args: s => [s.stack, 'X', { webSocketApi: s.webSocketApi, routeKey: sy.WebSocketRouteKey.custom('x'), integration: new sy.WebSocketMockIntegration('Mock') }],
    argsFor: { requestParameters: s => [s.stack, 'X', { webSocketApi: s.webSocketApi, routeKey: sy.WebSocketRouteKey.CONNECT, integration: new sy.WebSocketMockIntegration('Mock') }] },
  },
  WebSocketApiKeySelectionExpression: {
    args: () => ['$request.header.x-api-key'],
    use: (s, i) => new sy.WebSocketApi(s.stack, 'KeyApi', { apiKeySelectionExpression: i as sy.WebSocketApiKeySelectionExpression }),
  },
  WebSocketStage: { args: s => [s.stack, 'X', { webSocketApi: s.webSocketApi, stageName: 'x' }] },
  WebSocketUsagePlan: { args: s => [s.stack, 'X', {}] },
};

interface MethodFixture {
  /** The method's arguments, minimal and valid. */
  readonly args: (s: Scene) => unknown[];
  /** Other arguments for props the first ones cannot take, by the prop's name. @default - `args` */
  readonly argsFor?: Record<string, (s: Scene) => unknown[]>;
  /** The instance to call the method on. @default - the class's fixture */
  readonly instance?: (s: Scene) => unknown;
}

const METHODS: Record<string, MethodFixture> = {
  // Every DomainName has its REGIONAL endpoint already, and API Gateway v2 takes no other: see REJECTED_WHATEVER_THE_VALUE.
  'DomainName.addEndpoint': { args: s => [{ certificate: s.certificate }] },
  'DomainName.addRoutingRule': {
    instance: s => new sy.DomainName(s.stack, 'Routed', { domainName: 'r.example.com', certificate: s.certificate, routingMode: sy.RoutingMode.ROUTING_RULE_THEN_API_MAPPING }),
    args: s => ['Rule', { priority: 1, action: sy.RoutingAction.invokeRestApi(s.restApi) }],
  },
  'HttpApi.addRoutes': {
    args: s => [{ path: '/m', methods: [sy.HttpMethod.GET], integration: s.site }],
    argsFor: { authorizationScopes: s => [{ path: '/m', methods: [sy.HttpMethod.GET], integration: s.site, authorizer: new sy.HttpJwtAuthorizer('Jwt', ISSUER, { jwtAudience: ['a'] }) }] },
  },
  'HttpApi.addStage': { args: () => ['Stage', { stageName: 'm' }] },
  'HttpApi.addVpcLink': { args: s => [{ vpc: s.vpc }] },
  'HttpApi.arnForExecuteApi': { args: () => [] },
  'HttpRoute.grantInvoke': { args: s => [s.role, {}] },
  'HttpStage.addRouteSettings': {
    instance: s => {
      s.httpRoute(s.site);
      return new sy.HttpStage(s.stack, 'Stage', { httpApi: s.httpApi, stageName: 'm' });
    },
    args: () => [{ routeKey: sy.HttpRouteKey.with('/swept', sy.HttpMethod.GET) }],
  },
  'HttpStage.addStageVariable': { args: () => ['name', 'value'] },
  'WebSocketApi.addModel': { args: () => ['Model', { schema: sy.WebSocketModelSchema.fromString('{"type": "object"}') }] },
  'WebSocketApi.addRoute': {
    args: () => [sy.WebSocketRouteKey.custom('m'), { integration: new sy.WebSocketMockIntegration('M') }],
    argsFor: { requestParameters: () => [sy.WebSocketRouteKey.CONNECT, { integration: new sy.WebSocketMockIntegration('M') }] },
  },
  'WebSocketApi.arnForExecuteApi': { args: () => [] },
  'WebSocketApi.arnForExecuteApiV2': { args: () => [] },
  'UsagePlan.addApiKey': { args: s => [sy.ApiKey.fromApiKeyId(s.stack, 'Key', 'key'), {}] },
  'WebSocketIntegration.addResponse': { args: () => [{}] },
  'WebSocketStage.addRouteSettings': { args: s => [s.wsRoute, {}] },
  'WebSocketStage.addStageVariable': { args: () => ['name', 'value'] },
  'WebSocketStage.addUsagePlan': { args: () => ['Plan', {}] },
};

/** Minimal values of the structs with required members, for a target inside an optional struct. */
const STRUCTS: Record<string, (s: Scene) => object> = {
  MutualTlsOptions: () => ({ truststoreUri: 's3://bucket/truststore.pem' }),
  MTLSConfig: s => ({ bucket: Bucket.fromBucketName(s.stack, 'Truststore', 'truststore'), key: 'truststore.pem' }),
  DomainMappingOptions: s => ({ domainName: s.domainName }),
  EndpointOptions: s => ({ certificate: s.certificate }),
  HttpStageDomainMapping: s => ({ domainName: s.domainName }),
  WebSocketStageDomainMapping: s => ({ domainName: s.domainName }),
  HttpRouteSettings: () => ({ routeKey: sy.HttpRouteKey.with('/swept', sy.HttpMethod.GET) }),
  WebSocketStageRouteSettings: s => ({ route: s.wsRoute }),
  WebSocketRouteOptions: () => ({ integration: new sy.WebSocketMockIntegration('Options') }),
  HttpPrivateRoute: () => ({ path: '/swept' }),
};

/** Map keys a map prop needs (by the prop's name); any other map takes `name`. */
const MAP_KEYS: Record<string, string> = {
  responseParameters: 'method.response.header.X-Id',
  // A parameter every AWS service integration subtype takes.
  parameters: 'Region',
};

/**
 * Props that take no value at all where the sweep sets them, whatever the value: the rule that says so
 * must be the error. (Only `$connect` takes request parameters; these options are of other routes. A domain
 * name has one endpoint per type, and API Gateway v2 takes only REGIONAL ones, which every DomainName has.)
 */
const REJECTED_WHATEVER_THE_VALUE: Record<string, string> = {
  'DomainName.addEndpoint() options.certificateName': 'domain-configuration',
  'WebSocketApi props.defaultRouteOptions.requestParameters': 'ws-route-request-parameter',
  'WebSocketApi props.disconnectRouteOptions.requestParameters': 'ws-route-request-parameter',
};

/**
 * Forms that must reject a token for a real reason, with the rule id they name:
 * - an OpenAPI document that is one token as a whole cannot be parsed at synth to be written inline (a
 *   document known only at deploy time is `HttpApiDefinition.fromBucket`);
 * - WebSocketConnectionsApi's query string attributes, whose names its template is written from.
 */
const TOKEN_REJECTED: Record<string, string> = {
  'HttpApi props.definition: HttpApiDefinition.fromString(token)': 'api-openapi-document',
  // Each name is written into the $connect template at synth: a list known only at deploy time cannot be.
  'WebSocketConnectionsApi props.queryStringAttributes: a list token': 'websocket-connections-api-attribute-name',
};

/**
 * CloudFormation map keys are literal: a token that becomes a key (`new ParameterMapping().appendHeader(token, ...)`
 * is the key `append:header.<token>` of `RequestParameters`; `addStageVariable(token, ...)` a key of
 * `StageVariables`) cannot be written, and aws-cdk-lib says so at synth. Such a case must fail that way, not
 * pass with a wrong template.
 */
const TOKEN_IN_MAP_KEY = /is used as the key in a map so must resolve to a string/;

/* ------------------------------------------------------------------------------------------------------ */
/* Tokens                                                                                                  */

const KINDS = ['CfnParameter', 'Lazy', 'Fn.importValue'] as const;
/**
 * A CloudFormation dynamic reference is not a token but a plain string that CloudFormation replaces while it deploys
 * (`{{resolve:ssm:/name}}`): the constructs must treat it as unknown too. It only stands where a string does.
 */
const DYNAMIC_REFERENCE = 'dynamic reference';
type Kind = typeof KINDS[number] | typeof DYNAMIC_REFERENCE;
/**
 * CloudFormation resolves dynamic references in values, never in map keys: as a key, `{{resolve:...}}` is the
 * literal text the service sees, and the construct checks it like any other name.
 */
const DYNAMIC_REFERENCE_IN_KEY: Record<string, string> = {
  'HttpStage.addStageVariable() name': 'stage-variable-name',
  'WebSocketStage.addStageVariable() name': 'stage-variable-name',
  // Each name is also a key of the $connect route's RequestParameters (route.request.querystring.<name>).
  'WebSocketConnectionsApi props.queryStringAttributes': 'ws-route-request-parameter',
};
/** The forms a dynamic reference can take: a string in a string, list, map or template slot. */
const STRING_FORMS = new Set(['a string token', 'a list holding a string token', 'a map with a string token value', 'a mapping template holding a token']);
let unique = 0;

/** A CfnParameter of `type`, or the name an imported or lazy value imports; each case's are distinct. */
function source(s: Scene, kind: Kind, type: 'String' | 'Number' | 'CommaDelimitedList'): { param?: CfnParameter; name: string } {
  const id = `${kind === 'Lazy' ? 'Lazy' : 'Imported'}${type}${unique++}`;
  if (kind === 'CfnParameter') {
    const param = new CfnParameter(s.stack, `P${unique++}`, { type });
    s.markers.push({ Ref: param.logicalId });
    return { param, name: id };
  }
  s.markers.push(id);
  return { name: id };
}

function stringToken(s: Scene, kind: Kind): string {
  if (kind === DYNAMIC_REFERENCE) {
    const text = `{{resolve:ssm:/sweep/value${unique++}}}`;
    s.texts.push(text);
    return text;
  }
  const { param, name } = source(s, kind, 'String');
  if (param) return param.valueAsString;
  // A Lazy that resolves to a value CloudFormation fills in: the construct sees a token, the rules an intrinsic.
  if (kind === 'Lazy') return Lazy.string({ produce: () => Fn.importValue(name) });
  return Fn.importValue(name);
}

function numberToken(s: Scene, kind: Kind): number {
  const { param, name } = source(s, kind, 'Number');
  if (param) return param.valueAsNumber;
  if (kind === 'Lazy') return Lazy.number({ produce: () => Token.asNumber(Fn.importValue(name)) });
  return Token.asNumber(Fn.importValue(name));
}

function listToken(s: Scene, kind: Kind): string[] {
  const { param, name } = source(s, kind, 'CommaDelimitedList');
  if (param) return param.valueAsList;
  if (kind === 'Lazy') return Lazy.list({ produce: () => Fn.split(',', Fn.importValue(name)) });
  return Fn.split(',', Fn.importValue(name));
}

/** One way of giving a token to a slot: a name for the test title and the value. */
interface Form { readonly form: string; readonly value: (s: Scene, kind: Kind, target: Target) => unknown; readonly unit?: 'seconds' | 'millis' }

const FORMS: Record<Slot, Form[]> = {
  string: [{ form: 'a string token', value: stringToken }],
  number: [{ form: 'a number token', value: numberToken }],
  list: [
    { form: 'a list token', value: listToken },
    { form: 'a list holding a string token', value: (s, k) => [stringToken(s, k)] },
  ],
  map: [{ form: 'a map with a string token value', value: (s, k, t) => ({ [MAP_KEYS[t.name.split('.').pop()!] ?? 'name']: stringToken(s, k) }) }],
  duration: [
    { form: 'Duration.seconds(token)', value: (s, k) => Duration.seconds(numberToken(s, k)), unit: 'seconds' },
    { form: 'Duration.millis(token)', value: (s, k) => Duration.millis(numberToken(s, k)), unit: 'millis' },
  ],
  template: [{ form: 'a mapping template holding a token', value: (s, k) => sy.MappingTemplate.fromString(`{"table": "${stringToken(s, k)}", "id": "$context.connectionId"}`) }],
  templates: [{ form: 'a mapping template holding a token', value: (s, k) => ({ $default: sy.MappingTemplate.fromString(`{"table": "${stringToken(s, k)}", "id": "$context.connectionId"}`) }) }],
  factory: [{ form: 'a factory of token arguments', value: (s, k, t) => callFactory(s, k, t.factory!) }],
};

function callFactory(s: Scene, kind: Kind, f: Factory): unknown {
  const args = (f.method.parameters ?? []).filter(p => !p.optional).map(p => {
    if (p.type.primitive === 'string') return stringToken(s, kind);
    if (p.type.primitive === 'number') return numberToken(s, kind);
    const t = enumLike(p.type)!;
    return classOf(t.name)[argumentlessFactory(t)!.name]();
  });
  return classOf(TYPES[f.cls].name)[f.method.name](...args);
}

function classOf(name: string): Record<string, (...a: unknown[]) => unknown> {
  return (sy as unknown as Record<string, Record<string, (...a: unknown[]) => unknown>>)[name];
}

/** `args` with `value` at `path`, creating optional structs (from STRUCTS) and arrays on the way. */
function withValue(s: Scene, args: unknown[], target: Target, value: unknown): unknown[] {
  const root: unknown[] = [...args];
  let node: Record<string | number, unknown> = root as unknown as Record<string | number, unknown>;
  let struct = 0;
  target.path.forEach((key, i) => {
    if (i === target.path.length - 1) {
      const existing = node[key];
      if (target.container === 'array') node[key] = [value];
      // A map keeps the fixture's keys (they may have to be valid names): the first entry takes the value.
      else if (target.container === 'map') node[key] = { ...(existing as object), [Object.keys(existing ?? {})[0] ?? MAP_KEYS[String(key)] ?? 'name']: value };
      else node[key] = value;
      return;
    }
    const next = target.path[i + 1];
    const existing = node[key];
    let copy: Record<string | number, unknown>;
    if (typeof next === 'number') {
      copy = (Array.isArray(existing) ? [...existing] : []) as unknown as Record<string | number, unknown>;
    } else {
      const fqn = target.structs[struct++];
      const structName = fqn.slice(OWN.length);
      if (existing === undefined && !STRUCTS[structName] && structMembers(fqn).some(m => !m.optional)) {
        throw new Error(`the sweep needs a minimal ${structName} (it has required members): add one to STRUCTS`);
      }
      const base = existing ?? (STRUCTS[structName] ? STRUCTS[structName](s) : {});
      copy = { ...(base as object) } as Record<string | number, unknown>;
    }
    node[key] = copy;
    node = copy;
  });
  return root;
}

/* ------------------------------------------------------------------------------------------------------ */
/* The sweep                                                                                               */

const CLASSES = Object.values(TYPES).filter(t => t.kind === 'class' && !t.abstract && (t.initializer?.parameters ?? []).length > 0);

/** A case: a class's constructor (or one of its methods, on a minimal instance), one prop, one form, one kind. */
interface Case { readonly cls: JsiiType; readonly method?: Method; readonly target: Target; readonly form: Form; readonly kind: Kind }
const label = (c: { cls: JsiiType; method?: Method }) => (c.method ? `${c.cls.name}.${c.method.name}()` : c.cls.name);
/** The prop a target sets: the member of the props struct, or the parameter itself. */
const propOf = (t: Target) => t.name.split(/[.[]/)[1] ?? t.name;

function targetsOfParameters(parameters: readonly Property[]): Target[] {
  const targets: Target[] = [];
  parameters.forEach((p, i) => {
    if (CONSTRUCT_IDS.has(p.name) && p.type.primitive === 'string') return;
    targetsOf(p.type, [i], p.name, [], targets);
  });
  return targets;
}

const cases: Case[] = [];
const sweptMethods: string[] = [];
function addCases(cls: JsiiType, method: Method | undefined, targets: Target[]): void {
  for (const target of targets) {
    for (const form of FORMS[target.slot]) {
      const named = target.factory ? { ...form, form: `${TYPES[target.factory.cls].name}.${target.factory.method.name}(token)` } : form;
      for (const kind of KINDS) cases.push({ cls, method, target, form: named, kind });
      if (STRING_FORMS.has(named.form)) cases.push({ cls, method, target, form: named, kind: DYNAMIC_REFERENCE });
    }
  }
}
for (const cls of CLASSES) {
  addCases(cls, undefined, targetsOfParameters(cls.initializer!.parameters ?? []));
  // Methods that take props too (`addRoutes`, `addStage`...); the library's own protocol (`_bindToRoute`) aside.
  for (const method of cls.methods ?? []) {
    if (method.static || method.name.startsWith('_')) continue;
    // A CloudWatch metric is not part of the template: a token in its name is CloudWatch's to resolve.
    if (method.returns?.type.fqn?.startsWith('aws-cdk-lib.aws_cloudwatch.')) continue;
    // `render(request)`, `renderConnect(request)`... (MappingValue, the patterns) fill in values for a sample request
    // in memory: nothing of the request reaches the template.
    if (/^render[A-Z]?/.test(method.name)) continue;
    const targets = targetsOfParameters(method.parameters ?? []);
    if (targets.length === 0) continue;
    sweptMethods.push(`${cls.name}.${method.name}`);
    addCases(cls, method, targets);
  }
}

/** Builds the class with the token in place and synthesizes; returns the findings, or throws what it threw. */
function run(c: Case): { findings: sy.Finding[]; reached: boolean } {
  const scene = new Scene();
  const fixture = FIXTURES[c.cls.name];
  const Ctor = (sy as unknown as Record<string, new (...a: unknown[]) => unknown>)[c.cls.name];
  const token = () => c.form.value(scene, c.kind, c.target);
  if (!c.method) {
    const make = fixture.argsFor?.[propOf(c.target)] ?? fixture.args;
    // Built first: `use?.(new Ctor())` would skip the constructor when there is no `use`.
    const instance = new Ctor(...withValue(scene, make(scene), c.target, token()));
    fixture.use?.(scene, instance);
  } else {
    const m = METHODS[`${c.cls.name}.${c.method.name}`];
    let instance = m.instance?.(scene);
    if (!instance) {
      instance = new Ctor(...fixture.args(scene));
      fixture.use?.(scene, instance);
    }
    const make = m.argsFor?.[propOf(c.target)] ?? m.args;
    const result = (instance as Record<string, (...a: unknown[]) => unknown>)[c.method.name](...withValue(scene, make(scene), c.target, token()));
    // A method that only returns a value (an ARN): the value is written to an output, where the token must be.
    if (typeof result === 'string') new CfnOutput(scene.stack, 'Result', { value: result });
  }
  const template = scene.app.synth().getStackByName(scene.stack.stackName).template;
  const written = JSON.stringify([template.Resources ?? {}, template.Outputs ?? {}]);
  const markers = scene.markers.map(m => JSON.stringify(scene.stack.resolve(m)));
  const reached = markers.some(m => written.includes(m)) || scene.texts.some(t => written.includes(t));
  return { findings: sy.Switchyard.findings(scene.stack), reached };
}

/** Cases whose token is in no resource of the template (a prop only checked, or given to the plugin). */
const unreached: string[] = [];

describe('token sweep over the jsii assembly', () => {
  test('every class of the assembly with a constructor, and every method that takes props, has a fixture', () => {
    // A struct with required members the sweep must create has one too: withValue throws without it.
    expect(CLASSES.map(c => c.name).filter(n => !FIXTURES[n])).toEqual([]);
    expect(sweptMethods.filter(m => !METHODS[m])).toEqual([]);
  });

  test('the sweep covers what it should', () => {
    // Printed for the record; asserted loosely so that adding a prop does not break the test.
    const props = new Set(cases.map(c => `${label(c)} ${c.target.name}`));
    const classes = new Set(cases.map(c => c.cls.name));
    const factories = new Set(cases.filter(c => c.target.factory).map(c => `${c.cls.name} ${c.target.name} ${c.form.form}`));
    console.log(`token sweep: ${classes.size} of ${CLASSES.length} classes and ${sweptMethods.length} methods, ${props.size} props (${factories.size} enum-like factory calls among the forms), ${cases.length} cases of ${KINDS.length} token kinds and dynamic references; skipped by type: ${[...skippedTypes].map(([t, n]) => `${t} x${n}`).join(', ')}`);
    expect(classes.size).toBeGreaterThan(30);
    expect(props.size).toBeGreaterThan(100);
  });

  const durationUnits = new Map<string, Set<string>>();
  test.each(cases.map(c => [`${label(c)} ${c.target.name}: ${c.form.form} (${c.kind})`, c] as const))('%s', (_title, c) => {
    let found: sy.Finding[] = [];
    try {
      const result = run(c);
      found = result.findings;
      if (!result.reached) unreached.push(`${label(c)} ${c.target.name}`);
    } catch (e) {
      // A Duration token in a unit CloudFormation cannot convert (see the file comment) is rejected, with a rule id.
      if (c.form.unit && e instanceof SwitchyardError && /Duration\.(millis|seconds)/.test(e.message)) return;
      const rejected = REJECTED_WHATEVER_THE_VALUE[`${label(c)} ${c.target.name}`];
      if (rejected && e instanceof SwitchyardError && e.ruleId === rejected) return;
      if (TOKEN_IN_MAP_KEY.test(String(e))) return;
      const inKey = c.kind === DYNAMIC_REFERENCE ? DYNAMIC_REFERENCE_IN_KEY[`${label(c)} ${c.target.name}`] : undefined;
      if (inKey && e instanceof SwitchyardError && e.ruleId === inKey) return;
      const tokenRejected = TOKEN_REJECTED[`${label(c)} ${c.target.name}: ${c.form.form}`];
      if (tokenRejected && e instanceof SwitchyardError && e.ruleId === tokenRejected) return;
      throw e;
    }
    expect(REJECTED_WHATEVER_THE_VALUE[`${label(c)} ${c.target.name}`]).toBeUndefined();
    expect(TOKEN_REJECTED[`${label(c)} ${c.target.name}: ${c.form.form}`]).toBeUndefined();
    if (c.form.unit) {
      const key = `${label(c)} ${c.target.name}`;
      durationUnits.set(key, (durationUnits.get(key) ?? new Set()).add(`${c.form.unit}:${c.kind}`));
    }
    expect(found.map(f => `${f.rule} ${f.path}: ${f.message}`)).toEqual([]);
  });

  test('every token reaches a resource of the template (the sweep sets what it says it sets)', () => {
    // The plugin's options are its own, not a template value.
    expect([...new Set(unreached)]).toEqual(['SwitchyardValidationPlugin options.ignore']);
  });

  test('each Duration prop takes a token of every kind in at least one unit', () => {
    const durationTargets = cases.filter(c => c.form.unit).map(c => `${label(c)} ${c.target.name}`);
    for (const key of new Set(durationTargets)) {
      const ok = durationUnits.get(key) ?? new Set();
      expect([key, ['seconds', 'millis'].some(u => KINDS.every(k => ok.has(`${u}:${k}`)))]).toEqual([key, true]);
    }
  });
});
