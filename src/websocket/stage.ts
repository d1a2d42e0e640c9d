import { IResource, Lazy, Resource, Stack, Tags } from 'aws-cdk-lib';
import { CfnStage, IApi, IStage } from 'aws-cdk-lib/aws-apigatewayv2';
import { Metric, MetricOptions } from 'aws-cdk-lib/aws-cloudwatch';
import { Grant, IGrantable } from 'aws-cdk-lib/aws-iam';
import { ILogGroup } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { IWebSocketApi } from './api';
import { grantManage } from './private/api-helpers';
import { IWebSocketRoute } from './route';
import { WebSocketUsagePlan, WebSocketUsagePlanOptions } from './usage-plan';
import { renderAccessLogSettings, StageAccessLogFormat, StageAccessLogOptions } from '../common/access-log';
import { SwitchyardError } from '../common/errors';
import { checkStageName, checkStageVariable, StageThrottleSettings } from '../common/stage-base';
import type { HttpStageDomainMapping } from '../http/stage';
import { adopt } from '../private/adopt';
import { checkLiteral } from '../private/domain-checks';
import { addStageDomainMapping } from '../private/stage-domain-mapping';
import { tagKeyProblem, tagValueProblem } from '../rules/domain/checks';
import { descriptionProblem } from '../rules/stage/checks';

/** How much a WebSocket stage writes to its execution log (CloudWatch Logs). */
export enum WebSocketLoggingLevel {
  /** Errors only. */
  ERROR = 'ERROR',
  /** Errors and information about each request. */
  INFO = 'INFO',
  /** No execution log. */
  OFF = 'OFF',
}

/** Settings for the routes of a WebSocket stage: throttling, execution logging and metrics. */
export interface WebSocketRouteSettings {
  /**
   * Throttling.
   *
   * @default - the account limits
   */
  readonly throttle?: StageThrottleSettings;

  /**
   * The execution log level.
   *
   * @default - API Gateway's default, OFF
   */
  readonly loggingLevel?: WebSocketLoggingLevel;

  /**
   * Whether whole messages go to the execution log (they may hold personal data).
   *
   * @default false
   */
  readonly dataTraceEnabled?: boolean;

  /**
   * Whether CloudWatch gets metrics per route.
   *
   * @default false
   */
  readonly detailedMetricsEnabled?: boolean;
}

/** Settings for one route of a stage. */
export interface WebSocketStageRouteSettings extends WebSocketRouteSettings {
  /** The route the settings apply to. */
  readonly route: IWebSocketRoute;
}

/** A stage of a WebSocket API. */
export interface IWebSocketStage extends IResource {
  /**
   * The name of the stage.
   *
   * @attribute
   */
  readonly stageName: string;

  /** The API the stage belongs to. */
  readonly webSocketApi: IWebSocketApi;

  /** The URL clients connect to: `wss://<api-id>.execute-api.<region>.<url-suffix>/<stage>`. */
  readonly url: string;

  /**
   * The callback URL of the `@connections` API, with which a backend posts to, reads and closes client
   * connections: `https://<api-id>.execute-api.<region>.<url-suffix>/<stage>`.
   */
  readonly callbackUrl: string;

  /**
   * A metric of this stage in the `AWS/ApiGateway` namespace.
   *
   * @default - average over 5 minutes
   */
  metric(metricName: string, props?: MetricOptions): Metric;

  /** Grants `execute-api:ManageConnections` on the `@connections` API of this stage. */
  grantManageConnections(grantee: IGrantable): Grant;
}

/**
 * A custom domain name mapping for a WebSocket stage: the domain name and the mapping key (one path
 * segment for WebSocket APIs), the same shape as `HttpStageDomainMapping`.
 */
export interface WebSocketStageDomainMapping extends HttpStageDomainMapping {}

/** Properties of a WebSocket stage. */
export interface WebSocketStageProps {
  /** The API the stage belongs to. */
  readonly webSocketApi: IWebSocketApi;

  /**
   * The name of the stage: 1 to 128 letters, digits, `-` and `_`. `$default` is an HTTP API concept: it
   * deploys, with a `stage-default-websocket` warning at synth.
   */
  readonly stageName: string;

  /**
   * Whether every change of the API is deployed to the stage at once. Without it, a `WebSocketDeployment`
   * must deploy the stage. Off by default, as in aws-cdk-lib: a migrated stage is not redeployed behind its
   * owner's back.
   *
   * @default false
   */
  readonly autoDeploy?: boolean;

  /**
   * A description of the stage.
   *
   * @default - none
   */
  readonly description?: string;

  /**
   * Stage variables: names of 1 to 64 letters, digits and `_`, values of 1 to 512 of `[A-Za-z0-9-._~:/?#&=,]`.
   *
   * @default - none
   */
  readonly stageVariables?: { [name: string]: string };

