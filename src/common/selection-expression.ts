import { SwitchyardError } from './errors';
import { bodyPathSuffix, formatVariable, throwOnProblems } from './mapping-value';
import {
  API_KEY_SELECTION_EXPRESSIONS, checkApiKeySelectionExpression, parseIntegrationResponseKey, parseSelectionExpression,
  ROUTE_RESPONSE_SELECTION_EXPRESSION, SelectionKind,
} from '../expressions/selection-expressions';
import { isUnknownInput } from '../private/unknown-input';

/** The `\$default` key written in a selection expression: an unescaped `$default` would be read as a variable. */
const ESCAPED_DEFAULT = '\\$default';

/** Checks a `$`-selection expression of one kind, as the synth rule `ruleId` will. */
function checkSelection(expression: string, kind: SelectionKind, ruleId: string): void {
  if (isUnknownInput(expression)) return;
  throwOnProblems(expression, parseSelectionExpression(expression, kind).problems, [{ ruleId }]);
}

/** `${request.body<suffix>}`: template selection expressions write their variables in braces (SEL-004). */
function bracedBody(jsonPath: string | undefined): string {
  return `\${request.body${bodyPathSuffix(jsonPath)}}`;
}

/**
 * How a WebSocket API picks the route for a message: an expression over the message body, evaluated to a
 * route key (`$request.body.action` reads the `action` member of a JSON message). Checked at once against
 * `ws-route-selection-expression`; unresolved tokens are not checked.
 *
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/websocket-api-develop-routes.html#apigateway-websocket-api-route-selection-expressions
 */
export class WebSocketRouteSelectionExpression {
  /** `$request.body.action`: the route key is the message's `action` member. */
  public static readonly REQUEST_BODY_ACTION = new WebSocketRouteSelectionExpression('$request.body.action');

  /**
   * The route key is a member of the JSON message: `$request.body.<JSONPath>`. The path may be written
   * `$.a.b`, `a.b` or `['a b']`.
   */
  public static requestBody(jsonPath: string): WebSocketRouteSelectionExpression {
    return new WebSocketRouteSelectionExpression(formatVariable(`request.body${bodyPathSuffix(jsonPath)}`));
  }

  /** An expression written out, such as `${request.body.service}/${request.body.action}`; checked like the others. */
  public static custom(expression: string): WebSocketRouteSelectionExpression {
    return new WebSocketRouteSelectionExpression(expression);
  }

  /** The expression as API Gateway takes it. */
  public readonly expression: string;

  private constructor(expression: string) {
    if (!isUnknownInput(expression) && expression.trim() === '') {
      throw new SwitchyardError('api-websocket-route-selection-required', 'the route selection expression is empty; a WebSocket API needs one, such as $request.body.action');
    }
    checkSelection(expression, 'websocket-route', 'ws-route-selection-expression');
    this.expression = expression;
  }
}

/**
 * Where a WebSocket API reads the API key of a request, for usage plans: the `x-api-key` header, or the
 * usage identifier key a Lambda authorizer returns. These are the only two values API Gateway takes.
 *
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-websocket-api-selection-expressions.html#apigateway-websocket-api-apikey-selection-expressions
 */
export class ApiKeySelectionExpression {
  /** `$request.header.x-api-key`: the key is in the `x-api-key` header. */
  public static readonly HEADER_X_API_KEY = new ApiKeySelectionExpression(API_KEY_SELECTION_EXPRESSIONS[0]);

  /** `$context.authorizer.usageIdentifierKey`: the key is the usage identifier a Lambda authorizer returns. */
  public static readonly AUTHORIZER_USAGE_IDENTIFIER_KEY = new ApiKeySelectionExpression(API_KEY_SELECTION_EXPRESSIONS[1]);

  /** An expression written out; it must be one of the two values above (useful when it comes from a token). */
  public static custom(expression: string): ApiKeySelectionExpression {
    return new ApiKeySelectionExpression(expression);
  }

  /** The expression as API Gateway takes it. */
  public readonly expression: string;

  private constructor(expression: string) {
    if (!isUnknownInput(expression)) throwOnProblems(expression, checkApiKeySelectionExpression(expression), [{ ruleId: 'api-key-selection-expression' }]);
    this.expression = expression;
  }
}

/**
 * How a WebSocket route picks its route response: `$default` is the only value API Gateway supports.
 *
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-websocket-api-selection-expressions.html#apigateway-websocket-api-route-response-selection-expressions
 */
export class RouteResponseSelectionExpression {
  /** `$default`. */
  public static readonly DEFAULT = new RouteResponseSelectionExpression(ROUTE_RESPONSE_SELECTION_EXPRESSION);

  /** The expression as API Gateway takes it. */
  public readonly expression: string;

  private constructor(expression: string) {
    this.expression = expression;
  }
}

/**
 * How a WebSocket integration picks its request template: an expression over the message body whose value
 * is looked up in the integration's request templates, or static text such as `\$default`. Checked at once
 * against `integration-template-selection`; unresolved tokens are not checked.
 *
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/websocket-api-data-transformations.html
 */
export class TemplateSelectionExpression {
  /** `\$default`: always the template keyed `$default`. */
  public static readonly DEFAULT = new TemplateSelectionExpression(ESCAPED_DEFAULT);

