import { Aws, Resource, Stack } from 'aws-cdk-lib';
import { CfnRoute } from 'aws-cdk-lib/aws-apigatewayv2';
import { Grant, IGrantable } from 'aws-cdk-lib/aws-iam';
import { aws_apigatewayv2 } from 'aws-cdk-lib/interfaces';
import { Construct } from 'constructs';
import type { IHttpApi } from './api';
import { HttpRouteAuthorizationType, IHttpRouteAuthorizer } from './authorizer';
import { HttpRouteIntegration } from './integration';
import { checkRouteKeyFree, routeAdded, routeKeysOf } from './private/routes';
import { SwitchyardError } from '../common/errors';
import type { IRoute } from '../common/route';
import { HttpMethod, HttpRouteKey } from '../common/route-key';
import { HTTP_ROUTE_GRANT_INVOKE } from '../common/usage-errors';
import { adopt } from '../private/adopt';
import { injectProps } from '../private/property-injection';
import { isUnknownInput } from '../private/unknown-input';
import { scopeCountProblem, scopeProblem, scopesAuthorizationProblem } from '../rules/route/route-authorization-scopes';
import { operationNameProblem } from '../rules/route/route-operation-name';

/** A route of an HTTP API. */
export interface IHttpRoute extends IRoute {
  /** The API the route belongs to. */
  readonly httpApi: IHttpApi;

  /**
   * The path of the route.
   *
   * @default - none, for `$default`
   */
  readonly path?: string;

  /**
   * The method of the route.
   *
   * @default - none, for `$default`
   */
  readonly method?: HttpMethod;

  /** The execute-api ARN of the route in every stage, as IAM policies name it. */
  readonly routeArn: string;

  /** Lets `grantee` call the route (`execute-api:Invoke`); the route must be authorized with IAM. */
  grantInvoke(grantee: IGrantable, options?: GrantInvokeOptions): Grant;
}

/** Options of `grantInvoke`. */
export interface GrantInvokeOptions {
  /**
   * The methods the grant covers, for routes that match `ANY`.
   *
   * @default - the route's method (every method for ANY)
   */
  readonly httpMethods?: HttpMethod[];
}

/** What routes made together share (aws-cdk-lib's name for the part of the options every route has). */
export interface BatchHttpRouteOptions {
  /** What the route sends its requests to. */
  readonly integration: HttpRouteIntegration;
}

/** The integration and authorization of one or more routes. */
export interface HttpRouteOptions extends BatchHttpRouteOptions {
  /**
   * Who may call the route. `HttpNoneAuthorizer` opens a route of an API that has a default authorizer.
   *
   * @default - the API's default authorizer, or none
   */
  readonly authorizer?: IHttpRouteAuthorizer;

  /**
   * The OAuth scopes a JWT must carry (JWT authorizers only), at most 10 of 1 to 64 characters. An empty list
   * removes the API's default scopes.
   *
   * @default - the API's default scopes for JWT routes, or none
   */
  readonly authorizationScopes?: string[];

  /**
   * An operation name for the route, 1 to 64 characters (it appears in generated SDKs).
   *
   * @default - none
   */
  readonly operationName?: string;
}

/** Properties of an HTTP API route (`AWS::ApiGatewayV2::Route`). */
export interface HttpRouteProps extends HttpRouteOptions {
  /** The API the route belongs to. */
  readonly httpApi: IHttpApi;

  /** The route key: `$default`, or a method and a path. */
  readonly routeKey: HttpRouteKey;
}

/** The `PROPERTY_INJECTION_ID` of `HttpRoute` (a constant: esbuild renames a class that names itself in its body). */
const HTTP_ROUTE_INJECTION_ID = 'cdk-switchyard.HttpRoute';

/**
 * A route of an HTTP API (`AWS::ApiGatewayV2::Route`): a route key, the integration it sends requests to,
 * and how they are authorized. `HttpApi.addRoutes` creates routes for several methods at once.
 *
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-develop-routes.html
 * @resource AWS::ApiGatewayV2::Route
 */
export class HttpRoute extends Resource implements IHttpRoute {
  /** The id of this class for property injectors (`PropertyInjectors`), which apply to its props. */
  public static readonly PROPERTY_INJECTION_ID: string = HTTP_ROUTE_INJECTION_ID;

  public readonly routeId: string;
  public readonly httpApi: IHttpApi;
  public readonly path?: string;
  public readonly method?: HttpMethod;
  public readonly routeArn: string;
  /** The route key. */
  public readonly routeKey: HttpRouteKey;
  /** How the route is authorized: `NONE`, `AWS_IAM`, `JWT` or `CUSTOM` (see `HttpRouteAuthorizationType`). */
  public readonly authorizationType: string;

