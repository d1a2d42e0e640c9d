/**
 * Builds the same app twice, once with aws-cdk-lib's API Gateway v2 constructs and once with Switchyard's, and
 * says how the two templates differ: resources only one of them has, a resource whose type changed (both mean
 * CloudFormation would replace or delete something), and the properties that differ on resources both have.
 * Each property difference is then matched with a documented difference (differences.ts): a migration test
 * passes only when its app shows exactly the documented differences it names. `DependsOn` and metadata are
 * not compared: they order a deployment and change no resource.
 */
import { App, Stack } from 'aws-cdk-lib';
import { CfnResource, DIFFERENCES, Difference } from './differences';

process.env.CDK_VALIDATION = 'false';

export const ENV = { account: '111122223333', region: 'eu-west-1' };

export type Build = (stack: Stack) => void;

/** One way in which Switchyard's template differs from aws-cdk-lib's. */
export interface Observed {
  /** The logical id. */
  readonly resource: string;
  /** The resource type (Switchyard's when both have the resource). */
  readonly type: string;
  /** The top-level property, `(added)` for a resource only Switchyard has, `(missing)` for one only aws-cdk-lib has, `(type)` for a changed type. */
  readonly property: string;
}

/** The resources of the template of a stack (a new one unless given) once `build` has run, by logical id. */
export function resourcesOf(build: Build, stack = new Stack(new App(), 'Stack', { env: ENV })): Record<string, CfnResource> {
  build(stack);
  return (stack as unknown as { _toCloudFormation(): { Resources?: Record<string, CfnResource> } })._toCloudFormation().Resources ?? {};
}

/** Every difference between the two templates, resource by resource and top-level property by property. */
export function observe(before: Record<string, CfnResource>, after: Record<string, CfnResource>): Observed[] {
  const out: Observed[] = [];
  for (const [id, resource] of Object.entries(before)) {
    const mine = after[id];
    if (!mine) {
      out.push({ resource: id, type: resource.Type, property: '(missing)' });
      continue;
    }
    if (mine.Type !== resource.Type) {
      out.push({ resource: id, type: mine.Type, property: '(type)' });
      continue;
    }
    const names = new Set([...Object.keys(resource.Properties ?? {}), ...Object.keys(mine.Properties ?? {})]);
    for (const name of names) {
      if (canonical(resource.Properties?.[name]) !== canonical(mine.Properties?.[name])) {
        out.push({ resource: id, type: mine.Type, property: name });
      }
    }
  }
  for (const [id, resource] of Object.entries(after)) {
    if (!before[id]) out.push({ resource: id, type: resource.Type, property: '(added)' });
  }
  return out;
}

/** JSON with the members of every object sorted: CloudFormation reads maps without order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => v && typeof v === 'object' && !Array.isArray(v)
    ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
    : v);
}

/**
 * The documented difference an observed difference is, if any: the same resource type and property, and a change
 * of the kind and on the resource the difference describes.
 */
export function explain(observed: Observed, before: Record<string, CfnResource>, after: Record<string, CfnResource>): Difference | undefined {
  return DIFFERENCES.find(d => d.template.some(t => t.type === observed.type && t.property === observed.property
    && t.applies({ resource: observed.resource, property: observed.property, before, after })));
}

/** What a migration test asserts: which documented differences the app shows, and what no documented difference explains. */
export function compare(theirs: Build, ours: Build): { readonly documented: string[]; readonly unexplained: string[] } {
  const documented = new Set<string>();
  const unexplained: string[] = [];
  const before = resourcesOf(theirs);
  const after = resourcesOf(ours);
  for (const o of observe(before, after)) {
    const d = explain(o, before, after);
    if (d) documented.add(d.id);
    else unexplained.push(`${o.resource} ${o.type} ${o.property}`);
  }
  return { documented: [...documented].sort(), unexplained };
}
