import { stringOf } from '../../model/value';
import { Rule } from '../rule';
import { descriptionProblem } from './checks';

export const stageDescription: Rule = {
  id: 'stage-description',
  severity: 'error',
  summary: 'A stage Description has at most 1,024 characters',
  references: ['STAGE-021'],
  evidence: { kind: 'documented', source: 'SDK CreateStageRequest.Description StringWithLengthBetween0And1024' },
  check(model, report) {
    for (const stage of model.stages) {
      const description = stringOf(stage.properties.Description);
      const problem = description === undefined ? undefined : descriptionProblem('stage', description);
      if (problem) report({ resource: stage, path: 'Description', message: problem });
    }
  },
};
