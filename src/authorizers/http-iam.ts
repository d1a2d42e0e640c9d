import { HttpAuthorizerType, HttpRouteAuthorizationType, HttpRouteAuthorizerBindOptions, HttpRouteAuthorizerConfig, IHttpRouteAuthorizer } from '../http/authorizer';

/**
 * Authorizes requests signed with AWS Signature Version 4 by an IAM principal allowed `execute-api:Invoke`
 * on the route (see `HttpRoute.grantInvoke`).
 *
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-access-control-iam.html
 */
export class HttpIamAuthorizer implements IHttpRouteAuthorizer {
  /** The authorization type routes get: `AWS_IAM` (aws-cdk-lib types it as an `HttpAuthorizerType`). */
  public readonly authorizationType = HttpAuthorizerType.IAM;

  public bind(_options: HttpRouteAuthorizerBindOptions): HttpRouteAuthorizerConfig {
    return { authorizationType: HttpRouteAuthorizationType.AWS_IAM };
  }
}
