import { SwitchyardError } from '../../common/errors';
import { openApiDocumentProblems } from '../../rules/api/api-openapi-document';

type Json = { [key: string]: unknown };

export function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Checks the route keys and `x-amazon-apigateway-*` extensions of an OpenAPI document with the rules of
 * the resources they become (the `api-openapi-document` rule runs the same check over a template); throws
 * the first problem as a `SwitchyardError` with its rule id and the JSON pointer of the member.
 * (Internal: exported for tests.)
 */
export function checkOpenApiDocument(doc: Json): void {
  const [first] = openApiDocumentProblems(doc);
  if (first) throw new SwitchyardError(first.rule, `OpenAPI definition at ${first.pointer || '/'}: ${first.message}`);
}
