import { ResourceNode } from '../model/nodes';

/**
 * The logical ids a resource's `DependsOn` lists: `[]` when it has none, undefined when it is not a literal
 * id or list of ids (the engine cannot tell what it waits for).
 */
export function dependsOnIds(resource: ResourceNode): string[] | undefined {
  const value = resource.dependsOn;
  if (value === undefined || value === null) return [];
  if (typeof value === 'string') return [value];
  if (!Array.isArray(value)) return undefined;
  const ids: string[] = [];
  for (const id of value) {
    if (typeof id !== 'string') return undefined;
    ids.push(id);
  }
  return ids;
}
