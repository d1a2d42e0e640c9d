import { ApiKeySelectionExpression } from '../common/selection-expression';

/**
 * Where a WebSocket API reads the API key of a request, as aws-cdk-lib names it: the `x-api-key` header, or
 * the usage identifier key a Lambda authorizer returns. An expression given to the constructor is checked at
 * once, as `ApiKeySelectionExpression.custom` checks it (`api-key-selection-expression`).
 *
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-websocket-api-selection-expressions.html#apigateway-websocket-api-apikey-selection-expressions
 */
export class WebSocketApiKeySelectionExpression {
  /** `$request.header.x-api-key`: the key is in the `x-api-key` header. */
  public static readonly HEADER_X_API_KEY = new WebSocketApiKeySelectionExpression(ApiKeySelectionExpression.HEADER_X_API_KEY.expression);

  /** `$context.authorizer.usageIdentifierKey`: the key is the usage identifier a Lambda authorizer returns. */
  public static readonly AUTHORIZER_USAGE_IDENTIFIER_KEY = new WebSocketApiKeySelectionExpression(
    ApiKeySelectionExpression.AUTHORIZER_USAGE_IDENTIFIER_KEY.expression,
  );

  /** The expression as API Gateway takes it. */
  public readonly customApiKeySelector: string;

  /** @param customApiKeySelector the expression: one of the two values above (or a token) */
  constructor(customApiKeySelector: string) {
    this.customApiKeySelector = ApiKeySelectionExpression.custom(customApiKeySelector).expression;
  }
}
