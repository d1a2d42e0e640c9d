import { ApiChild, ApiNode } from '../../model/nodes';
import { isPresent, mapOf } from '../../model/value';
import { Rule } from '../rule';

/** Whether the API is imported from an OpenAPI document (`Body` or `BodyS3Location`, even unknown). */
export function isImportedApi(api: ApiNode): boolean {
  return isPresent(api.properties.Body) || isPresent(api.properties.BodyS3Location);
}

/** CFN Api.Body: "don't specify CloudFormation resources such as AWS::ApiGatewayV2::Authorizer or AWS::ApiGatewayV2::Route". */
const CHILD_KINDS: ReadonlyArray<[keyof ApiNode, string]> = [['routes', 'route'], ['integrations', 'integration'], ['authorizers', 'authorizer']];

export const apiOpenapiExclusive: Rule = {
  id: 'api-openapi-exclusive',
  severity: 'error',
  summary: 'An API takes Body or BodyS3Location (with Bucket and Key), not both, and an imported API has no Route, Integration or Authorizer resources',
  references: ['API-008', 'API-009'],
  check(model, report) {
    for (const api of model.apis) {
      const p = api.properties;
      if (isPresent(p.Body) && isPresent(p.BodyS3Location)) {
        report({ resource: api, path: 'BodyS3Location', message: 'Body and BodyS3Location are both set; expected one OpenAPI document, inline (Body) or in S3 (BodyS3Location)' });
      }
      const location = mapOf(p.BodyS3Location);
      if (location) {
        for (const key of ['Bucket', 'Key']) {
          if (!isPresent(location[key])) report({ resource: api, path: `BodyS3Location.${key}`, message: `BodyS3Location has no ${key}; expected the Bucket and Key of the OpenAPI document` });
        }
      }
      if (!isImportedApi(api)) continue;
      for (const [kind, label] of CHILD_KINDS) {
        for (const child of api[kind] as ApiChild[]) {
          report({
            resource: child,
            path: 'ApiId',
            message: `this ${label} belongs to ${api.logicalId}, an API imported from an OpenAPI document; API Gateway does not support combining OpenAPI with ${child.type} resources: define the ${label} in the document (x-amazon-apigateway-* extensions)`,
          });
        }
      }
    }
  },
};
