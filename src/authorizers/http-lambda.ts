import { Aws, Duration, Names, Stack } from 'aws-cdk-lib';
import { IGrantable, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { IFunction } from 'aws-cdk-lib/aws-lambda';
import { aws_iam } from 'aws-cdk-lib/interfaces';
import { HttpIdentitySource, httpIdentitySources } from '../common/identity-source';
import {
  AuthorizerPayloadVersion, HttpAuthorizer, HttpAuthorizerType, HttpRouteAuthorizationType,
  HttpRouteAuthorizerBindOptions, HttpRouteAuthorizerConfig, IHttpRouteAuthorizer,
} from '../http/authorizer';
import { authorizerForApi, boundAuthorizerId } from '../http/private/authorizers';

/** The response a Lambda authorizer returns. */
export enum HttpLambdaResponseType {
  /** `{"isAuthorized": boolean, "context": {...}}` (payload format 2.0). */
  SIMPLE = 'SIMPLE',
  /** An IAM policy document. */
  IAM = 'IAM',
}

/** Properties of a Lambda authorizer. */
export interface HttpLambdaAuthorizerProps {
  /**
   * The name of the authorizer.
   *
   * @default - the id
   */
  readonly authorizerName?: string;

  /**
   * Where the caller's identity is read; with caching, the cache key. A request missing one is refused with
   * 401 before the function is called.
   *
   * A string (as aws-cdk-lib takes it, such as `'$request.header.Authorization'`) is checked at once as
   * `HttpIdentitySource.custom` checks it (`http-identity-source`).
   *
   * @default [HttpIdentitySource.header('Authorization')]
   */
  readonly identitySource?: (HttpIdentitySource | string)[];

  /**
   * The response the function returns.
   *
   * @default HttpLambdaResponseType.IAM
   */
  readonly responseType?: HttpLambdaResponseType;

  /**
   * The responses the function may return, as aws-cdk-lib takes them: with SIMPLE among them, simple
   * responses are turned on (the function may then return either kind). Switchyard's `responseType`
   * says the same for one kind.
   *
   * @default [HttpLambdaResponseType.IAM]
   */
  readonly responseTypes?: HttpLambdaResponseType[];

  /**
   * The payload format of the event the function receives; simple responses need 2.0.
   *
   * @default AuthorizerPayloadVersion.VERSION_2_0
   */
  readonly payloadFormatVersion?: AuthorizerPayloadVersion;

  /**
   * How long a result is cached, 0 to 3,600 seconds (0 turns caching off). Caching needs an identity source.
   *
   * @default Duration.minutes(5)
   */
  readonly resultsCacheTtl?: Duration;

  /**
   * A role API Gateway assumes to invoke the function. An `IRole` is granted the invocation; a bare role
   * reference (aws-cdk-lib's type) is not, as in aws-cdk-lib: grant it yourself.
   *
   * @default - none: the function gets a resource-based permission for this authorizer
   */
  readonly role?: aws_iam.IRoleRef;
}

/**
 * Authorizes requests with a Lambda function (a REQUEST authorizer): simple or IAM responses, payload format
 * 1.0 or 2.0, results cached by identity source.
 *
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-lambda-authorizer.html
 */
export class HttpLambdaAuthorizer implements IHttpRouteAuthorizer {
  /** The authorization type routes get: `CUSTOM`. */
  public readonly authorizationType: string = HttpRouteAuthorizationType.CUSTOM;

  /**
   * @param id the id of the authorizer construct, created in each API that uses it
   * @param handler the authorizer function
   * @param props the options
   */
  constructor(private readonly id: string, private readonly handler: IFunction, private readonly props: HttpLambdaAuthorizerProps = {}) {
    // Sources written as strings are checked now, where the mistake is, not when a route binds.
    httpIdentitySources(props.identitySource ?? []);
  }

  /**
   * The id of the authorizer resource, as aws-cdk-lib has it: known once a route uses the authorizer, and
   * while it serves one API.
   */
  public get authorizerId(): string {
    return boundAuthorizerId(this);
  }

  public bind(options: HttpRouteAuthorizerBindOptions): HttpRouteAuthorizerConfig {
    const authorizer = authorizerForApi(this, options.route, this.id, (scope, id) => {
      const api = options.route.httpApi;
      const made = new HttpAuthorizer(scope, id, {
        httpApi: api,
        type: HttpAuthorizerType.LAMBDA,
        authorizerName: this.props.authorizerName,
        identitySource: this.props.identitySource ?? [HttpIdentitySource.header('Authorization')],
        authorizerUri: `arn:${Aws.PARTITION}:apigateway:${Stack.of(scope).region}:lambda:path/2015-03-31/functions/${this.handler.functionArn}/invocations`,
        enableSimpleResponses: this.simpleResponses() ? true : undefined,
        payloadFormatVersion: this.props.payloadFormatVersion ?? AuthorizerPayloadVersion.VERSION_2_0,
        resultsCacheTtl: this.props.resultsCacheTtl ?? Duration.minutes(5),
        role: this.props.role,
      });
      if (this.props.role) {
        const role = this.props.role as aws_iam.IRoleRef & Partial<IGrantable>;
        if (role.grantPrincipal) this.handler.grantInvoke(role as IGrantable);
      } else {
        const stack = Stack.of(scope);
        this.handler.addPermission(`${Names.nodeUniqueId(made.node)}-Permission`, {
          scope,
          principal: new ServicePrincipal('apigateway.amazonaws.com'),
          sourceArn: `arn:${Aws.PARTITION}:execute-api:${stack.region}:${stack.account}:${api.apiId}/authorizers/${made.authorizerId}`,
        });
      }
      return made;
    });
    return { authorizationType: this.authorizationType, authorizerId: authorizer.authorizerId };
  }

  private simpleResponses(): boolean {
    return this.props.responseType === HttpLambdaResponseType.SIMPLE || (this.props.responseTypes ?? []).includes(HttpLambdaResponseType.SIMPLE);
  }
}
