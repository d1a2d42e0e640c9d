import { IResource, Resource, Stack, Tags } from 'aws-cdk-lib';
import { CfnApi } from 'aws-cdk-lib/aws-apigatewayv2';
import { Metric, MetricOptions } from 'aws-cdk-lib/aws-cloudwatch';
import { Grant, IGrantable } from 'aws-cdk-lib/aws-iam';
import { Construct } from 'constructs';
import { WebSocketModel, WebSocketModelOptions } from './model';
import { executeApiArn, grantManage, metricOf } from './private/api-helpers';
import { WebSocketRoute, WebSocketRouteOptions } from './route';
import { IpAddressType } from '../common/domain-name';
import { SwitchyardError } from '../common/errors';
import { WebSocketRouteKey } from '../common/route-key';
import { ApiKeySelectionExpression, WebSocketRouteSelectionExpression } from '../common/selection-expression';
import { adopt } from '../private/adopt';
import { constructIdOf } from '../private/construct-id';
import { isUnknownInput } from '../private/unknown-input';

/** A WebSocket API, created here or imported. */
export interface IWebSocketApi extends IResource {
  /**
   * The id of the API.
   *
   * @attribute
   */
  readonly apiId: string;

  /**
   * The default endpoint of the API, `wss://<api-id>.execute-api.<region>.amazonaws.com`.
   *
   * @attribute
   */
  readonly apiEndpoint: string;

  /**
   * A metric of the API in the `AWS/ApiGateway` namespace, for all its stages.
   *
   * @default - average over 5 minutes
   */
  metric(metricName: string, props?: MetricOptions): Metric;

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
   * The `execute-api` ARN of a route in a stage, for IAM policies.
   *
   * @param routeKey The route key, such as `$connect` or `sendmessage`.
   * @param stage The stage name.
   * @default - every route (`*`) of every stage (`*`)
   */
  arnForExecuteApi(routeKey?: string, stage?: string): string;
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
   * How API Gateway picks the route of a message.
   *
   * @default WebSocketRouteSelectionExpression.REQUEST_BODY_ACTION (`$request.body.action`)
   */
  readonly routeSelectionExpression?: WebSocketRouteSelectionExpression;

  /**
   * Where API Gateway reads the API key of a connection, for routes that require one.
   *
   * @default - none (API keys are not checked)
   */
  readonly apiKeySelectionExpression?: ApiKeySelectionExpression;

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

/** The attributes of a WebSocket API defined elsewhere. */
export interface WebSocketApiAttributes {
  /** The id of the API. */
  readonly webSocketApiId: string;

  /**
   * The default endpoint of the API.
   *
   * @default - `wss://<api-id>.execute-api.<region>.<url-suffix>` of the importing stack
   */
  readonly apiEndpoint?: string;
}

/** S003 CreateApiInput.name, SDK StringWithLengthBetween1And128. */
const API_NAME_MAX_LENGTH = 128;

/**
 * A WebSocket API (`AWS::ApiGatewayV2::Api` with protocol `WEBSOCKET`): routes picked by the route
 * selection expression, each with an integration. Every literal input is checked at once, and the
 * Switchyard rules run on the stack at synth.
 *
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-websocket-api.html
 * @resource AWS::ApiGatewayV2::Api
 */
export class WebSocketApi extends Resource implements IWebSocketApi {
  /** Imports a WebSocket API defined elsewhere. */
  public static fromWebSocketApiAttributes(scope: Construct, id: string, attrs: WebSocketApiAttributes): IWebSocketApi {
    class Import extends Resource implements IWebSocketApi {
      public readonly apiId = attrs.webSocketApiId;
      public readonly apiEndpoint: string;
      constructor() {
        super(scope, id);
        const stack = Stack.of(this);
        this.apiEndpoint = attrs.apiEndpoint ?? `wss://${attrs.webSocketApiId}.execute-api.${stack.region}.${stack.urlSuffix}`;
      }
      public metric(metricName: string, props?: MetricOptions): Metric { return metricOf(this, metricName, props); }
      public metricConnectCount(props?: MetricOptions): Metric { return metricOf(this, 'ConnectCount', props, 'Sum'); }
      public metricMessageCount(props?: MetricOptions): Metric { return metricOf(this, 'MessageCount', props, 'Sum'); }
      public metricIntegrationError(props?: MetricOptions): Metric { return metricOf(this, 'IntegrationError', props, 'Sum'); }
      public metricClientError(props?: MetricOptions): Metric { return metricOf(this, 'ClientError', props, 'Sum'); }
      public metricExecutionError(props?: MetricOptions): Metric { return metricOf(this, 'ExecutionError', props, 'Sum'); }
      public metricIntegrationLatency(props?: MetricOptions): Metric { return metricOf(this, 'IntegrationLatency', props, 'Average'); }
      public grantManageConnections(grantee: IGrantable): Grant { return grantManage(this, grantee); }
      public arnForExecuteApi(routeKey?: string, stage?: string): string { return executeApiArn(this, routeKey, stage); }
    }
    return new Import();
  }

  public readonly apiId: string;
  public readonly apiEndpoint: string;

  /** The name of the API. */
  public readonly webSocketApiName: string;

  /** The route selection expression of the API. */
  public readonly routeSelectionExpression: WebSocketRouteSelectionExpression;

  constructor(scope: Construct, id: string, props: WebSocketApiProps = {}) {
    super(scope, id);
    adopt(this);

    // The construct id, as aws-cdk-lib names the API: a migrated API keeps its name.
    const name = props.apiName ?? id;
    if (!isUnknownInput(name) && (name.length < 1 || name.length > API_NAME_MAX_LENGTH)) {
      throw new SwitchyardError('api-name-length', `the API name has ${name.length} characters; expected 1 to ${API_NAME_MAX_LENGTH}`);
    }
    this.webSocketApiName = name;
    this.routeSelectionExpression = props.routeSelectionExpression ?? WebSocketRouteSelectionExpression.REQUEST_BODY_ACTION;

    const resource = new CfnApi(this, 'Resource', {
      name,
      protocolType: 'WEBSOCKET',
      description: props.description,
      routeSelectionExpression: this.routeSelectionExpression.expression,
      apiKeySelectionExpression: props.apiKeySelectionExpression?.expression,
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

  /** Adds a route. Its construct id is `<key>-Route` (a token in the key becomes `Token`). */
  public addRoute(routeKey: WebSocketRouteKey, options: WebSocketRouteOptions): WebSocketRoute {
    return new WebSocketRoute(this, constructIdOf(this, `${routeKey.key}-Route`), { webSocketApi: this, routeKey, ...options });
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
  public arnForExecuteApi(routeKey?: string, stage?: string): string { return executeApiArn(this, routeKey, stage); }
}
