import { Names, Stack } from 'aws-cdk-lib';
import { ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { IFunction } from 'aws-cdk-lib/aws-lambda';
import {
  ContentHandling, WebSocketIntegrationType, WebSocketProxyIntegrationOptions, WebSocketRouteIntegration, WebSocketRouteIntegrationBindOptions,
  WebSocketRouteIntegrationConfig, WebSocketTemplateIntegrationOptions,
} from '../websocket/integration';
import { lambdaInvocationUri } from '../websocket/private/lambda';
import { IWebSocketRoute } from '../websocket/route';

/** Where API Gateway may invoke a function from: one route, or every route of the API. */
export interface WebSocketLambdaPermissionOptions {
  /**
   * Whether the permission API Gateway gets on the function is scoped to the route
   * (`<api-id>/*\/<route-key>`). Scoping to the API (`<api-id>/*`) adds one permission per API instead of
   * one per route, for functions behind many routes (a function policy holds at most 20 KB).
   *
   * @default true
   */
  readonly scopePermissionToRoute?: boolean;
}

/** Options of a Lambda proxy integration. */
export interface WebSocketLambdaIntegrationProps extends WebSocketProxyIntegrationOptions, WebSocketLambdaPermissionOptions {
  /**
   * How the message payload is converted before it reaches the function.
   *
   * @default - passed through unchanged
   */
  readonly contentHandling?: ContentHandling;
}

/** Options of a Lambda custom (non-proxy) integration. */
export interface WebSocketLambdaCustomIntegrationProps extends WebSocketTemplateIntegrationOptions, WebSocketLambdaPermissionOptions {}

/** Grants API Gateway `lambda:InvokeFunction` for a route, or once for the route's API. */
function permit(handler: IFunction, route: IWebSocketRoute, perRoute: boolean, granted: Set<string>, id: string): void {
  const api = route.webSocketApi;
  const key = perRoute ? `${Names.nodeUniqueId(api.node)}/${route.routeKey}` : Names.nodeUniqueId(api.node);
  if (granted.has(key)) return;
  granted.add(key);
  const stack = Stack.of(route);
  handler.addPermission(`${id}-Permission`, {
    scope: route,
    principal: new ServicePrincipal('apigateway.amazonaws.com'),
    sourceArn: stack.formatArn({ service: 'execute-api', resource: api.apiId, resourceName: perRoute ? `*/${route.routeKey}` : '*' }),
  });
}

/**
 * A Lambda proxy integration (`AWS_PROXY`): the function receives the whole request event and its return
 * value is the answer. API Gateway is allowed to invoke the function for each route that uses it.
 *
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-websocket-api-integration-requests.html
 */
export class WebSocketLambdaIntegration extends WebSocketRouteIntegration {
  private readonly granted = new Set<string>();

  /**
   * @param id The construct id of the integration resource.
   * @param handler The function.
   * @param props Options.
   */
  constructor(
    private readonly integrationId: string, private readonly handler: IFunction, private readonly props: WebSocketLambdaIntegrationProps = {},
  ) {
    super(integrationId);
  }

  public bind(options: WebSocketRouteIntegrationBindOptions): WebSocketRouteIntegrationConfig {
    permit(this.handler, options.route, this.props.scopePermissionToRoute ?? true, this.granted, this.integrationId);
    return {
      type: WebSocketIntegrationType.AWS_PROXY,
      uri: lambdaInvocationUri(Stack.of(options.route), this.handler),
      requestParameters: this.props.requestParameters,
      timeout: this.props.timeout,
      contentHandling: this.props.contentHandling,
    };
  }
}

/**
 * A Lambda custom integration (`AWS`): request templates shape what the function receives, and
 * integration responses (keyed by patterns over the Lambda error message) shape what the client gets.
 *
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/websocket-api-data-transformations.html
 */
export class WebSocketLambdaCustomIntegration extends WebSocketRouteIntegration {
  private readonly granted = new Set<string>();

  /**
   * @param id The construct id of the integration resource.
   * @param handler The function.
   * @param props Templates, mappings and responses.
   */
  constructor(
    private readonly integrationId: string, private readonly handler: IFunction, private readonly props: WebSocketLambdaCustomIntegrationProps = {},
  ) {
    super(integrationId);
  }

  public bind(options: WebSocketRouteIntegrationBindOptions): WebSocketRouteIntegrationConfig {
    permit(this.handler, options.route, this.props.scopePermissionToRoute ?? true, this.granted, this.integrationId);
    return {
      type: WebSocketIntegrationType.AWS,
      uri: lambdaInvocationUri(Stack.of(options.route), this.handler),
      method: 'POST',
      templateOptions: this.props,
    };
  }
}
