import { Names, Resource } from 'aws-cdk-lib';
import { CfnAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2';
import { IRole } from 'aws-cdk-lib/aws-iam';
import { aws_apigatewayv2 } from 'aws-cdk-lib/interfaces';
import { Construct } from 'constructs';
import type { IWebSocketApi } from './api';
import type { IWebSocketRoute } from './route';
import type { IAuthorizer } from '../common/authorizer';
import { SwitchyardError } from '../common/errors';
import { WebSocketIdentitySource, webSocketIdentitySources } from '../common/identity-source';
import { AUTHORIZER_ID_UNKNOWN } from '../common/usage-errors';
import { adopt } from '../private/adopt';
import { injectProps } from '../private/property-injection';

/** How a WebSocket route authorizes the `$connect` request. */
export enum WebSocketAuthorizationType {
  /** No authorization. */
  NONE = 'NONE',
  /** IAM: the client signs the request with Signature Version 4. */
  IAM = 'AWS_IAM',
  /** A Lambda (REQUEST) authorizer. */
  CUSTOM = 'CUSTOM',
}

/** The kinds of WebSocket authorizer resource, as aws-cdk-lib names them. */
export enum WebSocketAuthorizerType {
  /** A Lambda (REQUEST) authorizer. */
  LAMBDA = 'REQUEST',
  /**
   * IAM. WebSocket APIs take no IAM authorizer resource (`authorizer-type-protocol`): a route uses IAM
   * through `WebSocketIamAuthorizer` instead.
   */
  IAM = 'AWS_IAM',
}

/** What a route gives an authorizer to bind to. */
export interface WebSocketRouteAuthorizerBindOptions {
  /** The route being authorized (a `$connect` route). */
  readonly route: IWebSocketRoute;

  /** The scope for any construct the authorizer creates. */
  readonly scope: Construct;
}

/** What an authorizer gives the route it binds to. */
export interface WebSocketRouteAuthorizerConfig {
  /**
   * The authorization type of the route; a string is written as given (`NONE`, `AWS_IAM` or `CUSTOM`,
   * checked at synth by `ws-route-authorization-type`).
   */
  readonly authorizationType: WebSocketAuthorizationType | string;

  /**
   * The id of the authorizer.
   *
   * @default - none (IAM and no authorization)
   */
  readonly authorizerId?: string;
}

/** An authorizer for the `$connect` route of a WebSocket API. */
export interface IWebSocketRouteAuthorizer {
  /** Binds the authorizer to a route; called once per route. */
  bind(options: WebSocketRouteAuthorizerBindOptions): WebSocketRouteAuthorizerConfig;
}

/** An authorizer resource of a WebSocket API. */
export interface IWebSocketAuthorizer extends IAuthorizer {}

/** Properties of a WebSocket authorizer resource. */
export interface WebSocketAuthorizerProps {
  /** The API the authorizer belongs to. */
  readonly webSocketApi: IWebSocketApi;

  /**
   * The kind of authorizer. Only LAMBDA makes an authorizer API Gateway accepts on a WebSocket API.
   *
   * @default WebSocketAuthorizerType.LAMBDA
   */
  readonly type?: WebSocketAuthorizerType;

  /**
   * The invocation URI of the Lambda function:
   * `arn:<partition>:apigateway:<region>:lambda:path/2015-03-31/functions/<function-arn>/invocations`.
   * Required for a Lambda authorizer (`authorizer-lambda-uri`).
   *
   * @default - none
   */
  readonly authorizerUri?: string;

  /**
   * Where the caller's identity is read on `$connect`. When a source is missing from the request, API
   * Gateway answers 401 without invoking the function. A string (as aws-cdk-lib takes it, such as
   * `'route.request.header.Authorization'`) is checked at once as `WebSocketIdentitySource.custom` checks it.
   *
   * @default - none: the function is invoked for every connection
   */
  readonly identitySource?: (WebSocketIdentitySource | string)[];

  /**
   * The name of the authorizer, 1 to 128 characters.
   *
   * @default - a name made from the construct path
   */
  readonly authorizerName?: string;

  /**
   * A role API Gateway assumes to invoke the function.
   *
   * @default - none: the function's resource policy must allow API Gateway
   */
  readonly credentialsRole?: IRole;
}

/** An authorizer defined elsewhere, as `WebSocketAuthorizer.fromWebSocketAuthorizerAttributes` takes it. */
export interface WebSocketAuthorizerAttributes {
  /** The id of the authorizer. */
  readonly authorizerId: string;

  /** The authorization type routes get with it: `CUSTOM` for a Lambda authorizer. */
  readonly authorizerType: string;
}

/**
 * Authorizes nothing: a route given it has `AuthorizationType: NONE`, as one given no authorizer. For code
 * written against aws-cdk-lib.
 */
export class WebSocketNoneAuthorizer implements IWebSocketRouteAuthorizer {
  public bind(_options: WebSocketRouteAuthorizerBindOptions): WebSocketRouteAuthorizerConfig {
    return { authorizationType: WebSocketAuthorizationType.NONE };
  }
}

/** The `PROPERTY_INJECTION_ID` of `WebSocketAuthorizer` (a constant: esbuild renames a class that names itself in its body). */
const WEBSOCKET_AUTHORIZER_INJECTION_ID = 'cdk-switchyard.WebSocketAuthorizer';

/**
 * A Lambda (REQUEST) authorizer resource of a WebSocket API (`AWS::ApiGatewayV2::Authorizer`). Routes
 * use it through `WebSocketLambdaAuthorizer`, which also grants API Gateway the right to invoke the
 * function.
 *
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-websocket-api-lambda-auth.html
 * @resource AWS::ApiGatewayV2::Authorizer
 */
export class WebSocketAuthorizer extends Resource implements IWebSocketAuthorizer {
  /** The id of this class for property injectors (`PropertyInjectors`), which apply to its props. */
  public static readonly PROPERTY_INJECTION_ID: string = WEBSOCKET_AUTHORIZER_INJECTION_ID;

  /**
   * Imports an authorizer defined elsewhere, for routes to use: `authorizerType` is the route's
   * authorization type (`CUSTOM` for a Lambda authorizer).
   */
  public static fromWebSocketAuthorizerAttributes(scope: Construct, id: string, attrs: WebSocketAuthorizerAttributes): IWebSocketRouteAuthorizer {
    class Import extends Resource implements IWebSocketRouteAuthorizer {
      public readonly authorizerId = attrs.authorizerId;
      public bind(): WebSocketRouteAuthorizerConfig {
        return { authorizerId: attrs.authorizerId, authorizationType: attrs.authorizerType };
      }
    }
    return new Import(scope, id);
  }

  /** Imports an authorizer defined elsewhere. */
  public static fromWebSocketAuthorizerId(scope: Construct, id: string, authorizerId: string): IWebSocketAuthorizer {
    class Import extends Resource implements IWebSocketAuthorizer {
      public readonly authorizerId = authorizerId;
      public get authorizerRef(): aws_apigatewayv2.AuthorizerReference {
        // A misuse, not a template a rule could see: a usage error.
        throw new SwitchyardError(AUTHORIZER_ID_UNKNOWN, `the authorizer ${authorizerId} was imported by id only; its API is not known, so it has no authorizerRef (import it with fromWebSocketAuthorizerAttributes and use the id)`);
      }
    }
    return new Import(scope, id);
  }

  public readonly authorizerId: string;
  private readonly apiId: string;

  constructor(scope: Construct, id: string, props: WebSocketAuthorizerProps) {
    super(scope, id);
    props = injectProps(WEBSOCKET_AUTHORIZER_INJECTION_ID, props, scope, id);
    adopt(this);
    const type = props.type ?? WebSocketAuthorizerType.LAMBDA;
    if (type !== WebSocketAuthorizerType.LAMBDA) {
      throw new SwitchyardError('authorizer-type-protocol', `authorizer type ${type}: WebSocket APIs accept REQUEST (Lambda) authorizers only; for IAM, give the route a WebSocketIamAuthorizer`);
    }
    if (props.authorizerUri === undefined) {
      throw new SwitchyardError('authorizer-lambda-uri', 'a Lambda (REQUEST) authorizer needs authorizerUri, the invocation URI of its function');
    }
    const sources = webSocketIdentitySources(props.identitySource ?? []);
    const resource = new CfnAuthorizer(this, 'Resource', {
      apiId: props.webSocketApi.apiId,
      authorizerType: type,
      name: props.authorizerName ?? Names.uniqueResourceName(this, { maxLength: 128 }),
      authorizerUri: props.authorizerUri,
      identitySource: sources.length > 0 ? sources : undefined,
      authorizerCredentialsArn: props.credentialsRole?.roleArn,
    });
    this.authorizerId = resource.ref;
    this.apiId = props.webSocketApi.apiId;
  }

  /** A reference to the authorizer, for where an L1 authorizer reference is expected. */
  public get authorizerRef(): aws_apigatewayv2.AuthorizerReference {
    return { authorizerId: this.authorizerId, apiId: this.apiId };
  }
}
