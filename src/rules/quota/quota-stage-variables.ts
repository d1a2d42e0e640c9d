import { mapOf } from '../../model/value';
import { Rule } from '../rule';
import { quotaMessage, STAGE_VARIABLES_PER_STAGE } from './quota';

export const quotaStageVariables: Rule = {
  id: 'quota-stage-variables',
  severity: 'error',
  summary: 'A stage has at most 100 stage variables, a fixed quota',
  references: ['QUOTA-005'],
  evidence: { kind: 'documented', source: 'DG:http-api-quotas ("Stage variables per stage 100", not adjustable)' },
  check(model, report) {
    for (const stage of model.stages) {
      const variables = mapOf(stage.properties.StageVariables);
      if (!variables) continue;
      const count = Object.keys(variables).length;
      if (count > STAGE_VARIABLES_PER_STAGE.limit) {
        report({ resource: stage, path: 'StageVariables', message: quotaMessage(STAGE_VARIABLES_PER_STAGE, count, 'stage variables') });
      }
    }
  },
};
