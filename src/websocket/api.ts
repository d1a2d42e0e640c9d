import { Resource, Stack, Tags } from 'aws-cdk-lib';
import { ApiReference, CfnApi, IApiRef } from 'aws-cdk-lib/aws-apigatewayv2';
import { Metric, MetricOptions } from 'aws-cdk-lib/aws-cloudwatch';
import { Grant, IGrantable } from 'aws-cdk-lib/aws-iam';
import { Construct } from 'constructs';
import { WebSocketApiKeySelectionExpression } from './api-key-selection-expression';
import { WebSocketModel, WebSocketModelOptions } from './model';
import { executeApiArnV2, grantManage, metricOf } from './private/api-helpers';
import { WebSocketRoute, WebSocketRouteOptions } from './route';
import type { IApi } from '../common/api';
import { IpAddressType } from '../common/domain-name';
import { SwitchyardError } from '../common/errors';
import { WebSocketRouteKey } from '../common/route-key';
import { ApiKeySelectionExpression, WebSocketRouteSelectionExpression } from '../common/selection-expression';
import { IMPORT_ATTRIBUTES_REQUIRED } from '../common/usage-errors';
import { adopt } from '../private/adopt';
import { constructIdOf } from '../private/construct-id';
import { executeApiArn } from '../private/execute-api-arn';
import { injectProps } from '../private/property-injection';
import { isUnknownInput } from '../private/unknown-input';

/**
 * A reference to a WebSocket API, as aws-cdk-lib's `IWebSocketApiRef`: an API reference known to be a
 * WebSocket API, accepted where aws-cdk-lib's WebSocket constructs take one.
 */
export interface IWebSocketApiRef extends IApiRef {
  /** Always true: tells a WebSocket API from an HTTP API where both are references to an API. */
  readonly isWebsocketApi: boolean;
}

/** A WebSocket API, created here or imported. */
export interface IWebSocketApi extends IApi, IWebSocketApiRef {

  /** The number of connect requests sent to the `$connect` route (sum over 5 minutes by default). */
  metricConnectCount(props?: MetricOptions): Metric;

  /** The number of messages sent to and from clients (sum over 5 minutes by default). */
  metricMessageCount(props?: MetricOptions): Metric;

  /** The number of requests that returned a 4XX/5XX error from the integration (sum over 5 minutes by default). */
  metricIntegrationError(props?: MetricOptions): Metric;

  /** The number of requests that API Gateway answered with a 4XX error before invoking the integration (sum over 5 minutes by default). */
  metricClientError(props?: MetricOptions): Metric;

  /** The number of errors while invoking the integration (sum over 5 minutes by default). */
  metricExecutionError(props?: MetricOptions): Metric;

  /** The time between API Gateway sending a request to the integration and receiving its answer (average over 5 minutes by default). */
  metricIntegrationLatency(props?: MetricOptions): Metric;

  /**
   * Grants `execute-api:ManageConnections` on the `@connections` API of every stage: posting to, reading
   * and closing client connections through the callback URL.
   */
  grantManageConnections(grantee: IGrantable): Grant;

  /**
   * The `execute-api` ARN of a route in a stage, for IAM policies: `<api>/<stage>/<route>`.
   *
   * @param route The route key, such as `$connect` or `sendmessage`.
   * @param stage The stage name.
   * @default - every route (`*`) of every stage (`*`)
   */
  arnForExecuteApiV2(route?: string, stage?: string): string;

  /**
   * The `execute-api` ARN as aws-cdk-lib's `WebSocketApi.arnForExecuteApi` builds it, for HTTP-style
   * `<api>/<stage>/<method><path>` resources: `ANY` becomes `*`, the path must start with `/`
   * (`http-route-key`). WebSocket routes have no method or path: use `arnForExecuteApiV2(route, stage)`.
   *
   * @deprecated Use `arnForExecuteApiV2()` instead.
   * @default - every method, path and stage
   */
  arnForExecuteApi(method?: string, path?: string, stage?: string): string;
}

/** Properties of a WebSocket API. */
export interface WebSocketApiProps {
  /**
   * The name of the API, 1 to 128 characters.
   *
   * @default - the construct's id
   */
  readonly apiName?: string;

  /**
   * A description of the API.
   *
   * @default - none
   */
  readonly description?: string;

  /**
   * How API Gateway picks the route of a message: a `WebSocketRouteSelectionExpression`, or the expression
   * as a string (as aws-cdk-lib takes it), parsed at once with the same grammar (`ws-route-selection-expression`).
   *
   * @default WebSocketRouteSelectionExpression.REQUEST_BODY_ACTION (`$request.body.action`)
   */
  readonly routeSelectionExpression?: string | WebSocketRouteSelectionExpression;

  /**
   * Where API Gateway reads the API key of a connection, for routes that require one: Switchyard's
   * `ApiKeySelectionExpression` or aws-cdk-lib's `WebSocketApiKeySelectionExpression`.
   *
   * @default - none (API keys are not checked)
   */
  readonly apiKeySelectionExpression?: ApiKeySelectionExpression | WebSocketApiKeySelectionExpression;

