import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import { CfnStage } from 'aws-cdk-lib/aws-apigatewayv2';
import { ILogGroup, ILogGroupRef, LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { SwitchyardError } from './errors';
import type { IAccessLogSettings, IStage } from './stage';
import { isUnknownInput } from '../private/unknown-input';

/** STAGE-007: the format needs one of these, followed by a word boundary. */
export const REQUEST_ID = /\$context\.(requestId|extendedRequestId)\b|\$\{context\.(requestId|extendedRequestId)\}/;

/**
 * The format of a stage's access log lines: `$context` variables in a single line of text, which must
 * include `$context.requestId` or `$context.extendedRequestId`. Checked at once against
 * `stage-access-log-request-id` and `stage-access-log-single-line`; unresolved tokens are not checked.
 *
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/websocket-api-logging.html
 */
export class StageAccessLogFormat {
  /**
   * One JSON object per line: each field's value is a `$context` variable (or text holding some), such as
   * `{ requestId: '$context.requestId', status: '$context.status' }`. Values are written as JSON strings.
   */
  public static json(fields: { [name: string]: string }): StageAccessLogFormat {
    const body = Object.entries(fields).map(([name, value]) => `${JSON.stringify(name)}:"${value.replace(/"/g, '\\"')}"`).join(',');
    return new StageAccessLogFormat(`{${body}}`);
  }

  /** A format written out, such as `$context.requestId $context.status`; checked like the others. */
  public static custom(format: string): StageAccessLogFormat {
    return new StageAccessLogFormat(format);
  }

  /** The format as API Gateway takes it. */
  public readonly format: string;

  private constructor(format: string) {
    if (!isUnknownInput(format)) {
      if (!REQUEST_ID.test(format)) {
        throw new SwitchyardError('stage-access-log-request-id', `the access log format "${format.slice(0, 80)}" does not contain $context.requestId or $context.extendedRequestId; API Gateway requires one of them`);
      }
      const newline = format.indexOf('\n');
      if (newline >= 0 && newline !== format.length - 1) {
        throw new SwitchyardError('stage-access-log-single-line', `the access log format has a line break at character ${newline + 1}; expected a single line (a newline is allowed only at the end)`);
      }
    }
    this.format = format;
  }
}

/**
 * Access logging of a stage. On by default: JSON lines with the request id, written to a new CloudWatch
 * Logs log group.
 *
 * WebSocket (and REST) logging needs the account-level CloudWatch Logs role of API Gateway
 * (`AWS::ApiGateway::Account`) in the stage's account and region; without it the deployment fails with
 * "CloudWatch Logs role ARN must be set in account settings to enable logging".
 */
export interface StageAccessLogOptions {
  /**
   * Whether the stage writes access logs.
   *
   * @default true
   */
  readonly enabled?: boolean;

  /**
   * The log group the lines go to.
   *
   * @default - a new log group, kept for `retention`
   */
  readonly destination?: ILogGroup;

  /**
   * How long a log group created by the stage keeps the lines (ignored with `destination`).
   *
   * @default RetentionDays.ONE_YEAR
   */
  readonly retention?: RetentionDays;

  /**
   * The format of a line.
   *
   * @default - one JSON object per line with the request id and the protocol's usual fields
   */
  readonly format?: StageAccessLogFormat;
}

/**
 * The `AccessLogSettings` of a stage from its options (undefined when logging is off), creating the log
 * group under `scope` when none is given. Internal: shared by the HTTP and WebSocket stages.
 */
export function renderAccessLogSettings(
  scope: Construct, options: StageAccessLogOptions | undefined, defaultFormat: StageAccessLogFormat,
): { settings?: CfnStage.AccessLogSettingsProperty; logGroup?: ILogGroup } {
  if (options?.enabled === false) return {};
  const logGroup = options?.destination ?? new LogGroup(scope, 'AccessLogs', { retention: options?.retention ?? RetentionDays.ONE_YEAR });
  return {
    settings: { destinationArn: logGroup.logGroupArn, format: (options?.format ?? defaultFormat).format },
    logGroup,
  };
}

/** What an access log destination gives a stage once bound to it. */
export interface AccessLogDestinationConfig {
  /** The ARN of the destination, such as a CloudWatch Logs log group. */
  readonly destinationArn: string;
}

/** Where a stage's access logs go, as aws-cdk-lib's `accessLogSettings` takes it. */
export interface IAccessLogDestination {
  /** Binds the destination to a stage. */
  bind(stage: IStage): AccessLogDestinationConfig;
}

/** A CloudWatch Logs log group as the destination of a stage's access logs. */
export class LogGroupLogDestination implements IAccessLogDestination {
  constructor(private readonly logGroup: ILogGroupRef) {}

  public bind(_stage: IStage): AccessLogDestinationConfig {
    return { destinationArn: this.logGroup.logGroupRef.logGroupArn };
  }
}

/**
 * The `AccessLogSettings` of a stage given aws-cdk-lib's `accessLogSettings`: the destination bound to the
 * stage, and the format (`defaultFormat` when none is given) checked as `StageAccessLogFormat` checks its own.
 * Internal: shared by the HTTP and WebSocket stages.
 */
export function renderCdkAccessLogSettings(
  stage: IStage, settings: IAccessLogSettings, defaultFormat: AccessLogFormat,
): CfnStage.AccessLogSettingsProperty {
  const format = (settings.format ?? defaultFormat).toString();
  return { destinationArn: settings.destination.bind(stage).destinationArn, format: StageAccessLogFormat.custom(format).format };
}
