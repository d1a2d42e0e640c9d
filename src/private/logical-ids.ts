import { CfnElement, Stack } from 'aws-cdk-lib';

/**
 * A stack computes a resource's logical id each time a template refers to the resource: every `Ref` and
 * `Fn::GetAtt` asks again, and a synthesis resolves each reference about three times. An HTTP API with 500
 * routes, each on a Lambda function, asks for the ids of its resources 15,029 times (4,507 for the API
 * itself, 3,004 for the function), each an md5 of the construct path followed by the stack's renames: a
 * tenth of its synth time.
 *
 * The answer depends only on the resource's path (fixed when it is created), the stack's naming scheme
 * (`allocateLogicalId`, which CloudFormation requires to give a resource one id for the whole synthesis) and
 * the stack's renames. So a stack that holds a construct of this library remembers the id of each of its
 * resources, whichever construct made it, and forgets every id when `renameLogicalId` adds a rename.
 * `overrideLogicalId` still wins, since a resource reads its override before it asks its stack. Stacks
 * without a construct of this library are left as they are.
 */
const INSTALLED = Symbol.for('cdk-switchyard.logicalIds');

type LogicalIdOf = (this: Stack, element: CfnElement) => string;
type Rename = (this: Stack, oldId: string, newId: string) => void;

/** Makes `stack` remember the logical ids of its resources (once per stack). */
export function rememberLogicalIds(stack: Stack): void {
  const marked = stack as unknown as Record<symbol, boolean>;
  if (marked[INSTALLED]) return;
  marked[INSTALLED] = true;

  const holder = stack as unknown as { getLogicalId: LogicalIdOf; renameLogicalId: Rename };
  const compute = holder.getLogicalId;
  const rename = holder.renameLogicalId;
  // A stack subclass from another jsii language may carry these as read-only overrides: leave it alone.
  if (typeof compute !== 'function' || typeof rename !== 'function' || !writable(stack, 'getLogicalId') || !writable(stack, 'renameLogicalId')) return;

  let known = new WeakMap<CfnElement, string>();
  holder.getLogicalId = function (this: Stack, element: CfnElement): string {
    const hit = known.get(element);
    if (hit !== undefined) return hit;
    const id = compute.call(this, element);
    known.set(element, id);
    return id;
  };
  holder.renameLogicalId = function (this: Stack, oldId: string, newId: string): void {
    known = new WeakMap();
    rename.call(this, oldId, newId);
  };
}

function writable(object: object, key: string): boolean {
  const own = Object.getOwnPropertyDescriptor(object, key);
  return own === undefined || own.writable === true;
}
