import { show } from '../../expressions/problem';
import { StageNode } from '../../model/nodes';
import { stringOf } from '../../model/value';
import { unconditional } from '../conditions';
import { Rule } from '../rule';

export const stageNameUnique: Rule = {
  id: 'stage-name-unique',
  severity: 'error',
  summary: 'The stages of an API have distinct StageName values',
  references: ['STAGE-003'],
  evidence: { kind: 'documented', source: 'S003 L286 /v2/apis/{apiId}/stages/{stageName} (the name identifies a stage of an API) and CreateStage 409 ConflictException ("The resource already exists"); CFN Stage createOnlyProperties ApiId, StageName' },
  check(model, report) {
    for (const api of model.apis) {
      const seen = new Map<string, StageNode>();
      // Two stages under conditions may never exist together (IsProd and Not IsProd): only a conflict between
      // stages that always exist is certain.
      for (const stage of unconditional(api.stages)) {
        const name = stringOf(stage.properties.StageName);
        if (name === undefined) continue;
        const first = seen.get(name);
        if (!first) {
          seen.set(name, stage);
          continue;
        }
        report({ resource: stage, path: 'StageName', message: `StageName ${show(name)} is already the name of ${first.logicalId} on the same API; a stage name is unique per API (the second create fails with a conflict)` });
      }
    }
  },
};
