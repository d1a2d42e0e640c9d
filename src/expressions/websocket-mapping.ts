import { JsonPath, parseJsonPath } from './jsonpath';
import { memoize } from './memo';
import { ExpressionProblem, ParseResult, problem, show } from './problem';

/**
 * WebSocket data mapping (seed 000): keys `integration.request.header|querystring|path.<P>`, values
 * `route.request.header|querystring|multivalueheader|multivaluequerystring.<P>`, `route.request.body.<JSONPath>`,
 * `context.<variable>`, `stageVariables.<name>` and `'static'`, all without `$`. Also the integration-response
 * parameters (IR-006) and the route request-parameter keys (ROUTE-017) of the same dialect.
 */

/** S000 PARAM_NAME (conflict note 9: the printed regex has a stray `]`). */
export const WEBSOCKET_PARAM_NAME = /^[a-zA-Z0-9._$-]+$/;

export interface WebSocketMappingKey {
  readonly location: 'header' | 'querystring' | 'path';
  readonly name: string;
  readonly nameOffset: number;
}

const KEY_PREFIX = 'integration.request.';

/**
 * Parses an integration request-parameter key. Problems: `ws-key-syntax` (WS-PM-001), `ws-param-name`
 * (WS-PM-004), `ws-key-dialect` (an HTTP `append:header.x` key, WS-PM-008).
 */
export function parseWebSocketRequestKey(key: string): ParseResult<WebSocketMappingKey> {
  return parseWebSocketRequestKeyCache(key);
}

function parseWebSocketRequestKeyUncached(key: string): ParseResult<WebSocketMappingKey> {
  const fail = (code: string, message: string, offset = 0, length = key.length): ParseResult<WebSocketMappingKey> =>
    ({ ast: undefined, problems: [problem(code, message, offset, length)] });
  const expected = 'integration.request.header.<name>, integration.request.querystring.<name> or integration.request.path.<name>';
  if (/^(append|overwrite|remove):/.test(key)) {
    return fail('ws-key-dialect', `${show(key)} is an HTTP API parameter-mapping key; WebSocket APIs take ${expected}`);
  }
  if (!key.startsWith(KEY_PREFIX)) return fail('ws-key-syntax', `${show(key)} is not a data-mapping key; expected ${expected}`);
  const rest = key.slice(KEY_PREFIX.length);
  const dot = rest.indexOf('.');
  const location = dot < 0 ? rest : rest.slice(0, dot);
  if (location !== 'header' && location !== 'querystring' && location !== 'path') {
    return fail('ws-key-syntax', `${show(location)} is not a data-mapping location; expected ${expected}`, KEY_PREFIX.length, Math.max(location.length, 1));
  }
  const name = dot < 0 ? '' : rest.slice(dot + 1);
  const nameOffset = KEY_PREFIX.length + location.length + 1;
  if (name.length === 0) return fail('ws-key-syntax', `${show(key)} names no ${location}; expected integration.request.${location}.<name>`);
  const bad = firstBadParamChar(name);
  if (bad >= 0) {
    return {
      ast: { location, name, nameOffset },
      problems: [problem('ws-param-name', `${location} name ${show(name)} has ${show(name[bad])}; names match ^[a-zA-Z0-9._$-]+$`, nameOffset + bad)],
    };
  }
  return { ast: { location, name, nameOffset }, problems: [] };
}
const parseWebSocketRequestKeyCache = memoize(parseWebSocketRequestKeyUncached);

function firstBadParamChar(name: string): number {
  for (let i = 0; i < name.length; i++) if (!/[a-zA-Z0-9._$-]/.test(name[i])) return i;
  return -1;
}

export type WebSocketValueSource =
  | 'route.request.header'
  | 'route.request.querystring'
  | 'route.request.multivalueheader'
  | 'route.request.multivaluequerystring'
  | 'route.request.body'
  | 'context'
  | 'stageVariables'
  | 'static';

/** Sources that only exist on the `$connect` route (S000). */
export const CONNECT_ONLY_SOURCES: readonly WebSocketValueSource[] = [
  'route.request.header', 'route.request.querystring', 'route.request.multivalueheader', 'route.request.multivaluequerystring',
];

export interface WebSocketMappingValue {
  readonly source: WebSocketValueSource;
  /** Parameter, context variable or stage variable name; the static text for `static`. */
  readonly name?: string;
  readonly nameOffset?: number;
  readonly jsonPath?: JsonPath;
}

const NAMED_SOURCES: readonly WebSocketValueSource[] = [
  'route.request.header', 'route.request.querystring', 'route.request.multivalueheader', 'route.request.multivaluequerystring',
  'context', 'stageVariables',
];

const VALUE_FORMS = "route.request.header|querystring|multivalueheader|multivaluequerystring.<name>, route.request.body.<JSONPath>, context.<variable>, stageVariables.<name> or 'static value'";

/**
 * Parses a data-mapping value. Problems: `ws-value-syntax` (WS-PM-002, WS-PM-006: unquoted static text or an
 * unknown source), `ws-value-dialect` (a `$`-prefixed HTTP form, WS-PM-008), `ws-param-name` (WS-PM-004),
 * `jsonpath-*`.
 */
export function parseWebSocketRequestValue(value: string): ParseResult<WebSocketMappingValue> {
  return parseWebSocketRequestValueCache(value);
}

