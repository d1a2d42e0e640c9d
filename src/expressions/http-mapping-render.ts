import { parseHttpRequestValue, REQUEST_VALUE_SOURCES } from './http-parameter-mapping';
import { formatJsonPath } from './jsonpath';
import { resolveVariable, VariableSource } from './variables';
import type { HttpMappingRequest } from '../common/mapping-value';
import { parseJson } from '../vtl/json';
import { compileJsonPath, evaluateJsonPath } from '../vtl/jsonpath';
import { toJson, Value } from '../vtl/values';

/**
 * How API Gateway fills in an HTTP API mapping value (seed 004, "Request parameter mapping values"):
 * - a header is looked up without regard to case, a query string parameter with it;
 * - `$request.body` is the body as sent; `$request.body.<JSONPath>` reads the body truncated at 100 KB;
 * - static text is sent as is; a source the request lacks gives empty text.
 *
 * What the AWS documents do not say, and this file decides (tested, and written in the README):
 * - a JSONPath that selects a string gives the string itself, without quotes (AWS samples map
 *   `$request.body.message` to SQS `MessageBody` and the queue receives the text); any other JSON value gives
 *   its compact JSON text; a path selecting several values (`[*]`, a union, a slice) gives a JSON list;
 * - a body that is not JSON (or no longer is once truncated) gives empty text to every JSONPath, as does a
 *   path that selects nothing or JSON `null`.
 */

/** API Gateway truncates the body at 100 KB before applying a JSONPath (seed 004). */
export const BODY_SELECTION_LIMIT_BYTES = 100 * 1024;

/** A CDK token's string form, `${Token[NAME.123]}`: opaque text here, filled in by CloudFormation. */
const TOKEN = /\$\{Token\[[^\]]*\]\}/g;
/** Private-use characters that stand for the tokens while the value is parsed: no variable starts with them. */
const TOKEN_OPEN = '\uE000';
const TOKEN_CLOSE = '\uE001';

/** The text API Gateway gives `value` (a request mapping value) for `request`. Never throws. */
export function renderHttpMappingValue(value: string, request: HttpMappingRequest): string {
  const tokens: string[] = [];
  const masked = value.replace(TOKEN, token => `${TOKEN_OPEN}${tokens.push(token) - 1}${TOKEN_CLOSE}`);
  let out = '';
  for (const part of parseHttpRequestValue(masked).ast?.parts ?? []) {
    if (part.kind === 'text') {
      out += part.value;
    } else {
      const { source } = resolveVariable(part, REQUEST_VALUE_SOURCES);
      out += source ? sourceText(source, request) : '';
    }
  }
  return tokens.length === 0 ? out : out.replace(new RegExp(`${TOKEN_OPEN}(\\d+)${TOKEN_CLOSE}`, 'g'), (m, i) => tokens[Number(i)] ?? m);
}

function sourceText(source: VariableSource, request: HttpMappingRequest): string {
  const name = source.name ?? '';
  switch (source.kind) {
    case 'request.header': return headerValue(request.headers ?? {}, name);
    case 'request.querystring': return request.queryStringParameters?.[name] ?? '';
    case 'request.path': return request.path ?? '/';
    case 'request.path.parameter': return request.pathParameters?.[name] ?? '';
    case 'context': return request.context?.[name] ?? '';
    case 'stageVariables': return request.stageVariables?.[name] ?? '';
    case 'request.body': return source.jsonPath ? bodySelection(request.body ?? '', `$${formatJsonPath(source.jsonPath)}`) : request.body ?? '';
    default: return '';
  }
}

/** Header names are case-insensitive: every given spelling of the name counts, joined with commas. */
function headerValue(headers: { [name: string]: string }, name: string): string {
  const wanted = name.toLowerCase();
  const values = Object.keys(headers).filter(k => k.toLowerCase() === wanted).map(k => headers[k]);
  return values.join(',');
}

function bodySelection(body: string, path: string): string {
  let document: Value;
  try {
    document = parseJson(truncated(body));
  } catch {
    return '';
  }
  let selected: Value;
  try {
    selected = evaluateJsonPath(compileJsonPath(path), document);
  } catch {
    return ''; // a path the service's JSONPath reads and Jayway's would not: nothing selected
  }
  if (selected === null) return '';
  return typeof selected === 'string' ? selected : toJson(selected);
}

/** The body cut at BODY_SELECTION_LIMIT_BYTES of UTF-8, as API Gateway cuts it before a JSONPath. */
function truncated(body: string): string {
  if (body.length * 3 <= BODY_SELECTION_LIMIT_BYTES) return body;
  const bytes = Buffer.from(body, 'utf8');
  return bytes.length <= BODY_SELECTION_LIMIT_BYTES ? body : bytes.subarray(0, BODY_SELECTION_LIMIT_BYTES).toString('utf8');
}
