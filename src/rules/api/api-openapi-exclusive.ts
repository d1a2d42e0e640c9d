import { ApiChild, ApiNode } from '../../model/nodes';
import { isPresent } from '../../model/value';
import { Rule } from '../rule';

/** Whether the API is imported from an OpenAPI document (`Body` or `BodyS3Location`, even unknown). */
export function isImportedApi(api: ApiNode): boolean {
  return isPresent(api.properties.Body) || isPresent(api.properties.BodyS3Location);
}

/** CFN Api.Body: "don't specify CloudFormation resources such as AWS::ApiGatewayV2::Authorizer or AWS::ApiGatewayV2::Route". */
const CHILD_KINDS: ReadonlyArray<[keyof ApiNode, string]> = [['routes', 'route'], ['integrations', 'integration'], ['authorizers', 'authorizer']];

/**
 * A warning, not an error: the combination deploys on create (nothing rejects it), and the next update's
 * re-import of the document drops what the resources made.
 */
export const apiOpenapiExclusive: Rule = {
  id: 'api-openapi-exclusive',
  severity: 'warning',
  summary: 'An API takes one OpenAPI document (Body or BodyS3Location), and an imported API has no Route, Integration or Authorizer resources',
  references: ['API-008', 'API-009'],
  evidence: { kind: 'documented', source: 'CFN Api.Body ("API Gateway doesn\'t support the combination of OpenAPI and CloudFormation resources"); deploys on create' },
  check(model, report) {
    for (const api of model.apis) {
      const p = api.properties;
      if (isPresent(p.Body) && isPresent(p.BodyS3Location)) {
        report({ resource: api, path: 'BodyS3Location', message: 'Body and BodyS3Location are both set; expected one OpenAPI document, inline (Body) or in S3 (BodyS3Location)' });
      }
      if (!isImportedApi(api)) continue;
      for (const [kind, label] of CHILD_KINDS) {
        for (const child of api[kind] as ApiChild[]) {
          report({
            resource: child,
            path: 'ApiId',
            message: `this ${label} belongs to ${api.logicalId}, an API imported from an OpenAPI document; API Gateway does not support combining OpenAPI with ${child.type} resources `
              + `(it deploys on create, and the next update's import of the document drops it): define the ${label} in the document (x-amazon-apigateway-* extensions)`,
          });
        }
      }
    }
  },
};
