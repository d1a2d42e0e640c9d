import { Aws, Duration, Names, Stack } from 'aws-cdk-lib';
import { ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { IFunction } from 'aws-cdk-lib/aws-lambda';
import { HttpResponseParameters, ParameterMapping } from '../common/parameter-mapping';
import { HttpMethod } from '../common/route-key';
import {
  HttpIntegrationType, HttpRouteIntegration, HttpRouteIntegrationBindOptions, HttpRouteIntegrationConfig, PayloadFormatVersion,
} from '../http/integration';
import { isUnknownInput } from '../private/unknown-input';

/** Which calls the Lambda invoke permission of an integration allows. */
export enum LambdaPermissionScope {
  /** One permission per route, allowing calls from that route's method and path only. */
  ROUTE = 'ROUTE',
  /**
   * One permission for the whole API, allowing calls from any of its routes: for APIs with many routes, whose
   * per-route permissions would overflow the function's 20 KB resource policy.
   */
  API = 'API',
}

/** Properties of a Lambda integration. */
export interface HttpLambdaIntegrationProps {
  /**
   * The payload format of the event the function receives.
   *
   * @default PayloadFormatVersion.VERSION_2_0
   */
  readonly payloadFormatVersion?: PayloadFormatVersion;

  /**
   * Changes to the request before it reaches the function.
   *
   * @default - the request is sent as is
   */
  readonly parameterMapping?: ParameterMapping;

  /**
   * Changes to the function's response, by status code.
   *
   * @default - the response is returned as is
   */
  readonly responseParameters?: HttpResponseParameters;

  /**
   * How long API Gateway waits for the function: 50 ms to 30 seconds.
   *
   * @default Duration.seconds(30)
   */
  readonly timeout?: Duration;

  /**
   * What the invoke permission allows.
   *
   * @default LambdaPermissionScope.ROUTE
   */
  readonly permissionScope?: LambdaPermissionScope;

  /**
   * aws-cdk-lib's name for `permissionScope`: true is `LambdaPermissionScope.ROUTE`, false is
   * `LambdaPermissionScope.API`. `permissionScope` wins when both are given.
   *
   * @default true
   */
  readonly scopePermissionToRoute?: boolean;

  /**
   * A description of the integration.
   *
   * @default - none
   */
  readonly description?: string;
}

/** The API-wide permissions already made, by function and API. */
const API_PERMISSIONS = new WeakMap<IFunction, Set<string>>();

/**
 * Sends a route's requests to a Lambda function (`AWS_PROXY`, payload format 2.0 by default), and lets API
 * Gateway invoke the function: by default one permission per route, scoped to the route's method and path.
 *
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-develop-integrations-lambda.html
 */
export class HttpLambdaIntegration extends HttpRouteIntegration {
  private readonly handler: IFunction;
  private readonly props: HttpLambdaIntegrationProps;

  /**
   * @param id the id of the integration construct
   * @param handler the function
   * @param props the options
   */
  constructor(id: string, handler: IFunction, props: HttpLambdaIntegrationProps = {}) {
    super(id);
    this.handler = handler;
    this.props = props;
  }

  public bind(_options: HttpRouteIntegrationBindOptions): HttpRouteIntegrationConfig {
    return {
      type: HttpIntegrationType.AWS_PROXY,
      uri: this.handler.functionArn,
      payloadFormatVersion: this.props.payloadFormatVersion ?? PayloadFormatVersion.VERSION_2_0,
      parameterMapping: this.props.parameterMapping,
      responseParameters: this.props.responseParameters,
      timeout: this.props.timeout,
      description: this.props.description,
    };
  }

  protected completeBind(options: HttpRouteIntegrationBindOptions): void {
    const route = options.route;
    const api = route.httpApi;
    const scope = options.scope;
    let id = `${this.id}-Permission`;
    let resourceName: string;
    const fromFlag = this.props.scopePermissionToRoute === false ? LambdaPermissionScope.API : LambdaPermissionScope.ROUTE;
    if ((this.props.permissionScope ?? fromFlag) === LambdaPermissionScope.API) {
      const made = API_PERMISSIONS.get(this.handler) ?? new Set<string>();
      API_PERMISSIONS.set(this.handler, made);
      if (made.has(api.node.addr)) return;
      made.add(api.node.addr);
      // In the first route's scope, named as aws-cdk-lib names it, so that a migrated app keeps the permission.
      id = `ApiPermission.ApiScoped.${Names.nodeUniqueId(this.handler.node)}.${Names.nodeUniqueId(api.node)}`;
      resourceName = '*/*/*';
    } else {
      const method = route.method === undefined || route.method === HttpMethod.ANY ? '*' : route.method;
      resourceName = route.path === undefined ? '*/*' : `*/${method}${isUnknownInput(route.path) ? route.path : route.path.replace(/\{[^}]*\}/g, '*')}`;
    }
    const stack = Stack.of(scope);
    this.handler.addPermission(id, {
      scope,
      principal: new ServicePrincipal('apigateway.amazonaws.com'),
      sourceArn: `arn:${Aws.PARTITION}:execute-api:${stack.region}:${stack.account}:${api.apiId}/${resourceName}`,
    });
  }
}