  /**
   * Settings for every route of the stage.
   *
   * @default - none
   */
  readonly defaultRouteSettings?: WebSocketRouteSettings;

  /**
   * Settings for single routes, over `defaultRouteSettings`.
   *
   * @default - none
   */
  readonly routeSettings?: WebSocketStageRouteSettings[];

  /**
   * Access logging. The account needs API Gateway's CloudWatch Logs role (`AWS::ApiGateway::Account`) for
   * WebSocket logging; see `StageAccessLogOptions`.
   *
   * @default - JSON lines with the request id, the connection id, the route key and the status, to a new log group
   */
  readonly accessLogging?: StageAccessLogOptions;

  /**
   * Maps the stage to a custom domain name (an `ApiMapping`). A domain name that serves a WebSocket API
   * cannot also serve HTTP or REST APIs (`mapping-protocol-mix`).
   *
   * @default - no mapping
   */
  readonly domainMapping?: WebSocketStageDomainMapping;

  /**
   * Tags for the stage.
   *
   * @default - no tags
   */
  readonly tags?: { [key: string]: string };
}

/** The attributes of a WebSocket stage defined elsewhere. */
export interface WebSocketStageAttributes {
  /** The name of the stage. */
  readonly stageName: string;

  /** The API the stage belongs to. */
  readonly webSocketApi: IWebSocketApi;
}

/** The default access log line of WebSocket stages (DG websocket-api-logging variables). */
const WEBSOCKET_ACCESS_LOG_FORMAT = StageAccessLogFormat.json({
  requestId: '$context.requestId',
  extendedRequestId: '$context.extendedRequestId',
  ip: '$context.identity.sourceIp',
  requestTime: '$context.requestTime',
  eventType: '$context.eventType',
  routeKey: '$context.routeKey',
  status: '$context.status',
  connectionId: '$context.connectionId',
  messageId: '$context.messageId',
  integrationStatus: '$context.integrationStatus',
  errorMessage: '$context.error.message',
});

function renderRouteSettings(settings: WebSocketRouteSettings): CfnStage.RouteSettingsProperty {
  return {
    throttlingBurstLimit: settings.throttle?.burstLimit,
    throttlingRateLimit: settings.throttle?.rateLimit,
    loggingLevel: settings.loggingLevel,
    dataTraceEnabled: settings.dataTraceEnabled,
    detailedMetricsEnabled: settings.detailedMetricsEnabled,
  };
}

/** `RouteSettings` is untyped JSON in CloudFormation: its keys are written as the resource schema spells them. */
function pascalRouteSettings(s: CfnStage.RouteSettingsProperty): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (s.throttlingBurstLimit !== undefined) out.ThrottlingBurstLimit = s.throttlingBurstLimit;
  if (s.throttlingRateLimit !== undefined) out.ThrottlingRateLimit = s.throttlingRateLimit;
  if (s.loggingLevel !== undefined) out.LoggingLevel = s.loggingLevel;
  if (s.dataTraceEnabled !== undefined) out.DataTraceEnabled = s.dataTraceEnabled;
  if (s.detailedMetricsEnabled !== undefined) out.DetailedMetricsEnabled = s.detailedMetricsEnabled;
  return out;
}

function hasAny(s: CfnStage.RouteSettingsProperty): boolean {
  return Object.values(s).some(v => v !== undefined);
}

function stageUrl(api: IWebSocketApi, stageName: string, scheme: 'wss' | 'https'): string {
  const stack = Stack.of(api);
  return `${scheme}://${api.apiId}.execute-api.${stack.region}.${stack.urlSuffix}/${stageName}`;
}

function stageMetric(api: IWebSocketApi, stageName: string, metricName: string, props?: MetricOptions): Metric {
  return api.metric(metricName, props).with({ dimensionsMap: { ApiId: api.apiId, Stage: stageName } });
}

/**
 * A stage of a WebSocket API (`AWS::ApiGatewayV2::Stage`): a named, deployed snapshot of the API with
 * its own URL, variables, throttling and logging. Access logging is on by default.
 *
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/websocket-api-stages.html
 * @resource AWS::ApiGatewayV2::Stage
 */
export class WebSocketStage extends Resource implements IWebSocketStage {
  /** Imports a stage defined elsewhere. */
  public static fromWebSocketStageAttributes(scope: Construct, id: string, attrs: WebSocketStageAttributes): IWebSocketStage {
    class Import extends Resource implements IWebSocketStage {
      public readonly stageName = attrs.stageName;
      public readonly webSocketApi = attrs.webSocketApi;
      public get url(): string { return stageUrl(this.webSocketApi, this.stageName, 'wss'); }
      public get callbackUrl(): string { return stageUrl(this.webSocketApi, this.stageName, 'https'); }
      public metric(metricName: string, props?: MetricOptions): Metric { return stageMetric(this.webSocketApi, this.stageName, metricName, props); }
      public grantManageConnections(grantee: IGrantable): Grant { return grantManage(this.webSocketApi, grantee, this.stageName); }
    }
    return new Import(scope, id);
  }

