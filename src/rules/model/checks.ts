/**
 * Pure checks of the values of a WebSocket model (`AWS::ApiGatewayV2::Model`). The rules of this folder and
 * the model constructs both call them, so a construct rejects at once exactly what the rule reports at
 * synth. Each returns what is wrong (the value seen and what is expected), or undefined when the value is
 * fine. Callers skip unknown values first.
 */
import { checkDraft4Value } from './json-schema-draft4';
import { isIntrinsic, isUnknown } from '../../model/value';

/** S003 CreateModelInput.name ("Must be alphanumeric"); SDK `StringWithLengthBetween1And128`. */
export const MODEL_NAME = /^[A-Za-z0-9]{1,128}$/;
/** SDK `CreateModelRequest.Schema: StringWithLengthBetween0And32K`. */
export const SCHEMA_MAX_LENGTH = 32_768;
/** SDK `CreateModelRequest.ContentType: StringWithLengthBetween1And256`. */
export const CONTENT_TYPE_MAX_LENGTH = 256;

export function modelNameProblem(name: string): string | undefined {
  if (MODEL_NAME.test(name)) return undefined;
  const why = name.length === 0 ? 'it is empty' : name.length > 128 ? `it has ${name.length} characters` : 'it has characters other than letters and digits';
  return `model name "${name.slice(0, 140)}" is not valid (${why}); expected 1 to 128 letters and digits (API Gateway answers "Model name must be alphanumeric")`;
}

export function contentTypeProblem(contentType: string): string | undefined {
  if (contentType.length >= 1 && contentType.length <= CONTENT_TYPE_MAX_LENGTH) return undefined;
  return `the content type has ${contentType.length} characters; expected 1 to ${CONTENT_TYPE_MAX_LENGTH}, such as application/json`;
}

/**
 * A schema given as text (a string `Schema` in a template, or `WebSocketModelSchema.fromString`): API
 * Gateway receives the text as it is, so its own length counts.
 */
export function schemaTextProblem(text: string): string | undefined {
  if (text.length > SCHEMA_MAX_LENGTH) return `the model schema has ${text.length} characters; API Gateway takes at most ${SCHEMA_MAX_LENGTH}`;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    return `the model schema is not JSON (${(e as Error).message}); expected a JSON Schema draft 4 document`;
  }
  return draft4Problem(parsed);
}

/**
 * A schema given as a JSON value (an object `Schema` in a template, which is what the constructs emit):
 * CloudFormation sends it on as compact JSON, so the length of that text counts.
 */
export function schemaValueProblem(value: unknown): string | undefined {
  const length = JSON.stringify(value).length;
  if (length > SCHEMA_MAX_LENGTH) return `the model schema has ${length} characters as JSON; API Gateway takes at most ${SCHEMA_MAX_LENGTH}`;
  return draft4Problem(value);
}

function draft4Problem(value: unknown): string | undefined {
  const problems = checkDraft4Value(value);
  if (problems.length === 0) return undefined;
  const first = problems[0];
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
  return `the model schema is not a valid JSON Schema draft 4 document: at ${first.pointer}, ${first.message}${more}`;
}

/** Whether a JSON value holds, at any depth, something the engine cannot evaluate (an intrinsic or a token). */
export function containsUnknown(value: unknown, depth = 0): boolean {
  // A template too deep to walk is not one to judge.
  if (depth > 500) return true;
  if (isUnknown(value) || isIntrinsic(value)) return true;
  if (Array.isArray(value)) return value.some(v => containsUnknown(v, depth + 1));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).some(([k, v]) => isUnknown(k) || containsUnknown(v, depth + 1));
  }
  return false;
}
