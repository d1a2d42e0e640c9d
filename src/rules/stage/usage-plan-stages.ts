import { ResourceNode } from '../../model/nodes';
import { arrayOf, mapOf } from '../../model/value';

/** One `ApiStages` entry of a usage plan that is a literal map. */
export interface ApiStageEntry {
  readonly index: number;
  /** `ApiStages[<index>]`. */
  readonly path: string;
  readonly properties: Record<string, unknown>;
}

/** The entries of a usage plan's `ApiStages` that are literal maps; none when the list is unknown. */
export function apiStagesOf(plan: ResourceNode): ApiStageEntry[] {
  return (arrayOf(plan.properties.ApiStages) ?? []).flatMap((entry, index) => {
    const properties = mapOf(entry);
    return properties ? [{ index, path: `ApiStages[${index}]`, properties }] : [];
  });
}
