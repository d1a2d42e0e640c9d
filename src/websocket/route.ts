import { Resource } from 'aws-cdk-lib';
import { CfnRoute, CfnRouteResponse } from 'aws-cdk-lib/aws-apigatewayv2';
import { aws_apigatewayv2 } from 'aws-cdk-lib/interfaces';
import { Construct } from 'constructs';
import type { IWebSocketApi } from './api';
import { IWebSocketRouteAuthorizer, WebSocketNoneAuthorizer } from './authorizer';
import { WebSocketRouteIntegration } from './integration';
import { IWebSocketModel } from './model';
import { routesState } from './private/routes';
import { SwitchyardError } from '../common/errors';
import { throwOnProblems } from '../common/mapping-value';
import type { IRoute } from '../common/route';
import { WebSocketRouteKey } from '../common/route-key';
import { ModelSelectionExpression } from '../common/selection-expression';
import { parseRouteRequestParameterKey } from '../expressions/websocket-mapping';
import { adopt } from '../private/adopt';
import { checkLiteral } from '../private/domain-checks';
import { injectProps } from '../private/property-injection';
import { isUnknownInput, isUnresolvedKey } from '../private/unknown-input';
import { operationNameProblem } from '../rules/route/route-operation-name';
import { wsRouteAuthorizationProblem } from '../rules/route/ws-route-authorization';

/**
 * A request parameter the `$connect` route declares: a header or query-string parameter of the connect
 * request, optionally required. Data mappings may read only declared parameters. Checked at once against
 * `ws-route-request-parameter`.
 *
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/websocket-api-develop-routes.html
 */
export class RouteRequestParameter {
  /**
   * A header of the connect request: `route.request.header.<name>`.
   *
   * @param name The header name.
   * @param required Whether API Gateway rejects a connection without it.
   * @default false
   */
  public static header(name: string, required?: boolean): RouteRequestParameter {
    return new RouteRequestParameter(`route.request.header.${name}`, required ?? false);
  }

  /**
   * A query-string parameter of the connect request: `route.request.querystring.<name>`.
   *
   * @param name The parameter name.
   * @param required Whether API Gateway rejects a connection without it.
   * @default false
   */
  public static queryString(name: string, required?: boolean): RouteRequestParameter {
    return new RouteRequestParameter(`route.request.querystring.${name}`, required ?? false);
  }

  /** The parameter as API Gateway names it, such as `route.request.querystring.token`. */
  public readonly key: string;

  /** Whether API Gateway rejects a connection without it. */
  public readonly required: boolean;

  private constructor(key: string, required: boolean) {
    if (!isUnresolvedKey(key)) throwOnProblems(key, parseRouteRequestParameterKey(key).problems, [{ ruleId: 'ws-route-request-parameter' }]);
    this.key = key;
    this.required = required;
  }
}

/** A route of a WebSocket API. */
export interface IWebSocketRoute extends IRoute {
  /** The route key, such as `$connect` or `sendmessage`. */
  readonly routeKey: string;

  /** The API the route belongs to. */
  readonly webSocketApi: IWebSocketApi;
}

/** Options for `WebSocketApi.addRoute`. */
export interface WebSocketRouteOptions {
  /** The integration that handles the route's messages. */
  readonly integration: WebSocketRouteIntegration;

  /**
   * How the connection is authorized: a Lambda authorizer or IAM. Only the `$connect` route takes one.
   *
   * @default - no authorization
   */
  readonly authorizer?: IWebSocketRouteAuthorizer;

  /**
   * Whether the route is two-way: the integration's answer is sent back to the client (a `$default` route
   * response and `RouteResponseSelectionExpression: $default`). Non-proxy integrations also need an
   * integration response.
   *
   * @default false, or true when `responseModels` is set
   */
  readonly returnResponse?: boolean;

  /**
   * Models that validate the route's response, keyed by content type; makes the route two-way.
   *
   * @default - none
   */
  readonly responseModels?: { [key: string]: IWebSocketModel };

  /**
   * Whether the connection must present an API key (see the API's `apiKeySelectionExpression`). API keys
   * are checked on `$connect`.
   *
   * @default false
   */
  readonly apiKeyRequired?: boolean;

  /**
   * A name for the route's operation, 1 to 64 characters.
   *
   * @default - none
   */
  readonly operationName?: string;

  /**
   * Request parameters the route declares; they are for the `$connect` route (on another route they get a
   * `ws-route-request-parameter-connect` warning at synth).
   *
   * @default - none
   */
  readonly requestParameters?: RouteRequestParameter[];

  /**
   * Models that validate incoming messages, keyed by the values the model selection expression gives (or
   * `$default`).
   *
   * @default - messages are not validated
   */
  readonly requestModels?: { [key: string]: IWebSocketModel };

  /**
   * How the request model is picked. API Gateway validates messages only when the route has one: request
   * models without a `$default` key need it (`ws-route-model-selection-required` warns at synth).
   *
   * @default - `ModelSelectionExpression.DEFAULT` (the model keyed `$default`) when `requestModels` has a
   * `$default` key; none otherwise
   */
  readonly modelSelectionExpression?: ModelSelectionExpression;
}

/** Properties of a route. */
export interface WebSocketRouteProps extends WebSocketRouteOptions {
  /** The API the route belongs to. */
  readonly webSocketApi: IWebSocketApi;

  /**
   * The route key. A string (as aws-cdk-lib takes it, such as `'$connect'` or `'sendmessage'`) is checked
   * at once as `WebSocketRouteKey.custom` checks it (`ws-route-key`).
   */
  readonly routeKey: WebSocketRouteKey | string;
}