  public readonly stageName: string;
  public readonly webSocketApi: IWebSocketApi;
  /** Whether the stage deploys every change at once. */
  public readonly autoDeploy: boolean;

  /**
   * The log group of the access logs.
   *
   * @default - none, when access logging is off
   */
  public readonly accessLogGroup?: ILogGroup;

  private readonly variables: { [name: string]: string } = {};
  private readonly routeSettings: { [key: string]: Record<string, unknown> } = {};

  constructor(scope: Construct, id: string, props: WebSocketStageProps) {
    super(scope, id);
    adopt(this);
    // A stage named $default deploys: stage-default-websocket warns about it at synth.
    checkStageName(props.stageName);
    checkLiteral('stage-description', props.description, d => descriptionProblem('stage', d));
    for (const [key, value] of Object.entries(props.tags ?? {})) {
      checkLiteral('stage-tags', key, tagKeyProblem);
      checkLiteral('stage-tags', value, v => tagValueProblem(key, v));
    }
    this.stageName = props.stageName;
    this.webSocketApi = props.webSocketApi;
    this.autoDeploy = props.autoDeploy ?? false;

    for (const [name, value] of Object.entries(props.stageVariables ?? {})) this.addStageVariable(name, value);
    const defaults = props.defaultRouteSettings ? renderRouteSettings(props.defaultRouteSettings) : undefined;
    const { settings: accessLogSettings, logGroup } = renderAccessLogSettings(this, props.accessLogging, WEBSOCKET_ACCESS_LOG_FORMAT);
    this.accessLogGroup = logGroup;

    const resource = new CfnStage(this, 'Resource', {
      apiId: props.webSocketApi.apiId,
      stageName: props.stageName,
      autoDeploy: props.autoDeploy,
      description: props.description,
      stageVariables: Lazy.any({ produce: () => (Object.keys(this.variables).length > 0 ? this.variables : undefined) }),
      defaultRouteSettings: defaults && hasAny(defaults) ? defaults : undefined,
      accessLogSettings,
      routeSettings: Lazy.any({ produce: () => (Object.keys(this.routeSettings).length > 0 ? this.routeSettings : undefined) }),
    });
    for (const [key, value] of Object.entries(props.tags ?? {})) Tags.of(resource).add(key, value);
    for (const s of props.routeSettings ?? []) this.addRouteSettings(s.route, s);

    // ApiMapping reads the API's id and construct (for its protocol) and the stage's name and construct
    // (for the dependency); aws-cdk-lib's IApi and IStage also ask for apiRef and stageRef, which it never reads.
    addStageDomainMapping(this as unknown as IStage, this.webSocketApi as unknown as IApi, props.domainMapping);
  }

  public get url(): string { return stageUrl(this.webSocketApi, this.stageName, 'wss'); }
  public get callbackUrl(): string { return stageUrl(this.webSocketApi, this.stageName, 'https'); }

  /** Adds a stage variable (checked at once against `stage-variable-name` and `stage-variable-value`). */
  public addStageVariable(name: string, value: string): void {
    checkStageVariable(name, value);
    this.variables[name] = value;
  }

  /** Adds settings for one route; the stage then depends on the route, which must exist when the stage is updated. */
  public addRouteSettings(route: IWebSocketRoute, settings: WebSocketRouteSettings): void {
    if (route.webSocketApi.apiId !== this.webSocketApi.apiId) {
      throw new SwitchyardError('stage-route-settings', `route ${route.node.path} belongs to another API than stage ${this.node.path}; route settings name routes of the stage's own API`);
    }
    const rendered = pascalRouteSettings(renderRouteSettings(settings));
    if (Object.keys(rendered).length === 0) return;
    this.routeSettings[route.routeKey] = rendered;
    this.node.addDependency(route);
  }

  /**
   * Adds a usage plan that applies to this stage (more stages can be added to it with `addStage`). Its
   * construct id is `id`, under this stage.
   */
  public addUsagePlan(id: string, options: WebSocketUsagePlanOptions = {}): WebSocketUsagePlan {
    return new WebSocketUsagePlan(this, id, { ...options, stages: [this] });
  }

  public metric(metricName: string, props?: MetricOptions): Metric { return stageMetric(this.webSocketApi, this.stageName, metricName, props); }
  public grantManageConnections(grantee: IGrantable): Grant { return grantManage(this.webSocketApi, grantee, this.stageName); }
}
