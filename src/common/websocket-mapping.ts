import { SwitchyardError } from './errors';
import { bodyPathSuffix, throwOnProblems } from './mapping-value';
import { isContextVariable } from '../expressions/context-variables';
import { show } from '../expressions/problem';
import { parseWebSocketRequestKey, parseWebSocketRequestValue } from '../expressions/websocket-mapping';
import { isUnknownInput, isUnresolvedKey } from '../private/unknown-input';

/** Checks a data-mapping value as `ws-mapping-value` and `ws-mapping-context-variable` will at synth. */
function checkValue(value: string): void {
  if (isUnknownInput(value)) return;
  const parsed = parseWebSocketRequestValue(value);
  throwOnProblems(value, parsed.problems, [{ ruleId: 'ws-mapping-value' }]);
  const ast = parsed.ast;
  if (ast?.source === 'context' && ast.name !== undefined && !isContextVariable(ast.name, 'websocket-mapping')) {
    throw new SwitchyardError('ws-mapping-context-variable', `${show(ast.name)} in ${show(value)} is not a WebSocket context variable; expected one such as connectionId, routeKey, eventType, messageId, requestId, identity.sourceIp or authorizer.<key>`);
  }
}

/**
 * A source for WebSocket API data mapping: a parameter of the route request, the message body, a context
 * or stage variable, or a static value. Written without `$` (the WebSocket dialect). Each factory checks its
 * input at once and throws a `SwitchyardError` with the id of the rule it breaks; unresolved tokens are
 * not checked.
 *
 * Header and query-string sources exist only on the `$connect` route; the synth rules check where the
 * integration is used.
 *
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/websocket-api-data-mapping.html
 */
export class WebSocketMappingValue {
  /** A header of the `$connect` request: `route.request.header.<name>`. */
  public static requestHeader(name: string): WebSocketMappingValue {
    return WebSocketMappingValue.checked(`route.request.header.${name}`);
  }

  /** A query-string parameter of the `$connect` request: `route.request.querystring.<name>`. */
  public static requestQueryString(name: string): WebSocketMappingValue {
    return WebSocketMappingValue.checked(`route.request.querystring.${name}`);
  }

  /** All the values of a `$connect` request header: `route.request.multivalueheader.<name>`. */
  public static requestMultiValueHeader(name: string): WebSocketMappingValue {
    return WebSocketMappingValue.checked(`route.request.multivalueheader.${name}`);
  }

  /** All the values of a `$connect` query-string parameter: `route.request.multivaluequerystring.<name>`. */
  public static requestMultiValueQueryString(name: string): WebSocketMappingValue {
    return WebSocketMappingValue.checked(`route.request.multivaluequerystring.${name}`);
  }

  /**
   * The message body, or a member of it: `route.request.body.<JSONPath>`. The path may be written `$.a.b`,
   * `a.b` or `['a b']`; recursive descent (`..`) and filter expressions are not supported. A path that is
   * an unresolved token is written after a `.`, so it must resolve to a form such as `a.b`.
   *
   * @param jsonPath The member to read.
   * @default - the whole body
   */
  public static requestBody(jsonPath?: string): WebSocketMappingValue {
    return WebSocketMappingValue.checked(`route.request.body${bodyPathSuffix(jsonPath)}`);
  }

  /** A WebSocket context variable, without `context.` (for example `connectionId`, `authorizer.principalId`). */
  public static contextVariable(name: string): WebSocketMappingValue {
    return WebSocketMappingValue.checked(`context.${name}`);
  }

  /** A stage variable: `stageVariables.<name>` (letters, digits and `_`). */
  public static stageVariable(name: string): WebSocketMappingValue {
    return WebSocketMappingValue.checked(`stageVariables.${name}`);
  }

  /** Static text, sent as is; it is written in single quotes (`'application/json'`). */
  public static staticValue(text: string): WebSocketMappingValue {
    return WebSocketMappingValue.checked(`'${text}'`);
  }

  /** A value written out, such as `route.request.body.action` or `'static'`; checked like the others. */
  public static custom(value: string): WebSocketMappingValue {
    return WebSocketMappingValue.checked(value);
  }

  private static checked(value: string): WebSocketMappingValue {
    checkValue(value);
    return new WebSocketMappingValue(value);
  }

  /** The value as API Gateway takes it. */
  public readonly value: string;

  private constructor(value: string) {
    this.value = value;
  }
}

/**
 * WebSocket API data mapping: the headers, query-string parameters and path parameters of the request an
 * integration sends (`integration.request.header|querystring|path.<name>`). Each factory makes one
 * mapping and checks its name at once; `combine` puts several together.
 *
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/websocket-api-data-mapping.html
 */
export class WebSocketParameterMapping {
  /** Sets the integration request header `name` (`integration.request.header.<name>`). */
  public static header(name: string, value: WebSocketMappingValue): WebSocketParameterMapping {
    return WebSocketParameterMapping.custom(`integration.request.header.${name}`, value.value);
  }

  /** Sets the integration request query-string parameter `name` (`integration.request.querystring.<name>`). */
  public static queryString(name: string, value: WebSocketMappingValue): WebSocketParameterMapping {
    return WebSocketParameterMapping.custom(`integration.request.querystring.${name}`, value.value);
  }

  /** Sets the integration request path parameter `name` (`integration.request.path.<name>`). */
  public static path(name: string, value: WebSocketMappingValue): WebSocketParameterMapping {
    return WebSocketParameterMapping.custom(`integration.request.path.${name}`, value.value);
  }

  /** A mapping written out, such as `integration.request.header.x` to `context.connectionId`; checked like the others. */
  public static custom(key: string, value: string): WebSocketParameterMapping {
    if (!isUnresolvedKey(key)) throwOnProblems(key, parseWebSocketRequestKey(key).problems, [{ ruleId: 'ws-mapping-key' }]);
    checkValue(value);
    return new WebSocketParameterMapping({ [key]: value });
  }

  /**
   * Mappings written as an object, key to value, as aws-cdk-lib's `requestParameters` takes them
   * (`{ 'integration.request.header.x': 'context.connectionId' }`); each is checked as `custom` checks it.
   */
  public static fromObject(obj: { [key: string]: string }): WebSocketParameterMapping {
    return WebSocketParameterMapping.combine(...Object.entries(obj).map(([key, value]) => WebSocketParameterMapping.custom(key, value)));
  }

  /** Several mappings together; a key may appear only once. */
  public static combine(...mappings: WebSocketParameterMapping[]): WebSocketParameterMapping {
    const out: { [key: string]: string } = {};
    for (const m of mappings) {
      for (const [key, value] of Object.entries(m.mappings)) {
        if (key in out) {
          throw new SwitchyardError('ws-mapping-key', `${show(key)} is mapped twice (${show(out[key])} and ${show(value)}); a data mapping takes one value per key`);
        }
        out[key] = value;
      }
    }
    return new WebSocketParameterMapping(out);
  }

  /** The mappings as `Integration.RequestParameters` takes them: key to value. */
  public readonly mappings: { [key: string]: string };

  private constructor(mappings: { [key: string]: string }) {
    this.mappings = mappings;
  }
}
