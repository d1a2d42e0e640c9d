import { memoize } from './memo';
import { ExpressionProblem, ParseResult, problem, show } from './problem';
import { parseSelectionTemplate, TemplatePart, variablesOf } from './selection-template';
import { resolveVariable, SourceKind, VariableSource } from './variables';

/**
 * HTTP API parameter mapping (seed 004): request keys `append|overwrite|remove:header|querystring.<name>` and
 * `overwrite:path`; response keys `append|overwrite|remove:header.<name>` and `overwrite:statuscode`, grouped
 * by status codes 200 to 599; values made of static text and variables.
 */

export type MappingAction = 'append' | 'overwrite' | 'remove';

export const MAPPING_ACTIONS: readonly MappingAction[] = ['append', 'overwrite', 'remove'];

export interface HttpMappingKey {
  readonly action: MappingAction;
  /** `header`, `querystring` and `path` for requests; `header` and `statuscode` for responses. */
  readonly location: 'header' | 'querystring' | 'path' | 'statuscode';
  /** The header or query-string name (absent for `path` and `statuscode`). */
  readonly name?: string;
  readonly nameOffset?: number;
}

/** SDK `IntegrationParameters` values are `StringWithLengthBetween1And512`. */
export const MAX_MAPPING_VALUE_LENGTH = 512;

/** Response parameter groups are keyed by status codes in this range (S003 responseParameters). */
export const MIN_RESPONSE_STATUS = 200;
export const MAX_RESPONSE_STATUS = 599;

const KEY = /^([^:]*):([^.]*)(?:\.(.*))?$/s;

/**
 * Parses a request key. Problems: `http-key-syntax` (HTTP-PM-001), `http-key-path` (HTTP-PM-002),
 * `http-key-dialect` (a WebSocket `integration.request.*` key, WS-PM-008).
 */
export function parseHttpRequestKey(key: string): ParseResult<HttpMappingKey> {
  return requestKeys(key);
}
const requestKeys = memoize(key => parseKey(key, 'request'));

/**
 * Parses a response key. Problems: `http-key-syntax` (HTTP-PM-003: no query strings or paths in
 * responses; `overwrite:statuscode` only).
 */
export function parseHttpResponseKey(key: string): ParseResult<HttpMappingKey> {
  return responseKeys(key);
}
const responseKeys = memoize(key => parseKey(key, 'response'));

function parseKey(key: string, direction: 'request' | 'response'): ParseResult<HttpMappingKey> {
  const fail = (code: string, message: string, offset = 0, length = key.length): ParseResult<HttpMappingKey> =>
    ({ ast: undefined, problems: [problem(code, message, offset, length)] });
  const expected = direction === 'request'
    ? 'append|overwrite|remove:header.<name>, append|overwrite|remove:querystring.<name> or overwrite:path'
    : 'append|overwrite|remove:header.<name> or overwrite:statuscode';

  if (direction === 'request' && /^integration\.request\./.test(key)) {
    return fail('http-key-dialect', `${show(key)} is a WebSocket data-mapping key; HTTP APIs take ${expected}`);
  }
  const m = KEY.exec(key);
  if (!m || !key.includes(':')) return fail('http-key-syntax', `${show(key)} is not a mapping key; expected ${expected}`);
  const [, actionText, location, name] = m;
  if (!(MAPPING_ACTIONS as readonly string[]).includes(actionText)) {
    return fail('http-key-syntax', `${show(actionText)} is not a mapping action; expected append, overwrite or remove (${expected})`, 0, Math.max(actionText.length, 1));
  }
  const action = actionText as MappingAction;
  const locAt = actionText.length + 1;
  const nameAt = locAt + location.length + 1;

  if (location === 'path' && direction === 'request') {
    if (action !== 'overwrite' || name !== undefined) {
      return fail('http-key-path', `${show(key)}: the request path can only be replaced as a whole, with the key "overwrite:path"`, 0, key.length);
    }
    return { ast: { action, location: 'path' }, problems: [] };
  }
  if (location === 'statuscode' && direction === 'response') {
    if (action !== 'overwrite' || name !== undefined) {
      return fail('http-key-syntax', `${show(key)}: the status code can only be set with the key "overwrite:statuscode"`);
    }
    return { ast: { action, location: 'statuscode' }, problems: [] };
  }
  const locations = direction === 'request' ? ['header', 'querystring'] : ['header'];
  if (!locations.includes(location)) {
    return fail('http-key-syntax', `${show(location)} is not a ${direction} mapping location; expected ${expected}`, locAt, Math.max(location.length, 1));
  }
  if (name === undefined || name.length === 0) {
    return fail('http-key-syntax', `${show(key)} names no ${location}; expected ${action}:${location}.<name>`, 0, key.length);
  }
  if (/\s/.test(name)) {
    const ws = name.search(/\s/);
    return fail('http-key-syntax', `${location} name ${show(name)} contains white space`, nameAt + ws, 1);
  }
  return { ast: { action, location: location as 'header' | 'querystring', name, nameOffset: nameAt }, problems: [] };
}