  /**
   * The template key is a member of the JSON message: `${request.body.<JSONPath>}`. The path may be
   * written `$.a.b`, `a.b` or `['a b']`.
   */
  public static requestBody(jsonPath: string): TemplateSelectionExpression {
    return new TemplateSelectionExpression(bracedBody(jsonPath));
  }

  /** An expression written out, such as `${request.body.type}`; checked like the others. */
  public static custom(expression: string): TemplateSelectionExpression {
    return new TemplateSelectionExpression(expression);
  }

  /** The expression as API Gateway takes it. */
  public readonly expression: string;

  private constructor(expression: string) {
    checkSelection(expression, 'integration-template', 'integration-template-selection');
    this.expression = expression;
  }
}

/**
 * How a WebSocket integration response picks its response template: the integration's status code, one
 * of its headers, a member of the request body, or static text such as `\$default`. Checked at once
 * against `integration-response-template-selection`; unresolved tokens are not checked.
 *
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/websocket-api-data-transformations.html
 */
export class IntegrationResponseTemplateSelectionExpression {
  /** `\$default`: always the template keyed `$default`. */
  public static readonly DEFAULT = new IntegrationResponseTemplateSelectionExpression(ESCAPED_DEFAULT);

  /** `${integration.response.statuscode}`: the integration's status code. */
  public static readonly STATUS_CODE = new IntegrationResponseTemplateSelectionExpression('${integration.response.statuscode}');

  /** A header of the integration's response: `${integration.response.header.<name>}`. */
  public static responseHeader(name: string): IntegrationResponseTemplateSelectionExpression {
    return new IntegrationResponseTemplateSelectionExpression(`\${integration.response.header.${name}}`);
  }

  /** All the values of a header of the integration's response: `${integration.response.multivalueheader.<name>}`. */
  public static responseMultiValueHeader(name: string): IntegrationResponseTemplateSelectionExpression {
    return new IntegrationResponseTemplateSelectionExpression(`\${integration.response.multivalueheader.${name}}`);
  }

  /** A member of the request message: `${request.body.<JSONPath>}`, written as for `TemplateSelectionExpression.requestBody`. */
  public static requestBody(jsonPath: string): IntegrationResponseTemplateSelectionExpression {
    return new IntegrationResponseTemplateSelectionExpression(bracedBody(jsonPath));
  }

  /** An expression written out, such as `${integration.response.statuscode}`; checked like the others. */
  public static custom(expression: string): IntegrationResponseTemplateSelectionExpression {
    return new IntegrationResponseTemplateSelectionExpression(expression);
  }

  /** The expression as API Gateway takes it. */
  public readonly expression: string;

  private constructor(expression: string) {
    checkSelection(expression, 'integration-response-template', 'integration-response-template-selection');
    this.expression = expression;
  }
}

/**
 * The key of a WebSocket integration response: `$default`, or a Java regular expression between slashes,
 * matched against the integration's status code (HTTP and MOCK integrations) or the Lambda error message
 * (AWS integrations). Checked at once against `integration-response-key`.
 *
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-websocket-api-integration-responses.html
 */
export class IntegrationResponseKey {
  /** `$default`: the response used when no pattern matches. */
  public static readonly DEFAULT = new IntegrationResponseKey('$default');

  /**
   * Responses whose status code (or Lambda error message) matches `regex`, a Java regular expression
   * written without the slashes, such as `4\d{2}`.
   */
  public static statusPattern(regex: string): IntegrationResponseKey {
    return new IntegrationResponseKey(`/${regex}/`);
  }

  /** A key written out, such as `/5\d{2}/` or `$default`; checked like the others. */
  public static custom(key: string): IntegrationResponseKey {
    return new IntegrationResponseKey(key);
  }

  /** The key as API Gateway takes it. */
  public readonly key: string;

  private constructor(key: string) {
    if (!isUnknownInput(key)) throwOnProblems(key, parseIntegrationResponseKey(key).problems, [{ ruleId: 'integration-response-key' }]);
    this.key = key;
  }
}

/**
 * How a WebSocket route picks the model that validates a message: an expression over the message body
 * whose value is looked up in the route's request models, or static text such as `\$default`.
 *
 * Not checked here: the synth rule `model-selection-expression` is a warning (an expression it does not
 * expect still deploys), and builders throw only what is certain to fail.
 *
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/websocket-api-request-validation.html
 */
export class ModelSelectionExpression {
  /** `\$default`: always the model keyed `$default`. */
  public static readonly DEFAULT = new ModelSelectionExpression(ESCAPED_DEFAULT);

  /** The model key is a member of the JSON message: `${request.body.<JSONPath>}`. */
  public static requestBody(jsonPath: string): ModelSelectionExpression {
    return new ModelSelectionExpression(bracedBody(jsonPath));
  }

  /** An expression written out, such as `$request.body.type`. */
  public static custom(expression: string): ModelSelectionExpression {
    return new ModelSelectionExpression(expression);
  }

  /** The expression as API Gateway takes it. */
  public readonly expression: string;

  private constructor(expression: string) {
    this.expression = expression;
  }
}

