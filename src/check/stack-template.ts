import { CfnElement, CfnResource, Stack } from 'aws-cdk-lib';
import { IConstruct } from 'constructs';

/** The resources the rules read: API Gateway's (v2, and v1 for REST methods and routing-rule targets). */
const CHECKED_TYPE = /^AWS::ApiGateway(V2)?::/;

interface RenderableElement {
  _toCloudFormation?: () => unknown;
}

/**
 * The part of the CloudFormation template a stack will synthesize that the rules read: its API Gateway
 * resources, with tokens resolved, escape-hatch overrides (`addPropertyOverride`) applied and construct
 * dependencies written as `DependsOn`, as the CDK will write them. At synth the
 * rules read the template the CDK renders (see `registerOn`); this rendering serves `Switchyard.findings`,
 * which runs before synthesis, and the validation-time fallback. Rendering only these resources, not the
 * whole stack, keeps it cheap on stacks with many other resources.
 * `CfnElement._toCloudFormation` is internal to aws-cdk-lib but has kept its shape since v1; when it is
 * missing, the element is left out rather than checked wrongly.
 */
export function templateOf(stack: Stack): { Resources: Record<string, unknown> } {
  const resources: Record<string, unknown> = {};
  const dependencies = new Map<string, Set<string>>();
  const waitsOf = new ScopeDependencies(stack);
  for (const c of stack.node.findAll()) {
    if (!CfnResource.isCfnResource(c) || !CHECKED_TYPE.test(c.cfnResourceType) || Stack.of(c) !== stack) continue;
    const render = (c as unknown as RenderableElement)._toCloudFormation;
    if (typeof render !== 'function') continue;
    const fragment = render.call(c) as { Resources?: Record<string, unknown> };
    Object.assign(resources, fragment.Resources ?? {});
    const id = stack.resolve(c.logicalId);
    const waits = new Set(waitsOf.of(c));
    if (typeof id === 'string') waits.delete(id);
    if (waits.size > 0 && typeof id === 'string') dependencies.set(id, waits);
  }
  // The rendered bodies are tokens (resolved here): the dependencies go into the resolved ones.
  const resolved = stack.resolve(resources) as Record<string, Record<string, unknown>>;
  for (const [id, waits] of dependencies) {
    const body = resolved[id];
    if (body) body.DependsOn = [...new Set([...dependsOnList(body.DependsOn), ...waits])];
  }
  return { Resources: resolved };
}

/**
 * The logical ids a resource waits for through construct dependencies (`node.addDependency` on it or on one
 * of its scopes), which the CDK writes as `DependsOn` only when it prepares the app for synthesis: this
 * rendering runs before that, and the creation-order rules read `DependsOn`. Each scope's ids and each
 * dependency target's resources are found once per rendering: an API's routes share their scopes' dependencies,
 * and walking them again for every route grew with routes times the targets' size.
 */
class ScopeDependencies {
  private readonly byScope = new Map<IConstruct, ReadonlySet<string>>();
  private readonly byTarget = new Map<IConstruct, readonly string[]>();

  constructor(private readonly stack: Stack) {}

  /** The ids the construct and its scopes wait for (the construct's own id may be among them). */
  public of(scope: IConstruct): ReadonlySet<string> {
    const known = this.byScope.get(scope);
    if (known) return known;
    const parent = scope.node.scope;
    const own = scope.node.dependencies;
    const inherited = parent ? this.of(parent) : new Set<string>();
    let ids: ReadonlySet<string> = inherited;
    if (own.length > 0) {
      const set = new Set(inherited);
      for (const target of own) for (const id of this.resourcesOf(target)) set.add(id);
      ids = set;
    }
    this.byScope.set(scope, ids);
    return ids;
  }

  private resourcesOf(target: IConstruct): readonly string[] {
    const known = this.byTarget.get(target);
    if (known) return known;
    const ids: string[] = [];
    for (const c of target.node.findAll()) {
      if (!CfnResource.isCfnResource(c) || Stack.of(c) !== this.stack) continue;
      const id = this.stack.resolve(c.logicalId);
      if (typeof id === 'string') ids.push(id);
    }
    this.byTarget.set(target, ids);
    return ids;
  }
}

function dependsOnList(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
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
