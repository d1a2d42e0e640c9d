import { Names, Stack } from 'aws-cdk-lib';
import { IRole, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { IFunction } from 'aws-cdk-lib/aws-lambda';
import { SwitchyardError } from '../common/errors';
import { WebSocketIdentitySource, webSocketIdentitySources } from '../common/identity-source';
import { IWebSocketApi } from '../websocket/api';
import {
  IWebSocketRouteAuthorizer, WebSocketAuthorizationType, WebSocketAuthorizer, WebSocketRouteAuthorizerBindOptions,
  WebSocketRouteAuthorizerConfig,
} from '../websocket/authorizer';
import { lambdaInvocationUri } from '../websocket/private/lambda';

/** Properties of a WebSocket Lambda authorizer. */
export interface WebSocketLambdaAuthorizerProps {
  /**
   * Where the caller's identity is read on `$connect`; a connection without one of them is refused with
   * 401 before the function runs.
   *
   * A string (as aws-cdk-lib takes it, such as `'route.request.header.Authorization'`) is checked at once
   * as `WebSocketIdentitySource.custom` checks it.
   *
   * @default [WebSocketIdentitySource.header('Authorization')]
   */
  readonly identitySource?: (WebSocketIdentitySource | string)[];

  /**
   * The name of the authorizer.
   *
   * @default - the id given to the authorizer
   */
  readonly authorizerName?: string;

  /**
   * A role API Gateway assumes to invoke the function.
   *
   * @default - none: API Gateway gets a permission on the function, scoped to the authorizer
   */
  readonly credentialsRole?: IRole;
}

/**
 * A Lambda (REQUEST) authorizer for the `$connect` route: the function gets the connect request's
 * identity sources and returns an IAM policy (and an optional context). Creates the authorizer resource
 * the first time a route binds, and grants API Gateway the right to invoke the function.
 *
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-websocket-api-lambda-auth.html
 */
export class WebSocketLambdaAuthorizer implements IWebSocketRouteAuthorizer {
  private authorizer?: WebSocketAuthorizer;
  private api?: IWebSocketApi;

  /**
   * @param id The construct id of the authorizer resource.
   * @param handler The function.
   * @param props Options.
   */
  constructor(private readonly id: string, private readonly handler: IFunction, private readonly props: WebSocketLambdaAuthorizerProps = {}) {
    // Sources written as strings are checked now, where the mistake is, not when a route binds.
    webSocketIdentitySources(props.identitySource ?? []);
  }

  public bind(options: WebSocketRouteAuthorizerBindOptions): WebSocketRouteAuthorizerConfig {
    const api = options.route.webSocketApi;
    if (this.api && this.api !== api) {
      throw new SwitchyardError('authorizer-api', 'this authorizer already serves another API; an authorizer belongs to one API (create one per API)');
    }
    if (!this.authorizer) {
      this.api = api;
      const stack = Stack.of(options.route);
      this.authorizer = new WebSocketAuthorizer(options.scope, this.id, {
        webSocketApi: api,
        authorizerName: this.props.authorizerName ?? this.id,
        authorizerUri: lambdaInvocationUri(stack, this.handler),
        identitySource: this.props.identitySource ?? [WebSocketIdentitySource.header('Authorization')],
        credentialsRole: this.props.credentialsRole,
      });
      if (!this.props.credentialsRole) {
        this.handler.addPermission(`${Names.nodeUniqueId(this.authorizer.node)}-Permission`, {
          scope: options.scope,
          principal: new ServicePrincipal('apigateway.amazonaws.com'),
          sourceArn: stack.formatArn({ service: 'execute-api', resource: api.apiId, resourceName: `authorizers/${this.authorizer.authorizerId}` }),
        });
      } else {
        this.handler.grantInvoke(this.props.credentialsRole);
      }
    }
    return { authorizationType: WebSocketAuthorizationType.CUSTOM, authorizerId: this.authorizer.authorizerId };
  }
}