/** The `PROPERTY_INJECTION_ID` of `WebSocketRoute` (a constant: esbuild renames a class that names itself in its body). */
const WEBSOCKET_ROUTE_INJECTION_ID = 'cdk-switchyard.WebSocketRoute';

/**
 * A route of a WebSocket API (`AWS::ApiGatewayV2::Route`), with its route response when it is two-way.
 *
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/websocket-api-develop-routes.html
 * @resource AWS::ApiGatewayV2::Route
 */
export class WebSocketRoute extends Resource implements IWebSocketRoute {
  /** The id of this class for property injectors (`PropertyInjectors`), which apply to its props. */
  public static readonly PROPERTY_INJECTION_ID: string = WEBSOCKET_ROUTE_INJECTION_ID;

  public readonly routeId: string;
  public readonly routeKey: string;
  public readonly webSocketApi: IWebSocketApi;
  /**
   * The id of the integration response the route's answer goes through: the first response of a
   * non-proxy integration, on a two-way route.
   *
   * @default - none: a one-way route, or an integration without responses
   */
  public readonly integrationResponseId?: string;

  constructor(scope: Construct, id: string, props: WebSocketRouteProps) {
    super(scope, id);
    props = injectProps(WEBSOCKET_ROUTE_INJECTION_ID, props, scope, id);
    adopt(this);
    this.webSocketApi = props.webSocketApi;
    const key = typeof props.routeKey === 'string' ? WebSocketRouteKey.custom(props.routeKey).key : props.routeKey.key;
    this.routeKey = key;
    const known = !isUnknownInput(key);

    const state = routesState(props.webSocketApi);
    if (known) {
      const previous = state.byKey.get(key);
      if (previous) throw new SwitchyardError('route-key-unique', `the API already has a route keyed "${key}" (${previous.node.path}); expected each route key once per API`);
    }
    // WebSocketNoneAuthorizer gives AuthorizationType NONE, which every route may have.
    const authorizes = props.authorizer !== undefined && !(props.authorizer instanceof WebSocketNoneAuthorizer);
    const authorizationProblem = known && authorizes ? wsRouteAuthorizationProblem(key, 'it has an authorizer') : undefined;
    if (authorizationProblem) throw new SwitchyardError('ws-route-authorization', authorizationProblem);
    // Request parameters on another route than $connect are a warning: ws-route-request-parameter-connect reports them at synth.
    checkLiteral('route-operation-name', props.operationName, operationNameProblem);

    const integration = props.integration._bindToRoute({ route: this, scope: this });
    // Authorizers are made in the API's scope, as aws-cdk-lib makes them: a migrated app keeps its authorizer.
    const api = props.webSocketApi;
    const auth = props.authorizer?.bind({ route: this, scope: api instanceof Construct ? api : this });
    const requestParameters: { [key: string]: { Required: boolean } } = {};
    for (const p of props.requestParameters ?? []) requestParameters[p.key] = { Required: p.required };
    const twoWay = props.returnResponse ?? props.responseModels !== undefined;

    const route = new CfnRoute(this, 'Resource', {
      apiId: props.webSocketApi.apiId,
      routeKey: key,
      target: `integrations/${integration.integrationId}`,
      // NONE written out when there is no authorizer, as aws-cdk-lib writes it: a migrated route keeps its template.
      authorizationType: auth?.authorizationType ?? 'NONE',
      authorizerId: auth?.authorizerId,
      apiKeyRequired: props.apiKeyRequired,
      operationName: props.operationName,
      requestParameters: Object.keys(requestParameters).length > 0 ? requestParameters : undefined,
      requestModels: modelNames(props.requestModels),
      modelSelectionExpression: modelSelectionOf(props.requestModels, props.modelSelectionExpression),
      routeResponseSelectionExpression: twoWay ? '$default' : undefined,
    });
    for (const model of [...Object.values(props.requestModels ?? {}), ...Object.values(props.responseModels ?? {})]) {
      route.node.addDependency(model);
    }
    this.routeId = route.ref;

    if (twoWay) {
      this.integrationResponseId = integration._responseIds[0];
      new CfnRouteResponse(this, 'Response', {
        apiId: props.webSocketApi.apiId,
        routeId: route.ref,
        routeResponseKey: '$default',
        responseModels: modelNames(props.responseModels),
      });
    }

    if (known) state.byKey.set(key, this);
    state.all.push(this);
    for (const listener of state.listeners) listener(this);
  }

  /** A reference to the route, for where an L1 route reference is expected. */
  public get routeRef(): aws_apigatewayv2.RouteReference {
    return { routeId: this.routeId, apiId: this.webSocketApi.apiId };
  }
}

function modelNames(models: { [key: string]: IWebSocketModel } | undefined): { [key: string]: string } | undefined {
  if (!models || Object.keys(models).length === 0) return undefined;
  const out: { [key: string]: string } = {};
  for (const [key, model] of Object.entries(models)) out[key] = model.modelName;
  return out;
}

/**
 * The route's model selection expression. Request models are applied only through one, so a `$default`
 * model gets `\$default`; other keys without an expression are left to the `ws-route-model-selection-required`
 * warning at synth.
 */
function modelSelectionOf(models: { [key: string]: IWebSocketModel } | undefined, given: ModelSelectionExpression | undefined): string | undefined {
  if (given) return given.expression;
  return models && '$default' in models ? ModelSelectionExpression.DEFAULT.expression : undefined;
}
