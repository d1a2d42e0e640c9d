import { memoize } from './memo';
import { ExpressionProblem, ParseResult, problem, show } from './problem';

/**
 * Route keys. HTTP: `$default` or `METHOD /path` (ROUTE-002..005); WebSocket: `$connect`, `$disconnect`,
 * `$default` or a custom key that does not start with `$` (ROUTE-007).
 */

/** Methods HTTP route keys accept (ROUTE-002: TRACE and CONNECT are rejected). */
export const HTTP_ROUTE_METHODS: readonly string[] = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS', 'ANY'];

export const WEBSOCKET_PREDEFINED_ROUTES: readonly string[] = ['$connect', '$disconnect', '$default'];

export type PathSegment =
  | { readonly kind: 'literal'; readonly text: string; readonly offset: number }
  | { readonly kind: 'variable'; readonly name: string; readonly greedy: boolean; readonly offset: number };

export type HttpRouteKey =
  | { readonly kind: 'default' }
  | { readonly kind: 'route'; readonly method: string; readonly path: string; readonly pathOffset: number; readonly segments: readonly PathSegment[] };

const LITERAL = /^[A-Za-z0-9._:-]+$/;
const VARIABLE = /^\{([A-Za-z0-9._:-]+)(\+?)\}$/;

/**
 * Parses an HTTP route key. Problems: `route-key-format` (ROUTE-002), `route-path-segment` (ROUTE-003),
 * `route-greedy-position` (ROUTE-004), `route-duplicate-variable` (ROUTE-005). Segment problems are all
 * reported, each at its own offset.
 */
export function parseHttpRouteKey(key: string): ParseResult<HttpRouteKey> {
  return parseHttpRouteKeyCache(key);
}

function parseHttpRouteKeyUncached(key: string): ParseResult<HttpRouteKey> {
  if (key === '$default') return { ast: { kind: 'default' }, problems: [] };
  const expected = 'expected "$default" or "METHOD /path" with one of GET, POST, PUT, PATCH, DELETE, HEAD, OPTIONS, ANY';
  const space = key.indexOf(' ');
  if (space < 0) return { ast: undefined, problems: [problem('route-key-format', `${show(key)} is not an HTTP route key; ${expected}`, 0, key.length)] };
  const method = key.slice(0, space);
  if (!HTTP_ROUTE_METHODS.includes(method)) {
    return { ast: undefined, problems: [problem('route-key-format', `${show(method)} is not a route method; ${expected}`, 0, Math.max(method.length, 1))] };
  }
  const path = key.slice(space + 1);
  const pathOffset = space + 1;
  if (!path.startsWith('/')) {
    return { ast: undefined, problems: [problem('route-key-format', `the path ${show(path)} must start with "/" right after one space; ${expected}`, pathOffset, Math.max(path.length, 1))] };
  }
  const ws = path.search(/\s/);
  if (ws >= 0) {
    return { ast: undefined, problems: [problem('route-key-format', `the path ${show(path)} contains white space`, pathOffset + ws)] };
  }
  const problems: ExpressionProblem[] = [];
  const segments: PathSegment[] = [];
  if (path === '/') return { ast: { kind: 'route', method, path, pathOffset, segments }, problems };

  let at = pathOffset + 1;
  const parts = path.slice(1).split('/');
  parts.forEach((text, index) => {
    const offset = at;
    at += text.length + 1;
    if (text.length === 0) {
      problems.push(problem('route-path-segment', index === parts.length - 1
        ? 'the path ends with "/"; only the path "/" itself may end with a slash'
        : 'the path has an empty segment ("//")', offset - 1));
      return;
    }
    const v = VARIABLE.exec(text);
    if (v) {
      segments.push({ kind: 'variable', name: v[1], greedy: v[2] === '+', offset });
      return;
    }
    if (LITERAL.test(text)) {
      segments.push({ kind: 'literal', text, offset });
      return;
    }
    const brace = text.search(/[{}]/);
    problems.push(problem('route-path-segment', brace >= 0
      ? `segment ${show(text)}: a path variable must be a whole segment, like /{id} or /{proxy+}`
      : `segment ${show(text)} has characters outside A-Z a-z 0-9 . _ : -`, offset + Math.max(brace, 0), text.length));
  });

  const variables = segments.filter((s): s is Extract<PathSegment, { kind: 'variable' }> => s.kind === 'variable');
  const greedy = variables.filter(s => s.greedy);
  const last = segments[segments.length - 1];
  for (const g of greedy) {
    if (g !== last || greedy.length > 1 || parts.length !== segments.length) {
      problems.push(problem('route-greedy-position', `{${g.name}+} must be the last segment of the path, and appear only once`, g.offset, g.name.length + 3));
    }
  }
  const seen = new Set<string>();
  for (const v of variables) {
    if (seen.has(v.name)) problems.push(problem(DUPLICATE_VARIABLE, `path variable {${v.name}} appears more than once in the route`, v.offset, v.name.length + 2 + (v.greedy ? 1 : 0)));
    seen.add(v.name);
  }
  return { ast: { kind: 'route', method, path, pathOffset, segments }, problems };
}
/** The problem code of a path variable named twice in one route (ROUTE-005): a warning, not a rejection. */
export const DUPLICATE_VARIABLE = 'route-duplicate-variable';

const parseHttpRouteKeyCache = memoize(parseHttpRouteKeyUncached);

/** Names of the path variables of a parsed key (`{id}` and `{proxy+}` both give their name). */
export function pathVariablesOf(key: HttpRouteKey): string[] {
  return key.kind === 'route' ? key.segments.flatMap(s => s.kind === 'variable' ? [s.name] : []) : [];
}

export type WebSocketRouteKey = { readonly kind: 'predefined' | 'custom'; readonly key: string };

/** Parses a WebSocket route key. Problems: `ws-route-key-reserved` (ROUTE-007), `ws-route-key-empty`. */
export function parseWebSocketRouteKey(key: string): ParseResult<WebSocketRouteKey> {
  return parseWebSocketRouteKeyCache(key);
}

function parseWebSocketRouteKeyUncached(key: string): ParseResult<WebSocketRouteKey> {
  if (WEBSOCKET_PREDEFINED_ROUTES.includes(key)) return { ast: { kind: 'predefined', key }, problems: [] };
  if (key.length === 0) return { ast: undefined, problems: [problem('ws-route-key-empty', 'the route key is empty', 0)] };
  if (key.startsWith('$')) {
    return { ast: undefined, problems: [problem('ws-route-key-reserved', `${show(key)} starts with "$", which is reserved for $connect, $disconnect and $default; name custom routes without "$"`, 0, key.length)] };
  }
  return { ast: { kind: 'custom', key }, problems: [] };
}
const parseWebSocketRouteKeyCache = memoize(parseWebSocketRouteKeyUncached);

/** Route `Target` (ROUTE-008): `integrations/<id>`. Problem: `route-target`. */
export function checkRouteTarget(target: string): ExpressionProblem[] {
  if (/^integrations\/[A-Za-z0-9]+$/.test(target) && target.length <= 128) return [];
  return [problem('route-target', `${show(target)} is not a route target; expected integrations/<integrationId>`, 0, target.length)];
}