  /**
   * Whether clients can reach the API only through a custom domain name: true disables the default
   * `execute-api` endpoint.
   *
   * @default false
   */
  readonly disableExecuteApiEndpoint?: boolean;

  /**
   * Which IP address types can invoke the API.
   *
   * @default - API Gateway's default, IPv4 only
   */
  readonly ipAddressType?: IpAddressType;

  /**
   * Whether a deployment skips validating the API's model schemas.
   *
   * @default false
   */
  readonly disableSchemaValidation?: boolean;

  /**
   * The `$connect` route, run when a client connects.
   *
   * @default - no `$connect` route
   */
  readonly connectRouteOptions?: WebSocketRouteOptions;

  /**
   * The `$disconnect` route, run after a connection closes.
   *
   * @default - no `$disconnect` route
   */
  readonly disconnectRouteOptions?: WebSocketRouteOptions;

  /**
   * The `$default` route, run for messages no other route matches.
   *
   * @default - no `$default` route
   */
  readonly defaultRouteOptions?: WebSocketRouteOptions;

  /**
   * Tags for the API.
   *
   * @default - no tags
   */
  readonly tags?: { [key: string]: string };
}

/** The attributes of a WebSocket API defined elsewhere: its id as `webSocketApiId` or `webSocketId` (aws-cdk-lib's name). */
export interface WebSocketApiAttributes {
  /**
   * The id of the API.
   *
   * @default - `webSocketId`; one of them is required (`api-protocol-type`)
   */
  readonly webSocketApiId?: string;

  /**
   * The id of the API, as aws-cdk-lib names it.
   *
   * @default - `webSocketApiId`
   */
  readonly webSocketId?: string;

  /**
   * The default endpoint of the API.
   *
   * @default - `wss://<api-id>.execute-api.<region>.<url-suffix>` of the importing stack
   */
  readonly apiEndpoint?: string;
}

/** S003 CreateApiInput.name, SDK StringWithLengthBetween1And128. */
const API_NAME_MAX_LENGTH = 128;

/** The `PROPERTY_INJECTION_ID` of `WebSocketApi` (a constant: esbuild renames a class that names itself in its body). */
const WEB_SOCKET_API_INJECTION_ID = 'cdk-switchyard.WebSocketApi';

/**
 * A WebSocket API (`AWS::ApiGatewayV2::Api` with protocol `WEBSOCKET`): routes picked by the route
 * selection expression, each with an integration. Every literal input is checked at once, and the
 * Switchyard rules run on the stack at synth.
 *
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-websocket-api.html
 * @resource AWS::ApiGatewayV2::Api
 */
export class WebSocketApi extends Resource implements IWebSocketApi {
  /** The id of this class for property injectors (`PropertyInjectors`), which apply to its props. */
  public static readonly PROPERTY_INJECTION_ID: string = WEB_SOCKET_API_INJECTION_ID;

  /** Imports a WebSocket API defined elsewhere. */
  public static fromWebSocketApiAttributes(scope: Construct, id: string, attrs: WebSocketApiAttributes): IWebSocketApi {
    const apiId = attrs.webSocketApiId ?? attrs.webSocketId;
    if (apiId === undefined) {
      throw new SwitchyardError(IMPORT_ATTRIBUTES_REQUIRED, `WebSocketApi.fromWebSocketApiAttributes(${id}) needs webSocketApiId or webSocketId`);
    }
    class Import extends Resource implements IWebSocketApi {
      public readonly apiId = apiId!;
      public readonly apiEndpoint: string;
      public readonly isWebsocketApi = true;
      constructor() {
        super(scope, id);
        const stack = Stack.of(this);
        this.apiEndpoint = attrs.apiEndpoint ?? `wss://${apiId}.execute-api.${stack.region}.${stack.urlSuffix}`;
      }
      public get apiRef(): ApiReference { return { apiId: this.apiId }; }
      public metric(metricName: string, props?: MetricOptions): Metric { return metricOf(this, metricName, props); }
      public metricConnectCount(props?: MetricOptions): Metric { return metricOf(this, 'ConnectCount', props, 'Sum'); }
      public metricMessageCount(props?: MetricOptions): Metric { return metricOf(this, 'MessageCount', props, 'Sum'); }
      public metricIntegrationError(props?: MetricOptions): Metric { return metricOf(this, 'IntegrationError', props, 'Sum'); }
      public metricClientError(props?: MetricOptions): Metric { return metricOf(this, 'ClientError', props, 'Sum'); }
      public metricExecutionError(props?: MetricOptions): Metric { return metricOf(this, 'ExecutionError', props, 'Sum'); }
      public metricIntegrationLatency(props?: MetricOptions): Metric { return metricOf(this, 'IntegrationLatency', props, 'Average'); }
      public grantManageConnections(grantee: IGrantable): Grant { return grantManage(this, grantee); }
      public arnForExecuteApiV2(route?: string, stage?: string): string { return executeApiArnV2(this, route, stage); }
      public arnForExecuteApi(method?: string, path?: string, stage?: string): string { return executeApiArn(this, this.apiId, method, path, stage); }
    }
    return new Import();
  }

