import { Token } from 'aws-cdk-lib';
import type { IApi } from '../common/api';
import { ApiMapping } from '../common/api-mapping';
import type { DomainMappingOptions, IStage } from '../common/stage';

/**
 * Maps `stage` of `api` to the stage's `domainMapping` prop, when one is given, with an `ApiMapping` under the
 * stage; returns the mapping.
 */
export function addStageDomainMapping(stage: IStage, api: IApi, mapping: DomainMappingOptions | undefined): ApiMapping | undefined {
  if (!mapping) return undefined;
  // The id is the one aws-cdk-lib gives (the domain's construct path, then the key or "undefined"), so that a
  // migrated app keeps its mapping: a replaced API mapping leaves the domain unmapped while it is recreated.
  // A key from a token cannot be part of an id (aws-cdk-lib fails on it): such a mapping is named by its domain.
  const id = Token.isUnresolved(mapping.mappingKey) ? `${mapping.domainName.node.id}-Mapping` : `${mapping.domainName}${mapping.mappingKey}`;
  return new ApiMapping(stage, id, {
    api,
    stage,
    domainName: mapping.domainName,
    apiMappingKey: mapping.mappingKey,
  });
}
