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
 * True when the analysis cannot decide within its budget: only a certain "no" may become a finding.
 */
export function canProduce(template: SelectionTemplate, key: string): boolean {
  return analyzeCanProduce(template, key).verdict !== 'no';
}

/**
 * The most characters the analysis of one template key may scan (key characters searched plus static text
 * compared). Real keys and expressions are a few dozen characters; past this the answer is `unknown`.
 */
export const CAN_PRODUCE_BUDGET = 1_000_000;

export interface CanProduceAnalysis {
  /** `yes` or `no` when decided; `unknown` when the budget was reached first. */
  readonly verdict: 'yes' | 'no' | 'unknown';
  /** Characters scanned (at most the budget). */
  readonly steps: number;
}

/**
 * `canProduce` with its cost. An expression is static text split by variables, so it matches a key exactly
 * when the key starts with the first text, ends with the last, and holds the texts between in order; taking
 * each middle text at its leftmost place is always right (a later place leaves less room, never more). So
 * the key is scanned once, left to right: linear in the key and the expression, where matching a regular
 * expression with one `.*` per variable backtracks exponentially in the number of variables.
 */
export function analyzeCanProduce(template: SelectionTemplate, key: string, budget = CAN_PRODUCE_BUDGET): CanProduceAnalysis {
  const texts = staticTexts(template);
  if (texts.length === 1) {
    const steps = Math.min(texts[0].length, key.length) + 1;
    if (steps > budget) return { verdict: 'unknown', steps: 0 };
    return { verdict: texts[0] === key ? 'yes' : 'no', steps };
  }
  const first = texts[0];
  const last = texts[texts.length - 1];
  let steps = first.length + last.length;
  if (steps > budget) return { verdict: 'unknown', steps: 0 };
  if (first.length + last.length > key.length || !key.startsWith(first) || !key.endsWith(last)) return { verdict: 'no', steps };
  let cursor = first.length;
  const end = key.length - last.length;
  for (let i = 1; i < texts.length - 1; i++) {
    const text = texts[i];
    if (text.length === 0) continue;
    // Charge the whole span a search may scan before it runs, so the budget bounds the work done.
    const cost = end - cursor + text.length;
    if (steps + cost > budget) return { verdict: 'unknown', steps };
    steps += cost;
    const at = key.indexOf(text, cursor);
    if (at < 0 || at + text.length > end) return { verdict: 'no', steps };
    cursor = at + text.length;
  }
  return { verdict: 'yes', steps };
}

/** The static texts of a template around its variables: one more than the number of variable runs. */
function staticTexts(template: SelectionTemplate): string[] {
  const texts = [''];
  let afterVariable = false;
  for (const part of template.parts) {
    if (part.kind === 'text') {
      texts[texts.length - 1] += part.value;
      afterVariable = false;
    } else if (!afterVariable) {
      texts.push('');
      afterVariable = true;
    }
  }
  return texts;
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
