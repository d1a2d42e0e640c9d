import { HttpRouteAuthorizationType, HttpRouteAuthorizerBindOptions, HttpRouteAuthorizerConfig, IHttpRouteAuthorizer } from '../http/authorizer';

/**
 * Authorizes requests signed with AWS Signature Version 4 by an IAM principal allowed `execute-api:Invoke`
 * on the route (see `HttpRoute.grantInvoke`).
 *
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-access-control-iam.html
 */
export class HttpIamAuthorizer implements IHttpRouteAuthorizer {
  public readonly authorizationType = HttpRouteAuthorizationType.AWS_IAM;

  public bind(_options: HttpRouteAuthorizerBindOptions): HttpRouteAuthorizerConfig {
    return { authorizationType: this.authorizationType };
  }
}
