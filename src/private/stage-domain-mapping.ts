import type { IApi } from '../common/api';
import { ApiMapping } from '../common/api-mapping';
import type { DomainMappingOptions, IStage } from '../common/stage';

/**
 * Maps `stage` of `api` to the stage's `domainMapping` prop, when one is given, with an `ApiMapping` under the
 * stage; returns the mapping.
 */
export function addStageDomainMapping(stage: IStage, api: IApi, mapping: DomainMappingOptions | undefined): ApiMapping | undefined {
  if (!mapping) return undefined;
  return new ApiMapping(stage, `${mapping.domainName.node.id}-Mapping`, {
    api,
    stage,
    domainName: mapping.domainName,
    apiMappingKey: mapping.mappingKey,
  });
}
