import type { ResourceNode } from '../model/nodes';

/**
 * The resources that exist whenever the template is deployed: those without a `Condition`. A rule that is an
 * error about resources existing together (a fixed quota, a name unique per API) counts only these: counting
 * conditional ones too is a guess about the conditions, which may exclude each other.
 */
export function unconditional<T extends ResourceNode>(nodes: readonly T[]): T[] {
  return nodes.filter(n => n.condition === undefined);
}
