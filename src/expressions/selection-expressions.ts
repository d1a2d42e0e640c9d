import { checkJavaRegex } from './java-regex';
import { ExpressionProblem, ParseResult, problem, show } from './problem';
import { parseSelectionTemplate, SelectionTemplate, variablesOf } from './selection-template';
import { resolveVariable, SourceKind } from './variables';

/**
 * Selection expressions (DG apigateway-websocket-api-selection-expressions, spec §17): route selection (HTTP
 * and WebSocket), API key selection, route response selection, template selection on integrations and on
 * integration responses, model selection, and integration response keys.
 */

/** API-003: both spellings deploy. */
export const HTTP_ROUTE_SELECTION_EXPRESSIONS: readonly string[] = ['${request.method} ${request.path}', '$request.method $request.path'];

/** API-005. */
export const API_KEY_SELECTION_EXPRESSIONS: readonly string[] = ['$request.header.x-api-key', '$context.authorizer.usageIdentifierKey'];

/** ROUTE-019, RR-002. */
export const ROUTE_RESPONSE_SELECTION_EXPRESSION = '$default';

export type SelectionKind = 'websocket-route' | 'integration-template' | 'integration-response-template' | 'model';

/** The variable sources each `$`-expression may use. */
export const SELECTION_SOURCES: Readonly<Record<SelectionKind, readonly SourceKind[]>> = {
  'websocket-route': ['request.body'], // SEL-002
  'integration-template': ['request.body'], // SEL-004
  'integration-response-template': ['request.body', 'integration.response.statuscode', 'integration.response.header', 'integration.response.multivalueheader'], // SEL-005
  'model': ['request.body'], // SEL-007
};

/** API-003. Problem: `http-route-selection`. */
export function checkHttpRouteSelectionExpression(expression: string): ExpressionProblem[] {
  if (HTTP_ROUTE_SELECTION_EXPRESSIONS.includes(expression)) return [];
  return [problem('http-route-selection', `${show(expression)} is not supported: HTTP APIs route on "\${request.method} \${request.path}" only (omit the property to get it)`, 0, expression.length)];
}

/** API-005. Problem: `api-key-selection`. */
export function checkApiKeySelectionExpression(expression: string): ExpressionProblem[] {
  if (API_KEY_SELECTION_EXPRESSIONS.includes(expression)) return [];
  return [problem('api-key-selection', `${show(expression)} is not supported; expected ${API_KEY_SELECTION_EXPRESSIONS.join(' or ')}`, 0, expression.length)];
}

/** ROUTE-019. Problem: `route-response-selection`. */
export function checkRouteResponseSelectionExpression(expression: string): ExpressionProblem[] {
  if (expression === ROUTE_RESPONSE_SELECTION_EXPRESSION) return [];
  return [problem('route-response-selection', `${show(expression)} is not supported; the only route response selection expression is "$default"`, 0, expression.length)];
}

/**
 * Parses a `$`-selection expression of the given kind. Problems: the template problems (`selection-*`),
 * `variable-source`, `variable-name`, `jsonpath-*`, and `selection-empty` for an empty expression.
 */
export function parseSelectionExpression(expression: string, kind: SelectionKind): ParseResult<SelectionTemplate> {
  if (expression.length === 0) return { ast: undefined, problems: [problem('selection-empty', 'the selection expression is empty', 0)] };
  const { template, problems: syntax } = parseSelectionTemplate(expression);
  const problems = [...syntax]; // the parse is shared (memoized): add to a copy
  for (const v of variablesOf(template)) {
    if (v.name === 'default') continue; // "$default" unescaped: SEL-008 reports it, as a warning
    problems.push(...resolveVariable(v, SELECTION_SOURCES[kind]).problems);
  }
  return { ast: template, problems };
}

/**
 * SEL-008: `$default` written without the backslash is read as the variable `default`. Problem:
 * `selection-unescaped-default`, one per occurrence.
 */
export function unescapedDefaults(expression: string): ExpressionProblem[] {
  const { template } = parseSelectionTemplate(expression);
  return variablesOf(template).filter(v => v.name === 'default').map(v =>
    problem('selection-unescaped-default', '"$default" here is read as a variable named "default"; write "\\$default" to produce the literal key $default', v.offset, v.end - v.offset));
}

/**
 * Whether a selection expression can evaluate to `key`: static text must match exactly, each variable can
 * produce any string (a missing body path gives ""). Used to warn about template keys no evaluation reaches.
 */
export function canProduce(template: SelectionTemplate, key: string): boolean {
  const source = template.parts.map(p => p.kind === 'text' ? escapeRegExp(p.value) : '[\\s\\S]*').join('');
  return new RegExp(`^${source}$`).test(key);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

export type IntegrationResponseKey = { readonly kind: 'default' } | { readonly kind: 'pattern'; readonly pattern: string };

/**
 * IR-003: `$default` or `/regex/` whose inner pattern compiles as a Java regular expression. Problems:
 * `ir-key-syntax`, `java-regex` (offset inside the key).
 */
export function parseIntegrationResponseKey(key: string): ParseResult<IntegrationResponseKey> {
  if (key === '$default') return { ast: { kind: 'default' }, problems: [] };
  if (key.length < 2 || !key.startsWith('/') || !key.endsWith('/')) {
    return { ast: undefined, problems: [problem('ir-key-syntax', `${show(key)} is not an integration response key; expected $default or a pattern between slashes, like /4\\d{2}/`, 0, key.length)] };
  }
  const pattern = key.slice(1, -1);
  const problems = checkJavaRegex(pattern, 1);
  return { ast: problems.length ? undefined : { kind: 'pattern', pattern }, problems };
}
