import { referencedLogicalId } from '../../model/value';
import { dependsOnIds } from '../creation-order';
import { Rule } from '../rule';

export const mappingStageOrder: Rule = {
  id: 'mapping-stage-order',
  severity: 'warning',
  summary: 'An API mapping that names a stage of the template by name waits for it: DependsOn the Stage, or Stage: !Ref it',
  references: ['MAP-002', 'X-002'],
  evidence: { kind: 'observed', source: 'aws/aws-cdk#8983 (service message "Invalid stage identifier specified"; fixed by aws/aws-cdk#9141 adding the dependency)' },
  check(model, report) {
    for (const mapping of model.apiMappings) {
      const stage = mapping.stage;
      // `Stage: !Ref ProdStage` makes CloudFormation create the stage first.
      if (!stage || referencedLogicalId(mapping.properties.Stage) === stage.logicalId) continue;
      // Any DependsOn may wait for the stage through another resource: only a mapping that waits for nothing is reported.
      const ids = dependsOnIds(mapping);
      if (ids === undefined || ids.length > 0) continue;
      report({
        resource: mapping,
        path: 'Stage',
        message: `the mapping names stage ${stage.logicalId} by its name but does not wait for it: CloudFormation may create the mapping first, and API Gateway then fails it with "Invalid stage identifier specified"; add DependsOn: ${stage.logicalId}, or write Stage: !Ref ${stage.logicalId}`,
      });
    }
  },
};
