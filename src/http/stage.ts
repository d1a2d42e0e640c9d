import { Annotations, Lazy, Resource, Stack, Tags } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import { CfnStage, IStageRef, StageReference } from 'aws-cdk-lib/aws-apigatewayv2';
import { Metric, MetricOptions } from 'aws-cdk-lib/aws-cloudwatch';
import { ILogGroup, LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import type { IHttpApi, IHttpApiRef } from './api';
import { WARNING_ID_PREFIX } from '../check/register';
import { REQUEST_ID, renderCdkAccessLogSettings } from '../common/access-log';
import type { ApiMapping } from '../common/api-mapping';
import { SwitchyardError } from '../common/errors';
import { HttpRouteKey } from '../common/route-key';
import type { DomainMappingOptions, IAccessLogSettings, IStage, StageAttributes, ThrottleSettings } from '../common/stage';
import { checkStageName, checkStageVariable } from '../common/stage-base';
import { IMPORTED_RESOURCE } from '../common/usage-errors';
import { adopt } from '../private/adopt';
import { httpApiOf } from '../private/api-of';
import { checkLiteral } from '../private/domain-checks';
import { injectProps } from '../private/property-injection';
import { addStageDomainMapping } from '../private/stage-domain-mapping';
import { isUnknownInput, isUnresolvedKey } from '../private/unknown-input';
import { tagKeyProblem, tagValueProblem } from '../rules/domain/checks';
import { descriptionProblem } from '../rules/stage/checks';

/**
 * A reference to a stage of an HTTP API, as aws-cdk-lib's `IHttpStageRef`: a stage reference known to be
 * of an HTTP API.
 */
export interface IHttpStageRef extends IStageRef {
  /** Always true: tells an HTTP API stage from a WebSocket API stage. */
  readonly isHttpStage: boolean;
}

/** A stage of an HTTP API. */
export interface IHttpStage extends IStage, IHttpStageRef {
  /** The API of the stage. */
  readonly api: IHttpApi;

  /**
   * The URL of the stage on its custom domain name: `https://<domain>/<mapping key>`. Throws
   * (`mapping-required`) when the stage has no `domainMapping`.
   */
  readonly domainUrl: string;

  /** Client errors (4XX) of the stage, summed over 5 minutes. */
  metricClientError(props?: MetricOptions): Metric;

  /** Server errors (5XX) of the stage, summed over 5 minutes. */
  metricServerError(props?: MetricOptions): Metric;

  /** Bytes processed by the stage, summed over 5 minutes. */
  metricDataProcessed(props?: MetricOptions): Metric;

  /** Requests to the stage, as the sample count over 5 minutes. */
  metricCount(props?: MetricOptions): Metric;

  /** The time between API Gateway relaying a request to the integration and receiving its response, averaged over 5 minutes. */
  metricIntegrationLatency(props?: MetricOptions): Metric;

  /** The time between API Gateway receiving a request and returning its response, averaged over 5 minutes. */
  metricLatency(props?: MetricOptions): Metric;
}

/** Throttling limits (the same as `ThrottleSettings`, kept for existing code). */
export interface HttpThrottleSettings extends ThrottleSettings {}

/** Settings of one route in a stage. */
export interface HttpRouteSettings {
  /** The route the settings apply to. */
  readonly routeKey: HttpRouteKey;

  /**
   * Throttling limits of the route.
   *
   * @default - the stage's limits
   */
  readonly throttle?: ThrottleSettings;

  /**
   * Whether the route publishes detailed (per-route) metrics.
   *
   * @default - the stage's setting
   */
  readonly detailedMetricsEnabled?: boolean;
}

/**
 * The format of a stage's access log lines: one line per request, holding `$context.requestId` (or
 * `extendedRequestId`) so that a log line can be traced.
 *
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-logging-variables.html
 */
export class HttpAccessLogFormat {
  /** A JSON line with the request id, caller, time, route, status, latencies and integration error. */
  public static jsonWithStandardFields(): HttpAccessLogFormat {
    return HttpAccessLogFormat.fromFields({
      requestId: 'requestId',
      ip: 'identity.sourceIp',
      requestTime: 'requestTime',
      httpMethod: 'httpMethod',
      routeKey: 'routeKey',
      status: 'status',
      protocol: 'protocol',
      responseLength: 'responseLength',
      responseLatency: 'responseLatency',
      integrationLatency: 'integrationLatency',
      integrationError: 'integrationErrorMessage',
    });
  }

  /**
   * A JSON line with one field per context variable, given without `$context.` (for example
   * `{ requestId: 'requestId', ip: 'identity.sourceIp' }`); `requestId` is added when no field holds it.
   */
  public static fromFields(fields: { [name: string]: string }): HttpAccessLogFormat {
    const all = Object.values(fields).some(v => v === 'requestId' || v === 'extendedRequestId') ? fields : { requestId: 'requestId', ...fields };
    return HttpAccessLogFormat.custom(`{${Object.entries(all).map(([k, v]) => `${JSON.stringify(k)}:"$context.${v}"`).join(',')}}`);
  }

  /** A format written out; it must be one line and hold `$context.requestId` or `$context.extendedRequestId` (or `${context.requestId}`). */
  public static custom(format: string): HttpAccessLogFormat {
    if (!isUnknownInput(format)) {
      if (!REQUEST_ID.test(format)) {
        throw new SwitchyardError('stage-access-log-request-id', 'the access log format does not contain $context.requestId or $context.extendedRequestId; API Gateway requires one');
      }
      if (/[\r\n]./s.test(format)) {
        throw new SwitchyardError('stage-access-log-single-line', 'the access log format spans several lines; it must be a single line (a newline is allowed only at the end)');
      }
    }
    return new HttpAccessLogFormat(format);
  }

  /** The format as API Gateway takes it. */
  public readonly format: string;

  private constructor(format: string) {
    this.format = format;
  }
}

/** A custom domain name mapping for a stage (the same as `DomainMappingOptions`, kept for existing code). */
export interface HttpStageDomainMapping extends DomainMappingOptions {}

/** Options of an HTTP API stage. */
export interface HttpStageOptions {
  /**
   * The name of the stage: `$default` (served at the root of the endpoint) or 1 to 128 letters, digits,
   * hyphens and underscores.
   *
   * @default '$default'
   */
  readonly stageName?: string;

  /**
   * Whether every change of the API is deployed to the stage at once. A stage without auto-deploy needs an
   * `HttpDeployment`. Off by default for a stage you add, as in aws-cdk-lib (a migrated stage is not
   * redeployed behind its owner's back); the API's default stage deploys automatically.
   *
   * @default - true for the API's default stage, false for other stages
   */
  readonly autoDeploy?: boolean;

  /**
   * A description of the stage, at most 1,024 characters.
   *
   * @default - none
   */
  readonly description?: string;

  /**
   * Stage variables: names of 1 to 64 letters, digits and underscores; values of 1 to 512 characters.
   *
   * @default - none
   */
  readonly stageVariables?: { [name: string]: string };

  /**
   * Default throttling limits of every route.
   *
   * @default - the account's limits
   */
  readonly throttle?: ThrottleSettings;

  /**
   * Whether every route publishes detailed (per-route) metrics.
   *
   * @default false
   */
  readonly detailedMetricsEnabled?: boolean;

  /**
   * Settings of individual routes.
   *
   * @default - none
   */
  readonly routeSettings?: HttpRouteSettings[];

  /**
   * Whether the stage writes access logs.
   *
   * @default true
   */
  readonly accessLogging?: boolean;

  /**
   * The log group of the access logs.
   *
   * @default - a new log group
   */
  readonly accessLogGroup?: ILogGroup;

  /**
   * The retention of the new access log group (ignored when `accessLogGroup` is given).
   *
   * @default RetentionDays.ONE_YEAR
   */
  readonly accessLogRetention?: RetentionDays;

  /**
   * The format of the access log lines.
   *
   * @default HttpAccessLogFormat.jsonWithStandardFields()
   */
  readonly accessLogFormat?: HttpAccessLogFormat;

  /**
   * Access logging as aws-cdk-lib takes it: a destination (`LogGroupLogDestination`) and an aws-cdk-lib
   * `AccessLogFormat`. When given, it replaces `accessLogging`, `accessLogGroup`, `accessLogRetention` and
   * `accessLogFormat`, and the stage creates no log group.
   *
   * @default - the access logs of `accessLogging`
   */
  readonly accessLogSettings?: IAccessLogSettings;

  /**
   * Maps the stage to a custom domain name.
   *
   * @default - no mapping
   */
  readonly domainMapping?: DomainMappingOptions;

  /**
   * Tags for the stage.
   *
   * @default - none
   */
  readonly tags?: { [key: string]: string };
}

/** Properties of an HTTP API stage. */
export interface HttpStageProps extends HttpStageOptions {
  /** The API of the stage: a Switchyard `HttpApi` or one imported with `HttpApi.fromHttpApiAttributes`. */
  readonly httpApi: IHttpApiRef;
}

abstract class HttpStageBase extends Resource implements IHttpStage {
  public abstract readonly stageName: string;
  public abstract readonly api: IHttpApi;
  public abstract readonly domainUrl: string;
  public readonly isHttpStage = true;

  /** The URL of the stage on the API's default endpoint (`$default` is served at the root). */
  public get url(): string {
    return stageUrl(this.api, this.stageName);
  }

  public get stageRef(): StageReference {
    return { apiId: this.api.apiId, stageName: this.stageName };
  }

  public metric(metricName: string, props?: MetricOptions): Metric {
    return new Metric({ namespace: 'AWS/ApiGateway', metricName, dimensionsMap: { ApiId: this.api.apiId, Stage: this.stageName }, ...props }).attachTo(this);
  }

  public metricClientError(props?: MetricOptions): Metric {
    return this.metric('4xx', { statistic: 'Sum', ...props });
  }

  public metricServerError(props?: MetricOptions): Metric {
    return this.metric('5xx', { statistic: 'Sum', ...props });
  }

  public metricDataProcessed(props?: MetricOptions): Metric {
    return this.metric('DataProcessed', { statistic: 'Sum', ...props });
  }

  public metricCount(props?: MetricOptions): Metric {
    return this.metric('Count', { statistic: 'SampleCount', ...props });
  }

  public metricIntegrationLatency(props?: MetricOptions): Metric {
    return this.metric('IntegrationLatency', props);
  }

  public metricLatency(props?: MetricOptions): Metric {
    return this.metric('Latency', props);
  }

  public abstract addStageVariable(name: string, value: string): void;
}

/** The `PROPERTY_INJECTION_ID` of `HttpStage` (a constant: esbuild renames a class that names itself in its body). */
const HTTP_STAGE_INJECTION_ID = 'cdk-switchyard.HttpStage';

/**
 * A stage of an HTTP API (`AWS::ApiGatewayV2::Stage`): `$default` or named, deployed automatically or by an
 * `HttpDeployment`, with stage variables, throttling, per-route settings, metrics, and access logs (on by
 * default, as JSON lines holding the request id, to a new log group).
 *
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-stages.html
 * @resource AWS::ApiGatewayV2::Stage
 */
export class HttpStage extends HttpStageBase {
  /** The id of this class for property injectors (`PropertyInjectors`), which apply to its props. */
  public static readonly PROPERTY_INJECTION_ID: string = HTTP_STAGE_INJECTION_ID;

  /** Imports a stage defined elsewhere. */
  public static fromHttpStageAttributes(scope: Construct, id: string, attrs: HttpStageAttributes): IHttpStage {
    class Import extends HttpStageBase {
      public readonly stageName = attrs.stageName;
      public readonly api = attrs.api;
      public get domainUrl(): string {
        throw new SwitchyardError(IMPORTED_RESOURCE, `${this.node.path} is an imported stage: its custom domain URL is not known here`);
      }
      public addStageVariable(): void {
        throw new SwitchyardError(IMPORTED_RESOURCE, `${this.node.path} is imported: its stage variables cannot be changed here`);
      }
    }
    return new Import(scope, id);
  }

  public readonly stageName: string;
  public readonly api: IHttpApi;
  /** Whether the stage deploys every change automatically. */
  public readonly autoDeploy: boolean;
  /**
   * The access log group.
   *
   * @default - none, when access logging is off
   */
  public readonly accessLogGroup?: ILogGroup;

  private readonly variables: { [name: string]: string } = {};
  private readonly apiMapping?: ApiMapping;
  /** RouteSettings is a JSON map in CloudFormation: its members are written in their CloudFormation case. */
  private readonly routeSettings: { [key: string]: { [name: string]: number | boolean } } = {};

  constructor(scope: Construct, id: string, props: HttpStageProps) {
    super(scope, id);
    props = injectProps(HTTP_STAGE_INJECTION_ID, props, scope, id);
    adopt(this);
    this.api = httpApiOf(props.httpApi);
    this.stageName = props.stageName ?? '$default';
    this.autoDeploy = props.autoDeploy ?? false;
    this.check(props);
    for (const [name, value] of Object.entries(props.stageVariables ?? {})) this.addStageVariable(name, value);
    for (const settings of props.routeSettings ?? []) this.addRouteSettings(settings);

    if (props.accessLogSettings) {
      if (props.accessLogging !== undefined || props.accessLogGroup || props.accessLogFormat || props.accessLogRetention) {
        Annotations.of(this).addWarningV2(`${WARNING_ID_PREFIX}stage-access-log-settings`, '[stage-access-log-settings] accessLogSettings is given: accessLogging, accessLogGroup, accessLogRetention and accessLogFormat are ignored');
      }
    } else if (props.accessLogging ?? true) {
      this.accessLogGroup = props.accessLogGroup
        ?? new LogGroup(this, 'AccessLogs', { retention: props.accessLogRetention ?? RetentionDays.ONE_YEAR });
    } else if (props.accessLogGroup || props.accessLogFormat) {
      // Not a deploy error (nothing is emitted for them), so a warning, as stage-access-log-settings is.
      Annotations.of(this).addWarningV2(`${WARNING_ID_PREFIX}stage-access-log-settings`, '[stage-access-log-settings] accessLogging is false, yet an access log group or format is given: they are ignored');
    }

    const resource = new CfnStage(this, 'Resource', {
      apiId: this.api.apiId,
      stageName: this.stageName,
      autoDeploy: props.autoDeploy,
      description: props.description,
      stageVariables: Lazy.any({ produce: () => Object.keys(this.variables).length > 0 ? this.variables : undefined }),
      defaultRouteSettings: props.throttle || props.detailedMetricsEnabled !== undefined ? {
        throttlingRateLimit: props.throttle?.rateLimit,
        throttlingBurstLimit: props.throttle?.burstLimit,
        detailedMetricsEnabled: props.detailedMetricsEnabled,
      } : undefined,
      routeSettings: Lazy.any({ produce: () => Object.keys(this.routeSettings).length > 0 ? this.routeSettings : undefined }),
      accessLogSettings: props.accessLogSettings
        ? renderCdkAccessLogSettings(this, props.accessLogSettings, this.defaultAccessLogFormat())
        : this.accessLogGroup ? {
          destinationArn: this.accessLogGroup.logGroupArn,
          format: (props.accessLogFormat ?? HttpAccessLogFormat.jsonWithStandardFields()).format,
        } : undefined,
    });
    for (const [key, value] of Object.entries(props.tags ?? {})) Tags.of(resource).add(key, value);

    this.apiMapping = addStageDomainMapping(this, this.api, props.domainMapping);
  }

  /** The API of the stage, as aws-cdk-lib's stages name it. */
  protected get baseApi(): IHttpApi {
    return this.api;
  }

  public get domainUrl(): string {
    if (!this.apiMapping) {
      throw new SwitchyardError('mapping-required', `stage ${this.node.path} has no domainMapping, so it has no custom domain URL`);
    }
    return this.apiMapping.domainUrl;
  }

  /**
   * The format of the access log lines when `accessLogSettings` names no format: the Common Log Format with
   * the request id, as aws-cdk-lib's HTTP stages write (Switchyard's own `accessLogging` writes JSON lines).
   */
  public defaultAccessLogFormat(): AccessLogFormat {
    return AccessLogFormat.clf();
  }

  /** Adds a stage variable: a name of 1 to 64 letters, digits and underscores, a value of 1 to 512 characters. */
  public addStageVariable(name: string, value: string): void {
    checkStageVariable(name, value);
    this.variables[name] = value;
  }

  /** Adds the settings of one route. */
  public addRouteSettings(settings: HttpRouteSettings): void {
    const out: { [name: string]: number | boolean } = {};
    if (settings.throttle?.rateLimit !== undefined) out.ThrottlingRateLimit = settings.throttle.rateLimit;
    if (settings.throttle?.burstLimit !== undefined) out.ThrottlingBurstLimit = settings.throttle.burstLimit;
    if (settings.detailedMetricsEnabled !== undefined) out.DetailedMetricsEnabled = settings.detailedMetricsEnabled;
    this.routeSettings[settings.routeKey.key] = out;
  }

  private check(props: HttpStageProps): void {
    checkStageName(this.stageName);
    checkLiteral('stage-description', props.description, d => descriptionProblem('stage', d));
    for (const [key, value] of Object.entries(props.tags ?? {})) {
      const problem = (!isUnresolvedKey(key) && tagKeyProblem(key)) || (!isUnknownInput(value) && tagValueProblem(key, value));
      if (problem) throw new SwitchyardError('stage-tags', problem);
    }
    // Throttle values are warnings (stage-throttling-range, stage-throttling-limits): the rules report them at synth.
  }
}

/** The attributes of a stage defined elsewhere. */
export interface HttpStageAttributes extends StageAttributes {
  /** The API of the stage. */
  readonly api: IHttpApi;
}

function stageUrl(api: IHttpApi, stageName: string): string {
  const suffix = stageName === '$default' ? '' : stageName;
  return `https://${api.apiId}.execute-api.${Stack.of(api).region}.${Stack.of(api).urlSuffix}/${suffix}`;
}
