import { Annotations, Lazy, Resource, Stack, Tags } from 'aws-cdk-lib';
import { AccessLogField, AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import { CfnStage, StageReference } from 'aws-cdk-lib/aws-apigatewayv2';
import { Metric, MetricOptions } from 'aws-cdk-lib/aws-cloudwatch';
import { Grant, IGrantable } from 'aws-cdk-lib/aws-iam';
import { ILogGroup } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { IWebSocketApi } from './api';
import { WARNING_ID_PREFIX } from '../check/register';
import { grantManage } from './private/api-helpers';
import { IWebSocketRoute } from './route';
import { WebSocketUsagePlan, WebSocketUsagePlanOptions } from './usage-plan';
import { renderAccessLogSettings, renderCdkAccessLogSettings, StageAccessLogFormat, StageAccessLogOptions } from '../common/access-log';
import { SwitchyardError } from '../common/errors';
import type { DomainMappingOptions, IAccessLogSettings, IStage, StageAttributes, ThrottleSettings } from '../common/stage';
import { checkStageName, checkStageVariable } from '../common/stage-base';
import { IMPORT_ATTRIBUTES_REQUIRED, IMPORTED_RESOURCE } from '../common/usage-errors';
import { adopt } from '../private/adopt';
import { checkLiteral } from '../private/domain-checks';
import { injectProps } from '../private/property-injection';
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
  readonly throttle?: ThrottleSettings;

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
export interface IWebSocketStage extends IStage {
  /** The API the stage belongs to. */
  readonly webSocketApi: IWebSocketApi;

  /** The API the stage belongs to (the same as `webSocketApi`, as aws-cdk-lib names it). */
  readonly api: IWebSocketApi;

  /**
   * The callback URL of the `@connections` API, with which a backend posts to, reads and closes client
   * connections: `https://<api-id>.execute-api.<region>.<url-suffix>/<stage>`.
   */
  readonly callbackUrl: string;

  /** Grants `execute-api:ManageConnections` on the `@connections` API of this stage. */
  grantManageConnections(grantee: IGrantable): Grant;
}

/**
 * A custom domain name mapping for a WebSocket stage: the domain name and the mapping key (one path
 * segment for WebSocket APIs), the same as `DomainMappingOptions`.
 */
export interface WebSocketStageDomainMapping extends DomainMappingOptions {}

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
   * Throttling of every route, as aws-cdk-lib names it (`defaultRouteSettings.throttle` wins when both are given).
   *
   * @default - the account limits
   */
  readonly throttle?: ThrottleSettings;

  /**
   * Whether CloudWatch gets metrics per route, as aws-cdk-lib names it (`defaultRouteSettings.detailedMetricsEnabled`
   * wins when both are given).
   *
   * @default false
   */
  readonly detailedMetricsEnabled?: boolean;

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
   * Access logging as aws-cdk-lib takes it: a destination (`LogGroupLogDestination`) and an aws-cdk-lib
   * `AccessLogFormat`. When given, it replaces `accessLogging` (ignored then, with a
   * `stage-access-log-settings` warning), and the stage creates no log group.
   *
   * @default - the access logs of `accessLogging`
   */
  readonly accessLogSettings?: IAccessLogSettings;

  /**
   * Maps the stage to a custom domain name (an `ApiMapping`). A domain name that serves a WebSocket API
   * cannot also serve HTTP or REST APIs (`mapping-protocol-mix`).
   *
   * @default - no mapping
   */
  readonly domainMapping?: DomainMappingOptions;

  /**
   * Tags for the stage.
   *
   * @default - no tags
   */
  readonly tags?: { [key: string]: string };
}

/** The attributes of a WebSocket stage defined elsewhere: its API as `webSocketApi` or `api` (aws-cdk-lib's name). */
export interface WebSocketStageAttributes extends StageAttributes {
  /**
   * The API the stage belongs to.
   *
   * @default - `api`; one of them is required (`stage-name`)
   */
  readonly webSocketApi?: IWebSocketApi;

  /**
   * The API the stage belongs to, as aws-cdk-lib names it.
   *
   * @default - `webSocketApi`
   */
  readonly api?: IWebSocketApi;
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

/** aws-cdk-lib's WebSocket access log line: the Common Log Format adapted to WebSocket events, with the request id. */
function cdkWebSocketAccessLogFormat(): AccessLogFormat {
  const requester = [AccessLogField.contextIdentitySourceIp(), AccessLogField.contextIdentityCaller(), AccessLogField.contextIdentityUser()].join(' ');
  const request = [AccessLogField.contextEventType(), AccessLogField.contextRouteKey(), AccessLogField.contextConnectionId()].join(' ');
  const status = [AccessLogField.contextStatus(), AccessLogField.contextRequestId()].join(' ');
  return AccessLogFormat.custom(`${requester} [${AccessLogField.contextRequestTime()}] "${request}" ${status}`);
}

/** The `PROPERTY_INJECTION_ID` of `WebSocketStage` (a constant: esbuild renames a class that names itself in its body). */
const WEB_SOCKET_STAGE_INJECTION_ID = 'cdk-switchyard.WebSocketStage';

/**
 * A stage of a WebSocket API (`AWS::ApiGatewayV2::Stage`): a named, deployed snapshot of the API with
 * its own URL, variables, throttling and logging. Access logging is on by default.
 *
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/websocket-api-stages.html
 * @resource AWS::ApiGatewayV2::Stage
 */
export class WebSocketStage extends Resource implements IWebSocketStage {
  /** The id of this class for property injectors (`PropertyInjectors`), which apply to its props. */
  public static readonly PROPERTY_INJECTION_ID: string = WEB_SOCKET_STAGE_INJECTION_ID;

