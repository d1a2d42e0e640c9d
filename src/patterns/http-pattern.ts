import { ILogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { HttpIamAuthorizer } from '../authorizers/http-iam';
import { HttpMappingRequest, MappingValue } from '../common/mapping-value';
import { ThrottleSettings } from '../common/stage';
import { CorsPreflightOptions, HttpApi } from '../http/api';
import { IHttpRouteAuthorizer } from '../http/authorizer';

/**
 * The steady-state rate and burst a pattern's stage allows when the user sets none: low enough that a
 * runaway client cannot run up the backing service's bill, high enough for a new API's first users.
 * The account's own limit (10,000 requests per second, burst 5,000) would apply otherwise.
 */
export const PATTERN_THROTTLE: ThrottleSettings = { rateLimit: 100, burstLimit: 200 };

/** What every HTTP API pattern takes: the API's name, who may call it, and its stage's limits and logs. */
export interface HttpPatternProps {
  /**
   * The name of the API.
   *
   * @default - the pattern construct's id
   */
  readonly apiName?: string;

  /**
   * A description of the API.
   *
   * @default - none
   */
  readonly description?: string;

  /**
   * Who may call the pattern's routes. Give `new HttpNoneAuthorizer()` to open them to anyone.
   *
   * @default new HttpIamAuthorizer() - callers sign their requests with AWS Signature Version 4
   */
  readonly authorizer?: IHttpRouteAuthorizer;

  /**
   * The throttling of the API's `$default` stage, for every route.
   *
   * @default - 100 requests per second, bursts of 200
   */
  readonly throttle?: ThrottleSettings;

  /**
   * The log group of the stage's access logs (one JSON object per request). Give your own to encrypt the
   * logs with a KMS key.
   *
   * @default - a new log group, kept for `accessLogRetention`
   */
  readonly accessLogGroup?: ILogGroup;

  /**
   * How long the new access log group keeps its logs (ignored when `accessLogGroup` is given).
   *
   * @default RetentionDays.ONE_YEAR
   */
  readonly accessLogRetention?: RetentionDays;

  /**
   * CORS preflight of the API. Wildcard origins with credentials are rejected at synth
   * (`cors-credentials-wildcard`), as API Gateway rejects them.
   *
   * @default - no CORS: browsers on other origins cannot call the API
   */
  readonly corsPreflight?: CorsPreflightOptions;
}

/**
 * The pattern's HTTP API (construct id `Api` under the pattern) with the secure defaults: access logs on,
 * a throttled `$default` stage, no CORS, every route behind the pattern's authorizer.
 */
export function createPatternHttpApi(pattern: Construct, props: HttpPatternProps): HttpApi {
  return new HttpApi(pattern, 'Api', {
    apiName: props.apiName ?? pattern.node.id,
    description: props.description,
    corsPreflight: props.corsPreflight,
    defaultAuthorizer: props.authorizer ?? new HttpIamAuthorizer(),
    defaultStageOptions: {
      throttle: props.throttle ?? PATTERN_THROTTLE,
      accessLogging: true,
      accessLogGroup: props.accessLogGroup,
      accessLogRetention: props.accessLogRetention,
    },
  });
}

/** An AWS service action's parameters as API Gateway fills them in for a request: each value rendered. */
export function renderParameters(parameters: { [name: string]: MappingValue }, request: HttpMappingRequest): { [name: string]: string } {
  return Object.fromEntries(Object.entries(parameters).map(([name, value]) => [name, value.render(request)]));
}
