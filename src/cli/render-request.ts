import { CliInputError } from './errors';
import { excerpt } from './terminal-text';
import type { RenderRequestInput } from '../vtl/request';

const REQUEST_KEYS = ['body', 'params', 'context', 'stageVariables'];
const PARAM_KINDS = ['path', 'querystring', 'header'];

export function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** The keys and values of a request file are quoted in errors, short: the file may hold anything. */
const QUOTE_LENGTH = 60;

function stringMap(file: string, where: string, value: unknown): Record<string, string> {
  if (!isObject(value)) throw new CliInputError(`${file}: ${where} must be an object of strings`);
  for (const [k, v] of Object.entries(value)) {
    if (typeof v !== 'string') throw new CliInputError(`${file}: ${where}.${excerpt(k, QUOTE_LENGTH)} must be a string (got ${excerpt(String(JSON.stringify(v)), QUOTE_LENGTH)})`);
  }
  return value as Record<string, string>;
}

/** Checks a parsed request file against the contract's shape; a wrong shape is one line naming the field, exit 2. */
export function checkRequest(file: string, value: unknown): RenderRequestInput {
  if (!isObject(value)) throw new CliInputError(`${file}: the request must be a JSON object`);
  const unknownKey = Object.keys(value).find(k => !REQUEST_KEYS.includes(k));
  if (unknownKey !== undefined) {
    throw new CliInputError(`${file}: unknown request field "${excerpt(unknownKey, QUOTE_LENGTH)}"; expected ${REQUEST_KEYS.join(', ')}`);
  }
  const { body, params, context, stageVariables } = value;
  if (body !== undefined && body !== null && typeof body !== 'string') {
    throw new CliInputError(`${file}: body must be a string or null (the raw payload; write JSON as a string)`);
  }
  if (params !== undefined) {
    if (!isObject(params)) throw new CliInputError(`${file}: params must be an object with path, querystring and header`);
    const unknownKind = Object.keys(params).find(k => !PARAM_KINDS.includes(k));
    if (unknownKind !== undefined) throw new CliInputError(`${file}: unknown params field "${excerpt(unknownKind, QUOTE_LENGTH)}"; expected ${PARAM_KINDS.join(', ')}`);
    for (const kind of PARAM_KINDS) if (params[kind] !== undefined) stringMap(file, `params.${kind}`, params[kind]);
  }
  if (context !== undefined && !isObject(context)) throw new CliInputError(`${file}: context must be an object`);
  if (stageVariables !== undefined) stringMap(file, 'stageVariables', stageVariables);
  return value as RenderRequestInput;
}
