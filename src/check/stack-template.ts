import { CfnElement, Stack } from 'aws-cdk-lib';
import { IConstruct } from 'constructs';

/**
 * The CloudFormation template a stack will synthesize, with tokens resolved, including escape-hatch
 * overrides (`addPropertyOverride`). `Stack._toCloudFormation` is internal to aws-cdk-lib but has kept its
 * shape since v1; when it is missing the stack is not checked rather than checked wrongly.
 */
export function templateOf(stack: Stack): unknown {
  const render = (stack as unknown as { _toCloudFormation?: () => unknown })._toCloudFormation;
  if (typeof render !== 'function') return undefined;
  return stack.resolve(render.call(stack));
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
