import { CfnElement, CfnResource, Stack } from 'aws-cdk-lib';
import { IConstruct } from 'constructs';

/** The resources the rules read: API Gateway's (v2, and v1 for REST methods and routing-rule targets). */
const CHECKED_TYPE = /^AWS::ApiGateway(V2)?::/;

interface RenderableElement {
  _toCloudFormation?: () => unknown;
}

/**
 * The part of the CloudFormation template a stack will synthesize that the rules read: its API Gateway
 * resources, with tokens resolved and escape-hatch overrides (`addPropertyOverride`) applied. At synth the
 * rules read the template the CDK renders (see `registerOn`); this rendering serves `Switchyard.findings`,
 * which runs before synthesis, and the validation-time fallback. Rendering only these resources, not the
 * whole stack, keeps it cheap on stacks with many other resources.
 * `CfnElement._toCloudFormation` is internal to aws-cdk-lib but has kept its shape since v1; when it is
 * missing, the element is left out rather than checked wrongly.
 */
export function templateOf(stack: Stack): { Resources: Record<string, unknown> } {
  const resources: Record<string, unknown> = {};
  for (const c of stack.node.findAll()) {
    if (!CfnResource.isCfnResource(c) || !CHECKED_TYPE.test(c.cfnResourceType) || Stack.of(c) !== stack) continue;
    const render = (c as unknown as RenderableElement)._toCloudFormation;
    if (typeof render !== 'function') continue;
    const fragment = render.call(c) as { Resources?: Record<string, unknown> };
    Object.assign(resources, fragment.Resources ?? {});
  }
  return { Resources: stack.resolve(resources) };
}

/** The construct behind each logical id of a stack (the CfnElement; its parent for an L2's `Resource`). */
export function constructsByLogicalId(stack: Stack): Map<string, IConstruct> {
  const out = new Map<string, IConstruct>();
  for (const c of stack.node.findAll()) {
    if (!CfnElement.isCfnElement(c) || Stack.of(c) !== stack) continue;
    const id = stack.resolve(c.logicalId);
    if (typeof id === 'string') out.set(id, c);
  }
  return out;
}

/** The path users recognise: an L2's path rather than its `Resource` child. */
export function displayPath(construct: IConstruct): string {
  const { node } = construct;
  return node.id === 'Resource' && node.scope ? node.scope.node.path : node.path;
}