  public readonly isWebsocketApi = true;
  public readonly apiId: string;
  public readonly apiEndpoint: string;

  /** The name of the API. */
  public readonly webSocketApiName: string;

  /** The route selection expression of the API. */
  public readonly routeSelectionExpression: WebSocketRouteSelectionExpression;

  constructor(scope: Construct, id: string, props: WebSocketApiProps = {}) {
    super(scope, id);
    props = injectProps(WEB_SOCKET_API_INJECTION_ID, props, scope, id);
    adopt(this);

    // The construct id, as aws-cdk-lib names the API: a migrated API keeps its name.
    const name = props.apiName ?? id;
    if (!isUnknownInput(name) && (name.length < 1 || name.length > API_NAME_MAX_LENGTH)) {
      throw new SwitchyardError('api-name-length', `the API name has ${name.length} characters; expected 1 to ${API_NAME_MAX_LENGTH}`);
    }
    this.webSocketApiName = name;
    this.routeSelectionExpression = typeof props.routeSelectionExpression === 'string'
      ? WebSocketRouteSelectionExpression.custom(props.routeSelectionExpression)
      : props.routeSelectionExpression ?? WebSocketRouteSelectionExpression.REQUEST_BODY_ACTION;
    const apiKeys = props.apiKeySelectionExpression;

    const resource = new CfnApi(this, 'Resource', {
      name,
      protocolType: 'WEBSOCKET',
      description: props.description,
      routeSelectionExpression: this.routeSelectionExpression.expression,
      apiKeySelectionExpression: apiKeys instanceof WebSocketApiKeySelectionExpression ? apiKeys.customApiKeySelector : apiKeys?.expression,
      disableExecuteApiEndpoint: props.disableExecuteApiEndpoint,
      ipAddressType: props.ipAddressType,
      disableSchemaValidation: props.disableSchemaValidation,
    });
    for (const [key, value] of Object.entries(props.tags ?? {})) Tags.of(resource).add(key, value);
    this.apiId = resource.ref;
    this.apiEndpoint = resource.attrApiEndpoint;

    if (props.connectRouteOptions) this.addRoute(WebSocketRouteKey.CONNECT, props.connectRouteOptions);
    if (props.disconnectRouteOptions) this.addRoute(WebSocketRouteKey.DISCONNECT, props.disconnectRouteOptions);
    if (props.defaultRouteOptions) this.addRoute(WebSocketRouteKey.DEFAULT, props.defaultRouteOptions);
  }

  public get apiRef(): ApiReference {
    return { apiId: this.apiId };
  }

  /**
   * Adds a route. The key is a `WebSocketRouteKey` or, as aws-cdk-lib takes it, a string (`$connect`,
   * `$disconnect`, `$default` or a custom key), parsed at once (`ws-route-key`). Its construct id is
   * `<key>-Route` (a token in the key becomes `Token`).
   */
  public addRoute(routeKey: string | WebSocketRouteKey, options: WebSocketRouteOptions): WebSocketRoute {
    const key = typeof routeKey === 'string' ? routeKeyOf(routeKey) : routeKey;
    return new WebSocketRoute(this, constructIdOf(this, `${key.key}-Route`), { webSocketApi: this, routeKey: key, ...options });
  }

  /** Adds a model, for route request and response validation. */
  public addModel(id: string, options: WebSocketModelOptions): WebSocketModel {
    return new WebSocketModel(this, id, { webSocketApi: this, ...options });
  }

  public metric(metricName: string, props?: MetricOptions): Metric { return metricOf(this, metricName, props); }
  public metricConnectCount(props?: MetricOptions): Metric { return metricOf(this, 'ConnectCount', props, 'Sum'); }
  public metricMessageCount(props?: MetricOptions): Metric { return metricOf(this, 'MessageCount', props, 'Sum'); }
  public metricIntegrationError(props?: MetricOptions): Metric { return metricOf(this, 'IntegrationError', props, 'Sum'); }
  public metricClientError(props?: MetricOptions): Metric { return metricOf(this, 'ClientError', props, 'Sum'); }
  public metricExecutionError(props?: MetricOptions): Metric { return metricOf(this, 'ExecutionError', props, 'Sum'); }
  public metricIntegrationLatency(props?: MetricOptions): Metric { return metricOf(this, 'IntegrationLatency', props, 'Average'); }
  public grantManageConnections(grantee: IGrantable): Grant { return grantManage(this, grantee); }
  public arnForExecuteApiV2(route?: string, stage?: string): string { return executeApiArnV2(this, route, stage); }
  /** @deprecated Use `arnForExecuteApiV2()` instead. */
  public arnForExecuteApi(method?: string, path?: string, stage?: string): string { return executeApiArn(this, this.apiId, method, path, stage); }
}

/** A route key given as a string: the three predefined keys, or a custom key checked as `WebSocketRouteKey.custom` checks it. */
function routeKeyOf(key: string): WebSocketRouteKey {
  const predefined = [WebSocketRouteKey.CONNECT, WebSocketRouteKey.DISCONNECT, WebSocketRouteKey.DEFAULT].find(k => k.key === key);
  return predefined ?? WebSocketRouteKey.custom(key);
}
