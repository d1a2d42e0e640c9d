import { IResource } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import { IDomainNameRef, IStageRef } from 'aws-cdk-lib/aws-apigatewayv2';
import { Metric, MetricOptions } from 'aws-cdk-lib/aws-cloudwatch';
import type { IAccessLogDestination } from './access-log';

/**
 * A stage of an HTTP or WebSocket API, created here or imported: the members aws-cdk-lib's `IStage` has. As
 * an `IStageRef`, it is accepted wherever aws-cdk-lib asks for a reference to a stage.
 */
export interface IStage extends IResource, IStageRef {
  /**
   * The name of the stage.
   *
   * @attribute
   */
  readonly stageName: string;

  /** The URL of the stage on the API's default endpoint. */
  readonly url: string;

  /**
   * A CloudWatch metric of the stage (dimensions `ApiId` and `Stage`).
   *
   * @default - average over 5 minutes
   */
  metric(metricName: string, props?: MetricOptions): Metric;

  /** Adds a stage variable, checked against `stage-variable-name` and `stage-variable-value`. */
  addStageVariable(name: string, value: string): void;
}

/**
 * Throttling for the routes of a stage. Both limits are optional; API Gateway applies the account limits
 * (10,000 requests per second, burst 5,000) where none is set. Out-of-range values are reported at synth
 * (`stage-throttling-range`, `stage-throttling-limits`).
 *
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-throttling.html
 */
export interface ThrottleSettings {
  /**
   * The steady-state rate limit, in requests (or messages) per second; 0 or more.
   *
   * @default - the account limit
   */
  readonly rateLimit?: number;

  /**
   * The burst limit: an integer from 0 to 2,147,483,647.
   *
   * @default - the account limit
   */
  readonly burstLimit?: number;
}

/** Maps a stage to a custom domain name, with an `ApiMapping` created under the stage. */
export interface DomainMappingOptions {
  /** The custom domain name: a Switchyard `DomainName`, aws-cdk-lib's, or any reference to one. */
  readonly domainName: IDomainNameRef;

  /**
   * The path under the domain at which the stage is served (one segment for a WebSocket API).
   *
   * @default - the root of the domain
   */
  readonly mappingKey?: string;
}

/**
 * Access logging as aws-cdk-lib's stages take it: a destination and a format. The format must hold
 * `$context.requestId` or `$context.extendedRequestId` (`stage-access-log-request-id`) on a single line
 * (`stage-access-log-single-line`).
 */
export interface IAccessLogSettings {
  /** Where the access log lines go. */
  readonly destination: IAccessLogDestination;

  /**
   * The format of a line.
   *
   * @default - the stage's `defaultAccessLogFormat()`: aws-cdk-lib's Common Log Format lines
   */
  readonly format?: AccessLogFormat;
}

/** Options of a stage common to HTTP and WebSocket APIs, as aws-cdk-lib names them. */
export interface StageOptions {
  /**
   * Whether every change of the API is deployed to the stage at once.
   *
   * @default - true for an HTTP API's default stage, false for every other stage, as in aws-cdk-lib
   */
  readonly autoDeploy?: boolean;

  /**
   * Maps the stage to a custom domain name.
   *
   * @default - no mapping
   */
  readonly domainMapping?: DomainMappingOptions;

  /**
   * Throttling of every route of the stage.
   *
   * @default - the account limits
   */
  readonly throttle?: ThrottleSettings;

  /**
   * A description of the stage, at most 1,024 characters.
   *
   * @default - none
   */
  readonly description?: string;

  /**
   * Whether every route publishes detailed (per-route) metrics.
   *
   * @default false
   */
  readonly detailedMetricsEnabled?: boolean;

  /**
   * Access logging to a destination of your choice.
   *
   * @default - Switchyard's own access logging (see each stage's `accessLogging`)
   */
  readonly accessLogSettings?: IAccessLogSettings;

  /**
   * Stage variables: names of 1 to 64 letters, digits and `_`, values of 1 to 512 of `[A-Za-z0-9-._~:/?#&=,]`.
   *
   * @default - none
   */
  readonly stageVariables?: { [name: string]: string };
}

/** The attributes of a stage defined elsewhere. */
export interface StageAttributes {
  /** The name of the stage. */
  readonly stageName: string;
}
