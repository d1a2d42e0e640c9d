import { throwOnProblems } from './mapping-value';
import { parseHttpIdentitySource, parseWebSocketIdentitySource } from '../expressions/identity-source';
import { isUnknownInput } from '../private/unknown-input';

/**
 * Where an HTTP API authorizer reads the caller's identity: a request header or query-string parameter, a
 * context variable or a stage variable (`$request.header.Authorization`). A Lambda REQUEST authorizer may
 * use several; a JWT authorizer takes exactly one header or query-string parameter. Checked at once
 * against `http-identity-source`; unresolved tokens are not checked.
 *
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-lambda-authorizer.html#http-api-lambda-authorizer.identity-sources
 */
export class HttpIdentitySource {
  /** A request header: `$request.header.<name>`. */
  public static header(name: string): HttpIdentitySource {
    return new HttpIdentitySource(`$request.header.${name}`);
  }

  /** A query-string parameter: `$request.querystring.<name>`. */
  public static queryString(name: string): HttpIdentitySource {
    return new HttpIdentitySource(`$request.querystring.${name}`);
  }

  /** A context variable, without `$context.` (letters, digits, `.` and `_`), such as `identity.sourceIp`. */
  public static context(name: string): HttpIdentitySource {
    return new HttpIdentitySource(`$context.${name}`);
  }

  /** A stage variable: `$stageVariables.<name>` (letters, digits and `_`). */
  public static stageVariable(name: string): HttpIdentitySource {
    return new HttpIdentitySource(`$stageVariables.${name}`);
  }

  /** A source written out, such as `$request.header.Authorization`; checked like the others. */
  public static custom(source: string): HttpIdentitySource {
    return new HttpIdentitySource(source);
  }

  /** The identity source as API Gateway takes it. */
  public readonly source: string;

  private constructor(source: string) {
    if (!isUnknownInput(source)) throwOnProblems(source, parseHttpIdentitySource(source).problems, [{ ruleId: 'http-identity-source' }]);
    this.source = source;
  }
}

/**
 * Where a WebSocket API authorizer reads the caller's identity on `$connect`: a request header or
 * query-string parameter, a context variable or a stage variable, written without `$`
 * (`route.request.header.Auth`). Checked at once against `ws-identity-source`; unresolved tokens are not
 * checked.
 *
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-websocket-api-lambda-auth.html
 */
export class WebSocketIdentitySource {
  /** A header of the `$connect` request: `route.request.header.<name>`. */
  public static header(name: string): WebSocketIdentitySource {
    return new WebSocketIdentitySource(`route.request.header.${name}`);
  }

  /** A query-string parameter of the `$connect` request: `route.request.querystring.<name>`. */
  public static queryString(name: string): WebSocketIdentitySource {
    return new WebSocketIdentitySource(`route.request.querystring.${name}`);
  }

  /** A context variable, without `context.` (letters, digits, `.` and `_`). */
  public static context(name: string): WebSocketIdentitySource {
    return new WebSocketIdentitySource(`context.${name}`);
  }

  /** A stage variable: `stageVariables.<name>` (letters, digits and `_`). */
  public static stageVariable(name: string): WebSocketIdentitySource {
    return new WebSocketIdentitySource(`stageVariables.${name}`);
  }

  /** A source written out, such as `route.request.querystring.token`; checked like the others. */
  public static custom(source: string): WebSocketIdentitySource {
    return new WebSocketIdentitySource(source);
  }

  /** The identity source as API Gateway takes it. */
  public readonly source: string;

  private constructor(source: string) {
    if (!isUnknownInput(source)) throwOnProblems(source, parseWebSocketIdentitySource(source).problems, [{ ruleId: 'ws-identity-source' }]);
    this.source = source;
  }
}

/**
 * The identity source of a JWT authorizer, given as Switchyard's one source or as aws-cdk-lib's list of
 * strings (each checked at once); the Authorization header when none is given.
 */
export function jwtIdentitySources(given: HttpIdentitySource | string[] | undefined): (HttpIdentitySource | string)[] {
  if (given === undefined) return [HttpIdentitySource.header('Authorization')];
  if (given instanceof HttpIdentitySource) return [given];
  return given.map(s => HttpIdentitySource.custom(s));
}

/** The sources as API Gateway takes them; a string (aws-cdk-lib's form) is checked as `custom` checks it. */
export function httpIdentitySources(sources: readonly (HttpIdentitySource | string)[]): string[] {
  return sources.map(s => typeof s === 'string' ? HttpIdentitySource.custom(s).source : s.source);
}

/** The sources as API Gateway takes them; a string (aws-cdk-lib's form) is checked as `custom` checks it. */
export function webSocketIdentitySources(sources: readonly (WebSocketIdentitySource | string)[]): string[] {
  return sources.map(s => typeof s === 'string' ? WebSocketIdentitySource.custom(s).source : s.source);
}
