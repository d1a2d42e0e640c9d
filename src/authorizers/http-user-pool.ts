import { Stack } from 'aws-cdk-lib';
import { IUserPool, IUserPoolClient } from 'aws-cdk-lib/aws-cognito';
import { HttpIdentitySource, jwtIdentitySources } from '../common/identity-source';
import {
  HttpAuthorizer, HttpAuthorizerType, HttpRouteAuthorizationType, HttpRouteAuthorizerBindOptions,
  HttpRouteAuthorizerConfig, IHttpRouteAuthorizer,
} from '../http/authorizer';
import { authorizerForApi, boundAuthorizerId } from '../http/private/authorizers';

/** Properties of a Cognito user pool authorizer. */
export interface HttpUserPoolAuthorizerProps {
  /**
   * The app clients whose tokens are accepted (the audiences), 1 to 50.
   *
   * @default - a new client of the user pool
   */
  readonly userPoolClients?: IUserPoolClient[];

  /**
   * The region of the user pool.
   *
   * @default - the region of the user pool's stack
   */
  readonly userPoolRegion?: string;

  /**
   * Where the token is read: one header or query-string parameter. aws-cdk-lib's form, a list of strings
   * (`['$request.header.Authorization']`), is checked at once (`http-identity-source`) and must hold one
   * source (`jwt-identity-source`, checked when a route uses the authorizer).
   *
   * @default HttpIdentitySource.header('Authorization')
   */
  readonly identitySource?: HttpIdentitySource | string[];

  /**
   * The name of the authorizer.
   *
   * @default - the id
   */
  readonly authorizerName?: string;

  /**
   * Scopes routes get when they name none.
   *
   * @default - none
   */
  readonly authorizationScopes?: string[];
}

/**
 * Authorizes requests with the JWTs of a Cognito user pool: a JWT authorizer whose issuer is the pool and
 * whose audiences are its app clients.
 *
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-jwt-authorizer.html
 */
export class HttpUserPoolAuthorizer implements IHttpRouteAuthorizer {
  /** The authorization type routes get: `JWT`. */
  public readonly authorizationType: string = HttpRouteAuthorizationType.JWT;
  private readonly sources: (HttpIdentitySource | string)[];

  /**
   * @param id the id of the authorizer construct, created in each API that uses it
   * @param pool the user pool
   * @param props the clients and options
   */
  constructor(private readonly id: string, private readonly pool: IUserPool, private readonly props: HttpUserPoolAuthorizerProps = {}) {
    this.sources = jwtIdentitySources(props.identitySource);
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
      const clients = this.props.userPoolClients ?? [this.pool.addClient(clientId(this.pool, id))];
      const region = this.props.userPoolRegion ?? Stack.of(this.pool).region;
      return new HttpAuthorizer(scope, id, {
        httpApi: options.route.httpApi,
        type: HttpAuthorizerType.JWT,
        authorizerName: this.props.authorizerName,
        identitySource: this.sources,
        jwtIssuer: `https://cognito-idp.${region}.amazonaws.com/${this.pool.userPoolId}`,
        jwtAudience: clients.map(c => c.userPoolClientId),
      });
    });
    return { authorizationType: this.authorizationType, authorizerId: authorizer.authorizerId, authorizationScopes: this.props.authorizationScopes };
  }
}

const CDK_CLIENT_ID = 'UserPoolAuthorizerClient';

/**
 * The id of the client made for an authorizer: aws-cdk-lib's, so that a migrated app keeps its client (a new
 * client has a new id, and tokens issued for the old one stop being accepted), then one per authorizer.
 */
function clientId(pool: IUserPool, authorizerId: string): string {
  return pool.node.tryFindChild(CDK_CLIENT_ID) ? `${authorizerId}-Client` : CDK_CLIENT_ID;
}