  constructor(scope: Construct, id: string, props: HttpRouteProps) {
    super(scope, id);
    props = injectProps(HTTP_ROUTE_INJECTION_ID, props, scope, id);
    adopt(this);
    this.httpApi = props.httpApi;
    this.routeKey = props.routeKey;
    this.path = props.routeKey.path;
    // $default and token keys have no known method of their own (the key's is ANY): the route says none.
    this.method = this.path === undefined ? undefined : props.routeKey.method;
    this.claimKey();
    this.routeArn = this.arnFor(this.method ?? HttpMethod.ANY);

    const integration = props.integration._bindToRoute({ route: this, scope: this });
    const authorizer = props.authorizer ?? this.httpApi.defaultAuthorizer;
    const auth = authorizer?.bind({ route: this, scope: this });
    this.authorizationType = auth?.authorizationType ?? HttpRouteAuthorizationType.NONE;
    const scopes = this.scopesFor(auth?.authorizationType, props.authorizationScopes, auth?.authorizationScopes);
    const nameProblem = props.operationName !== undefined && !isUnknownInput(props.operationName)
      ? operationNameProblem(props.operationName) : undefined;
    if (nameProblem) throw new SwitchyardError('route-operation-name', nameProblem);

    const resource = new CfnRoute(this, 'Resource', {
      apiId: this.httpApi.apiId,
      routeKey: props.routeKey.key,
      target: `integrations/${integration.integrationId}`,
      authorizationType: this.authorizationType,
      authorizerId: auth?.authorizerId,
      authorizationScopes: scopes,
      operationName: props.operationName,
    });
    this.routeId = resource.ref;

    routeAdded(this.httpApi, this);
  }

  /** A reference to the route, for where an L1 route reference is expected. */
  public get routeRef(): aws_apigatewayv2.RouteReference {
    return { routeId: this.routeId, apiId: this.httpApi.apiId };
  }

  /** Lets `grantee` call the route (`execute-api:Invoke`); the route must be authorized with IAM. */
  public grantInvoke(grantee: IGrantable, options: GrantInvokeOptions = {}): Grant {
    if (this.authorizationType !== HttpRouteAuthorizationType.AWS_IAM) {
      // A misuse of this method, not a template a rule could see: a usage error, with its own id.
      throw new SwitchyardError(HTTP_ROUTE_GRANT_INVOKE, `grantInvoke needs a route authorized with IAM (HttpIamAuthorizer); ${this.routeKey.key} uses ${this.authorizationType}`);
    }
    const methods = options.httpMethods ?? [this.method ?? HttpMethod.ANY];
    return Grant.addToPrincipal({
      grantee,
      actions: ['execute-api:Invoke'],
      resourceArns: [...new Set(methods.map(m => this.arnFor(m)))],
    });
  }

  /** `arn:<partition>:execute-api:<region>:<account>:<api>/*\/<METHOD>/<path>`, path variables as `*`. */
  private arnFor(method: HttpMethod): string {
    const verb = method === HttpMethod.ANY ? '*' : method;
    const path = this.path === undefined
      ? (this.routeKey.key === '$default' ? '/$default' : '/*')
      : isUnknownInput(this.path) ? this.path : this.path.replace(/\{[^}]*\}/g, '*');
    const stack = Stack.of(this);
    return `arn:${Aws.PARTITION}:execute-api:${stack.region}:${stack.account}:${this.httpApi.apiId}/*/${verb}${path}`;
  }

  private claimKey(): void {
    checkRouteKeyFree(this.httpApi, this.routeKey.key);
    if (!isUnknownInput(this.routeKey.key)) routeKeysOf(this.httpApi).set(this.routeKey.key, this.node.path);
  }

  private scopesFor(
    type: string | undefined, given: string[] | undefined, fromAuthorizer: string[] | undefined,
  ): string[] | undefined {
    const typeProblem = given === undefined ? undefined : scopesAuthorizationProblem(type ?? HttpRouteAuthorizationType.NONE, given.length);
    if (typeProblem) throw new SwitchyardError('route-authorization-scopes', `${this.routeKey.key}: ${typeProblem}`);
    // Default scopes are the API's: they apply to its JWT routes only, and a route may clear them with [].
    const scopes = type === HttpRouteAuthorizationType.JWT
      ? given ?? fromAuthorizer ?? this.httpApi.defaultAuthorizationScopes
      : undefined;
    if (scopes === undefined || scopes.length === 0) return undefined;
    const countProblem = scopeCountProblem(scopes.length);
    if (countProblem) throw new SwitchyardError('route-authorization-scopes', `${this.routeKey.key}: ${countProblem}`);
    for (const scope of scopes) {
      const problem = isUnknownInput(scope) ? undefined : scopeProblem(scope);
      if (problem) throw new SwitchyardError('route-authorization-scopes', problem);
    }
    return scopes;
  }
}
