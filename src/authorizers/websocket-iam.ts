import {
  IWebSocketRouteAuthorizer, WebSocketAuthorizationType, WebSocketRouteAuthorizerBindOptions, WebSocketRouteAuthorizerConfig,
} from '../websocket/authorizer';

/**
 * IAM authorization for the `$connect` route: clients sign the connect request with Signature Version 4,
 * and need `execute-api:Invoke` on `WebSocketApi.arnForExecuteApiV2('$connect', stage)`.
 *
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-websocket-control-access-iam.html
 */
export class WebSocketIamAuthorizer implements IWebSocketRouteAuthorizer {
  public bind(_options: WebSocketRouteAuthorizerBindOptions): WebSocketRouteAuthorizerConfig {
    return { authorizationType: WebSocketAuthorizationType.IAM };
  }
}
