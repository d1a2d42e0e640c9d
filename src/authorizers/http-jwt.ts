import { HttpIdentitySource, jwtIdentitySources } from '../common/identity-source';
import {
  HttpAuthorizer, HttpAuthorizerType, HttpRouteAuthorizationType, HttpRouteAuthorizerBindOptions,
  HttpRouteAuthorizerConfig, IHttpRouteAuthorizer, checkJwtIssuer,
} from '../http/authorizer';
import { authorizerForApi, boundAuthorizerId } from '../http/private/authorizers';

/** Properties of a JWT authorizer. */
export interface HttpJwtAuthorizerProps {
  /** The audiences a token must be issued for (its `aud` or `client_id` claim), 1 to 50. */
  readonly jwtAudience: string[];

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
 * Authorizes requests with a JSON Web Token (OpenID Connect or OAuth 2.0) that API Gateway validates: the
 * issuer's https URL, the audiences and, per route, the scopes.
 *
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-jwt-authorizer.html
 */
export class HttpJwtAuthorizer implements IHttpRouteAuthorizer {
  /** The authorization type routes get: `JWT`. */
  public readonly authorizationType: string = HttpRouteAuthorizationType.JWT;
  private readonly sources: (HttpIdentitySource | string)[];

  /**
   * @param id the id of the authorizer construct, created in each API that uses it
   * @param jwtIssuer the https URL of the token issuer
   * @param props the audiences and options
   */
  constructor(private readonly id: string, private readonly jwtIssuer: string, private readonly props: HttpJwtAuthorizerProps) {
    this.sources = jwtIdentitySources(props.identitySource);
    checkJwtIssuer(jwtIssuer);
  }

  /**
   * The id of the authorizer resource, as aws-cdk-lib has it: known once a route uses the authorizer, and
   * while it serves one API.
   */
  public get authorizerId(): string {
    return boundAuthorizerId(this);
  }

  public bind(options: HttpRouteAuthorizerBindOptions): HttpRouteAuthorizerConfig {
    const authorizer = authorizerForApi(this, options.route, this.id, (scope, id) => new HttpAuthorizer(scope, id, {
      httpApi: options.route.httpApi,
      type: HttpAuthorizerType.JWT,
      authorizerName: this.props.authorizerName,
      identitySource: this.sources,
      jwtIssuer: this.jwtIssuer,
      jwtAudience: this.props.jwtAudience,
    }));
    return { authorizationType: this.authorizationType, authorizerId: authorizer.authorizerId, authorizationScopes: this.props.authorizationScopes };
  }
}