  /** Imports a stage defined elsewhere. */
  public static fromWebSocketStageAttributes(scope: Construct, id: string, attrs: WebSocketStageAttributes): IWebSocketStage {
    const api = attrs.webSocketApi ?? attrs.api;
    if (!api) throw new SwitchyardError(IMPORT_ATTRIBUTES_REQUIRED, `WebSocketStage.fromWebSocketStageAttributes(${id}) needs webSocketApi or api`);
    class Import extends Resource implements IWebSocketStage {
      public readonly stageName = attrs.stageName;
      public readonly webSocketApi = api!;
      public readonly api = api!;
      public get url(): string { return stageUrl(this.webSocketApi, this.stageName, 'wss'); }
      public get callbackUrl(): string { return stageUrl(this.webSocketApi, this.stageName, 'https'); }
      public get stageRef(): StageReference { return { apiId: this.webSocketApi.apiId, stageName: this.stageName }; }
      public metric(metricName: string, props?: MetricOptions): Metric { return stageMetric(this.webSocketApi, this.stageName, metricName, props); }
      public grantManageConnections(grantee: IGrantable): Grant { return grantManage(this.webSocketApi, grantee, this.stageName); }
      public addStageVariable(): void {
        throw new SwitchyardError(IMPORTED_RESOURCE, `${this.node.path} is imported: its stage variables cannot be changed here`);
      }
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
    props = injectProps(WEB_SOCKET_STAGE_INJECTION_ID, props, scope, id);
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
    const defaults = renderRouteSettings({
      throttle: props.throttle,
      detailedMetricsEnabled: props.detailedMetricsEnabled,
      ...props.defaultRouteSettings,
    });
    if (props.accessLogSettings && props.accessLogging) {
      // Nothing is emitted for the ignored options, so a warning, as in HttpStage.
      Annotations.of(this).addWarningV2(`${WARNING_ID_PREFIX}stage-access-log-settings`, '[stage-access-log-settings] accessLogSettings is given: accessLogging is ignored');
    }
    const { settings: accessLogSettings, logGroup } = props.accessLogSettings
      ? { settings: renderCdkAccessLogSettings(this, props.accessLogSettings, this.defaultAccessLogFormat()), logGroup: undefined }
      : renderAccessLogSettings(this, props.accessLogging, WEBSOCKET_ACCESS_LOG_FORMAT);
    this.accessLogGroup = logGroup;

    const resource = new CfnStage(this, 'Resource', {
      apiId: props.webSocketApi.apiId,
      stageName: props.stageName,
      autoDeploy: props.autoDeploy,
      description: props.description,
      stageVariables: Lazy.any({ produce: () => (Object.keys(this.variables).length > 0 ? this.variables : undefined) }),
      defaultRouteSettings: hasAny(defaults) ? defaults : undefined,
      accessLogSettings,
      routeSettings: Lazy.any({ produce: () => (Object.keys(this.routeSettings).length > 0 ? this.routeSettings : undefined) }),
    });
    for (const [key, value] of Object.entries(props.tags ?? {})) Tags.of(resource).add(key, value);
    for (const s of props.routeSettings ?? []) this.addRouteSettings(s.route, s);

    addStageDomainMapping(this, this.webSocketApi, props.domainMapping);
  }

  /** The API the stage belongs to, as aws-cdk-lib names it. */
  public get api(): IWebSocketApi { return this.webSocketApi; }

  /** The API the stage belongs to, as aws-cdk-lib's stages name it internally. */
  protected get baseApi(): IWebSocketApi { return this.webSocketApi; }

  public get stageRef(): StageReference { return { apiId: this.webSocketApi.apiId, stageName: this.stageName }; }

  /**
   * The format of the access log lines when `accessLogSettings` names no format: aws-cdk-lib's WebSocket line
   * (Switchyard's own `accessLogging` writes JSON lines).
   */
  public defaultAccessLogFormat(): AccessLogFormat { return cdkWebSocketAccessLogFormat(); }

  /** Grants `execute-api:ManageConnections` on the `@connections` API of this stage (the same as `grantManageConnections`). */
  public grantManagementApiAccess(identity: IGrantable): Grant { return grantManage(this.webSocketApi, identity, this.stageName); }

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
