import { ExpressionProblem, ParseResult, problem, show } from './problem';

/**
 * Authorizer identity sources. HTTP (AUTH-013): `$request.header.<name>`, `$request.querystring.<name>`,
 * `$context.<variable>`, `$stageVariables.<name>`; JWT (AUTH-006): exactly one header or query string;
 * WebSocket (AUTH-014): the same sources without `$`, requests as `route.request.header|querystring.<name>`.
 */

export type IdentitySourceKind = 'header' | 'querystring' | 'context' | 'stageVariables';

export interface IdentitySourceAst {
  readonly kind: IdentitySourceKind;
  readonly name: string;
  readonly nameOffset: number;
}

const HTTP_FORMS: readonly [string, IdentitySourceKind, RegExp][] = [
  ['$request.header.', 'header', /^[^\s]+$/],
  ['$request.querystring.', 'querystring', /^[^\s]+$/],
  ['$context.', 'context', /^[A-Za-z0-9._]+$/],
  ['$stageVariables.', 'stageVariables', /^[A-Za-z0-9_]+$/],
];

const WEBSOCKET_FORMS: readonly [string, IdentitySourceKind, RegExp][] = [
  ['route.request.header.', 'header', /^[a-zA-Z0-9._-]+$/],
  ['route.request.querystring.', 'querystring', /^[a-zA-Z0-9._-]+$/],
  ['context.', 'context', /^[A-Za-z0-9._]+$/],
  ['stageVariables.', 'stageVariables', /^[A-Za-z0-9_]+$/],
];

/** Parses one HTTP identity source. Problem: `http-identity-source` (AUTH-013). */
export function parseHttpIdentitySource(source: string): ParseResult<IdentitySourceAst> {
  const r = parseWith(source, HTTP_FORMS, 'http-identity-source',
    '$request.header.<name>, $request.querystring.<name>, $context.<variable> or $stageVariables.<name>');
  if (!r.ast && /^(route\.request\.|request\.|header\.|querystring\.)/.test(source)) {
    return { ast: undefined, problems: [problem('http-identity-source', `${show(source)} is not an HTTP identity source; HTTP APIs write $request.header.<name> or $request.querystring.<name> (with "$", without "route.")`, 0, source.length)] };
  }
  return r;
}

/** Parses one WebSocket identity source. Problem: `ws-identity-source` (AUTH-014). */
export function parseWebSocketIdentitySource(source: string): ParseResult<IdentitySourceAst> {
  const r = parseWith(source, WEBSOCKET_FORMS, 'ws-identity-source',
    'route.request.header.<name>, route.request.querystring.<name>, context.<variable> or stageVariables.<name>');
  if (!r.ast && source.startsWith('$')) {
    return { ast: undefined, problems: [problem('ws-identity-source', `${show(source)} uses the HTTP API "$" form; WebSocket identity sources are written route.request.header.<name>, route.request.querystring.<name>, context.<variable> or stageVariables.<name>`, 0, source.length)] };
  }
  return r;
}

/**
 * Checks a JWT authorizer's identity sources (AUTH-006): exactly one, a header or a query string.
 * Problems: `jwt-identity-source` with `index` the entry at fault (-1 for the list itself).
 */
export function checkJwtIdentitySources(sources: readonly string[]): { index: number; problem: ExpressionProblem }[] {
  if (sources.length !== 1) {
    return [{ index: -1, problem: problem('jwt-identity-source', `a JWT authorizer takes exactly one identity source; got ${sources.length}`, 0) }];
  }
  const r = parseHttpIdentitySource(sources[0]);
  if (r.ast && (r.ast.kind === 'header' || r.ast.kind === 'querystring') && !r.ast.name.includes('.')) return [];
  return [{ index: 0, problem: problem('jwt-identity-source', `${show(sources[0])} is not a JWT token source; expected $request.header.<name> or $request.querystring.<name>`, 0, sources[0].length) }];
}

type Form = readonly [string, IdentitySourceKind, RegExp];

function parseWith(source: string, forms: readonly Form[], code: string, expected: string): ParseResult<IdentitySourceAst> {
  for (const [prefix, kind, name] of forms) {
    if (!source.startsWith(prefix)) continue;
    const rest = source.slice(prefix.length);
    if (!name.test(rest)) {
      const bad = rest.length === 0 ? 0 : [...rest].findIndex(c => !name.test(c));
      return { ast: undefined, problems: [problem(code, rest.length === 0 ? `${show(source)} names no ${kind}` : `${show(source)}: ${show(rest)} has a character the ${kind} name does not allow`, rest.length === 0 ? 0 : prefix.length + Math.max(bad, 0), rest.length === 0 ? source.length : 1)] };
    }
    return { ast: { kind, name: rest, nameOffset: prefix.length }, problems: [] };
  }
  return { ast: undefined, problems: [problem(code, `${show(source)} is not an identity source; expected ${expected}`, 0, source.length)] };
}