export interface HttpMappingValue {
  readonly parts: readonly TemplatePart[];
  /** The resolved variables, in order. */
  readonly sources: readonly VariableSource[];
}

export const REQUEST_VALUE_SOURCES: readonly SourceKind[] = [
  'request.header', 'request.querystring', 'request.body', 'request.path', 'request.path.parameter', 'context', 'stageVariables',
];

export const RESPONSE_VALUE_SOURCES: readonly SourceKind[] = [
  'response.header', 'response.body', 'context', 'stageVariables',
];

/**
 * Parses a request mapping value. Problems: the template problems (`selection-*`, HTTP-PM-014),
 * `variable-source`/`variable-name` (HTTP-PM-007), `jsonpath-*` (HTTP-PM-009), `http-value-bare-multiple`
 * (HTTP-PM-010), `http-value-length` (HTTP-PM-013).
 */
export function parseHttpRequestValue(value: string): ParseResult<HttpMappingValue> {
  return requestValues(value);
}
const requestValues = memoize(value => parseValue(value, REQUEST_VALUE_SOURCES));

/** Parses a response mapping value (HTTP-PM-008); problems as for requests. */
export function parseHttpResponseValue(value: string): ParseResult<HttpMappingValue> {
  return responseValues(value);
}
const responseValues = memoize(value => parseValue(value, RESPONSE_VALUE_SOURCES));

function parseValue(value: string, allowed: readonly SourceKind[]): ParseResult<HttpMappingValue> {
  const problems: ExpressionProblem[] = [];
  if (value.length === 0 || value.length > MAX_MAPPING_VALUE_LENGTH) {
    problems.push(problem('http-value-length', `the value has ${value.length} characters; expected 1 to ${MAX_MAPPING_VALUE_LENGTH}`, 0, value.length));
    if (value.length === 0) return { ast: { parts: [], sources: [] }, problems };
  }
  const { template, problems: syntax } = parseSelectionTemplate(value);
  const variables = variablesOf(template);
  // A brace in static text is rejected only in a value without variables (a JSON literal, terraform-provider-aws
  // #17348); around ${...} variables it is static text: AWS's serverless-patterns sample
  // custom-http-headers-to-sqs-message-attributes-using-http-api-gateway deploys such a MessageAttributes value.
  // Not push(...): a long value has more problems than arguments fit.
  for (const p of syntax) if (variables.length === 0 || p.code !== 'selection-stray-brace') problems.push(p);
  if (variables.length > 1) {
    for (const v of variables.filter(x => !x.braced)) {
      problems.push(problem('http-value-bare-multiple', `${show(`$${v.name}`)} must be written \${${v.name}}: a value with several variables encloses each one in "\${}"`, v.offset, v.end - v.offset));
    }
  }
  const sources: VariableSource[] = [];
  for (const v of variables) {
    const r = resolveVariable(v, allowed);
    for (const p of r.problems) problems.push(p);
    if (r.source) sources.push(r.source);
  }
  return { ast: { parts: template.parts, sources }, problems };
}

/**
 * Checks a response-parameter group key. Problem: `http-status-key` (HTTP-PM-004).
 */
export function parseResponseStatusKey(key: string): ParseResult<number> {
  if (!/^\d{3}$/.test(key)) {
    return { ast: undefined, problems: [problem('http-status-key', `${show(key)} is not a status code; response parameters are grouped by status codes ${MIN_RESPONSE_STATUS} to ${MAX_RESPONSE_STATUS}`, 0, key.length)] };
  }
  const code = Number(key);
  if (code < MIN_RESPONSE_STATUS || code > MAX_RESPONSE_STATUS) {
    return { ast: code, problems: [problem('http-status-key', `status code ${code} is out of range; response parameters are grouped by status codes ${MIN_RESPONSE_STATUS} to ${MAX_RESPONSE_STATUS}`, 0, key.length)] };
  }
  return { ast: code, problems: [] };
}

/**
 * Checks an `overwrite:statuscode` value: a static value must be a status code 100 to 599; a value with
 * variables is checked as a response value. Problem: `http-status-value` (HTTP-PM-005).
 */
export function checkStatusCodeValue(value: string): ExpressionProblem[] {
  if (value.includes('$')) return [];
  if (!/^\d{3}$/.test(value) || Number(value) < 100 || Number(value) > 599) {
    return [problem('http-status-value', `${show(value)} is not a status code; overwrite:statuscode takes a code from 100 to 599 or a variable`, 0, value.length)];
  }
  return [];
}
