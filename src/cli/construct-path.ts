import { displayedPath } from './assembly-manifest';
import { mapOf, objectOf, stringOf } from '../model/value';

/** The metadata key the CDK writes on every resource it synthesizes: the construct's path in the app. */
const CDK_PATH = 'aws:cdk:path';

/**
 * The construct path of a resource as synth names it (see `displayPath` in src/check/stack-template.ts): the
 * `aws:cdk:path` metadata, without the final `/Resource` an L2 construct gives its CloudFormation resource.
 * Undefined when the template was not written by the CDK (or its metadata was turned off).
 */
export function constructPathOf(template: unknown, logicalId: string): string | undefined {
  if (!logicalId) return undefined;
  const resources = objectOf(objectOf(template)?.Resources);
  if (!resources || !Object.prototype.hasOwnProperty.call(resources, logicalId)) return undefined;
  const path = stringOf(mapOf(mapOf(resources[logicalId])?.Metadata)?.[CDK_PATH]);
  return path ? displayedPath(path) : undefined;
}
