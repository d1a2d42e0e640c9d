import { CfnElement, Stack } from 'aws-cdk-lib';
import { IConstruct } from 'constructs';

/**
 * A stack computes a resource's logical id each time a template refers to the resource: every `Ref` and
 * `Fn::GetAtt` asks again, and a synthesis resolves each reference about three times. An HTTP API with 500
 * routes asks for the ids of its resources 12,011 times (4,507 for the API itself), each an md5 of the
 * construct path followed by the stack's renames: with the function's, a tenth of its synth time.
 *
 * The answer depends only on the resource's path (fixed when it is created), the stack's naming scheme
 * (`allocateLogicalId`) and the stack's renames. So the stack remembers the id of each resource whose
 * parent is a construct of this library, and forgets every id when `renameLogicalId` adds a rename.
 * `overrideLogicalId` still wins, since a resource reads its override before it asks its stack. Resources
 * of other constructs are computed as before.
 */
const OWNERS = new WeakSet<IConstruct>();
const INSTALLED = Symbol.for('cdk-switchyard.logicalIds');

type LogicalIdOf = (this: Stack, element: CfnElement) => string;
type Rename = (this: Stack, oldId: string, newId: string) => void;

/** Marks `owner`'s direct children as resources whose logical ids its stack may remember. */
export function rememberLogicalIds(stack: Stack, owner: IConstruct): void {
  OWNERS.add(owner);
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
    const parent = element.node.scope;
    if (parent !== undefined && OWNERS.has(parent)) known.set(element, id);
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
