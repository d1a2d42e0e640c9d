import { IApi, IStage } from 'aws-cdk-lib/aws-apigatewayv2';
import { ApiMapping } from '../common/api-mapping';
import type { HttpStageDomainMapping } from '../http/stage';

/** Maps `stage` of `api` to the stage's `domainMapping` prop, when one is given, with an `ApiMapping` under the stage. */
export function addStageDomainMapping(stage: IStage, api: IApi, mapping: HttpStageDomainMapping | undefined): void {
  if (!mapping) return;
  new ApiMapping(stage, `${mapping.domainName.node.id}-Mapping`, {
    api,
    stage,
    domainName: mapping.domainName,
    apiMappingKey: mapping.mappingKey,
  });
}
