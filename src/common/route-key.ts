import { throwOnProblems } from './mapping-value';
import { DUPLICATE_VARIABLE, parseHttpRouteKey, parseWebSocketRouteKey, pathVariablesOf } from '../expressions/route-key';
import { isUnknownInput } from '../private/unknown-input';

/**
 * The methods an HTTP API route can match (TRACE and CONNECT are rejected by API Gateway).
 */
export enum HttpMethod {
  /** Any method. */
  ANY = 'ANY',
  /** DELETE. */
  DELETE = 'DELETE',
  /** GET. */
  GET = 'GET',
  /** HEAD. */
  HEAD = 'HEAD',
  /** OPTIONS. */
  OPTIONS = 'OPTIONS',
  /** PATCH. */
  PATCH = 'PATCH',
  /** POST. */
  POST = 'POST',
  /** PUT. */
  PUT = 'PUT',
}

/**
 * The key of an HTTP API route: `$default`, or a method and a path such as `GET /pets/{id}`. Paths start
 * with `/`, do not end with `/` (except `/` itself), and hold path variables only as whole segments
 * (`{id}`), with a greedy `{name+}` only last. Checked at once; a key that breaks `http-route-key` throws
 * a `SwitchyardError`. Unresolved tokens are not checked.
 *
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-develop-routes.html
 */
export class HttpRouteKey {
  /** The catch-all route, used when no other route matches. */
  public static readonly DEFAULT = new HttpRouteKey('$default');

  /**
   * A route matching `method` on `path`, such as `/pets/{id}` or `/files/{proxy+}`.
   *
   * @param path The path, starting with `/`.
   * @param method The method the route matches.
   * @default HttpMethod.ANY
   */
  public static with(path: string, method?: HttpMethod): HttpRouteKey {
    const m = method ?? HttpMethod.ANY;
    return new HttpRouteKey(`${m} ${path}`, m, path);
  }

  /** A route key written out, such as `GET /pets/{id}` or `$default`; checked like the others. */
  public static custom(key: string): HttpRouteKey {
    if (isUnknownInput(key)) return new HttpRouteKey(key);
    const parsed = parseHttpRouteKey(key);
    const ast = parsed.ast;
    if (ast?.kind === 'route' && parsed.problems.every(p => p.code === DUPLICATE_VARIABLE)) return new HttpRouteKey(key, ast.method as HttpMethod, ast.path);
    return new HttpRouteKey(key);
  }

  /** The route key as API Gateway takes it (`GET /pets/{id}`). */
  public readonly key: string;

  /**
   * The method of the route: `ANY` for `$default` (as in aws-cdk-lib) and for a key that is an unresolved
   * token, whose method is not known.
   */
  public readonly method: HttpMethod;

  /**
   * The path of the route.
   *
   * @default - none, for `$default` and for keys that are unresolved tokens
   */
  public readonly path?: string;

  /** The names of the path variables (`{id}` and `{proxy+}` give `id` and `proxy`), for `$request.path.<name>` mappings. */
  public readonly pathVariables: string[];

  private constructor(key: string, method?: HttpMethod, path?: string) {
    this.key = key;
    this.method = method ?? HttpMethod.ANY;
    this.path = path;
    this.pathVariables = [];
    if (isUnknownInput(key)) return;
    const parsed = parseHttpRouteKey(key);
    // A variable named twice is only a warning (http-route-key-duplicate-variable reports it at synth).
    throwOnProblems(key, parsed.problems.filter(p => p.code !== DUPLICATE_VARIABLE), [{ ruleId: 'http-route-key' }]);
    if (parsed.ast) this.pathVariables = pathVariablesOf(parsed.ast);
  }
}

/**
 * The key of a WebSocket API route: `$connect`, `$disconnect`, `$default`, or a custom key (the value
 * the route selection expression gives, such as `sendMessage`) that does not start with `$`.
 *
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/websocket-api-develop-routes.html
 */
export class WebSocketRouteKey {
  /** The route run when a client connects. */
  public static readonly CONNECT = new WebSocketRouteKey('$connect');

  /** The route run when a client or the server disconnects. */
  public static readonly DISCONNECT = new WebSocketRouteKey('$disconnect');

  /** The route run when no other route matches a message. */
  public static readonly DEFAULT = new WebSocketRouteKey('$default');

  /** A custom route key, matched against the value of the route selection expression; it may not start with `$`. */
  public static custom(key: string): WebSocketRouteKey {
    return new WebSocketRouteKey(key);
  }

  /** The route key as API Gateway takes it. */
  public readonly key: string;

  private constructor(key: string) {
    if (!isUnknownInput(key)) throwOnProblems(key, parseWebSocketRouteKey(key).problems, [{ ruleId: 'ws-route-key' }]);
    this.key = key;
  }
}