function parseWebSocketRequestValueUncached(value: string): ParseResult<WebSocketMappingValue> {
  const fail = (code: string, message: string, offset = 0, length = value.length): ParseResult<WebSocketMappingValue> =>
    ({ ast: undefined, problems: [problem(code, message, offset, length)] });
  if (value.startsWith('\'')) {
    if (value.length < 2 || !value.endsWith('\'')) return fail('ws-value-syntax', `static value ${show(value)} is not closed; wrap static text in single quotes, like 'text'`);
    return { ast: { source: 'static', name: value.slice(1, -1), nameOffset: 1 }, problems: [] };
  }
  if (value.startsWith('$')) {
    return fail('ws-value-dialect', `${show(value)} uses the HTTP API "$" form; WebSocket data mapping writes sources without "$": ${VALUE_FORMS}`);
  }
  if (value.startsWith('route.request.body')) {
    const rest = value.slice('route.request.body'.length);
    if (rest.length === 0) return { ast: { source: 'route.request.body' }, problems: [] };
    const parsed = parseJsonPath(rest, { rooted: false, base: 'route.request.body'.length });
    return { ast: parsed.ast ? { source: 'route.request.body', jsonPath: parsed.ast } : undefined, problems: parsed.problems };
  }
  for (const source of NAMED_SOURCES) {
    const prefix = `${source}.`;
    if (!value.startsWith(prefix)) continue;
    const name = value.slice(prefix.length);
    if (name.length === 0) return fail('ws-value-syntax', `${show(value)} names no ${source === 'context' ? 'context variable' : 'parameter'}`);
    const problems: ExpressionProblem[] = [];
    if (source === 'stageVariables') {
      if (!/^[A-Za-z0-9_]+$/.test(name)) problems.push(problem('ws-value-syntax', `stage variable name ${show(name)} may only use letters, digits and "_"`, prefix.length, name.length));
    } else if (source !== 'context') {
      const bad = firstBadParamChar(name);
      if (bad >= 0) problems.push(problem('ws-param-name', `parameter name ${show(name)} has ${show(name[bad])}; names match ^[a-zA-Z0-9._$-]+$`, prefix.length + bad));
    }
    return { ast: { source, name, nameOffset: prefix.length }, problems };
  }
  return fail('ws-value-syntax', `${show(value)} is neither a source nor a quoted static value; expected ${VALUE_FORMS}`);
}
const parseWebSocketRequestValueCache = memoize(parseWebSocketRequestValueUncached);

/** Route request parameters (ROUTE-017): `route.request.header|querystring.<P>`. Problem: `ws-route-parameter-key`. */
export function parseRouteRequestParameterKey(key: string): ParseResult<{ location: 'header' | 'querystring'; name: string }> {
  const m = /^route\.request\.(header|querystring)\.(.+)$/s.exec(key);
  if (!m || !WEBSOCKET_PARAM_NAME.test(m[2])) {
    return { ast: undefined, problems: [problem('ws-route-parameter-key', `${show(key)} is not a route request parameter; expected route.request.header.<name> or route.request.querystring.<name> with names matching ^[a-zA-Z0-9._$-]+$`, 0, key.length)] };
  }
  return { ast: { location: m[1] as 'header' | 'querystring', name: m[2] }, problems: [] };
}

/** RFC 7230 token characters, the header names IR-006 accepts. */
const HEADER_TOKEN = /^[A-Za-z0-9!#$%&'*+.^_`|~-]+$/;

/**
 * Integration-response parameters (IR-006): keys `method.response.header.<name>`; values
 * `integration.response.header.<name>`, `integration.response.body.<JSONPath>` or `'static'`.
 * Problems: `ws-response-key`, `ws-response-value`, `jsonpath-*`.
 */
export interface ResponseParameterProblems {
  readonly keyProblems: ExpressionProblem[];
  readonly valueProblems: ExpressionProblem[];
}

export function parseIntegrationResponseParameter(key: string, value: string): ResponseParameterProblems {
  const keyProblems: ExpressionProblem[] = [];
  const valueProblems: ExpressionProblem[] = [];
  const km = /^method\.response\.header\.(.*)$/s.exec(key);
  if (!km || !HEADER_TOKEN.test(km[1])) {
    keyProblems.push(problem('ws-response-key', `${show(key)} is not a response parameter key; expected method.response.header.<name>`, 0, key.length));
  }
  if (value.startsWith('\'')) {
    if (value.length < 2 || !value.endsWith('\'')) valueProblems.push(problem('ws-response-value', `static value ${show(value)} is not closed; wrap static text in single quotes`, 0, value.length));
  } else if (value.startsWith('integration.response.body')) {
    const rest = value.slice('integration.response.body'.length);
    // Not push(...): a long path may have more problems than a call takes arguments.
    if (rest.length > 0) for (const p of parseJsonPath(rest, { rooted: false, base: 'integration.response.body'.length }).problems) valueProblems.push(p);
  } else if (value.startsWith('integration.response.header.')) {
    const name = value.slice('integration.response.header.'.length);
    if (!HEADER_TOKEN.test(name)) valueProblems.push(problem('ws-response-value', `${show(name)} is not a header name`, 'integration.response.header.'.length, Math.max(name.length, 1)));
  } else {
    valueProblems.push(problem('ws-response-value', `${show(value)} is not a response parameter source; expected integration.response.header.<name>, integration.response.body.<JSONPath> or 'static value'`, 0, value.length));
  }
  return { keyProblems, valueProblems };
}
