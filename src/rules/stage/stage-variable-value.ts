import { show } from '../../expressions/problem';
import { mapOf, stringOf } from '../../model/value';
import { Rule } from '../rule';

/**
 * S003 Stage.stageVariables and CloudFormation: `[A-Za-z0-9-._~:/?#&=,]+` (the wider set with the dot:
 * spec conflict note 1); DG: http-api-quotas: values up to 512 characters.
 */
const VALUE = /^[A-Za-z0-9\-._~:/?#&=,]+$/;
const MAX_VALUE_LENGTH = 512;

export const stageVariableValue: Rule = {
  id: 'stage-variable-value',
  severity: 'error',
  summary: 'Stage variable values are 1 to 512 characters of letters, digits and - . _ ~ : / ? # & = ,',
  references: ['STAGE-018'],
  evidence: { kind: 'documented', source: 'S003 L12322 Stage.stageVariables pattern; DG:http-api-quotas (value 512)' },
  check(model, report) {
    for (const stage of model.stages) {
      for (const [name, raw] of Object.entries(mapOf(stage.properties.StageVariables) ?? {})) {
        const value = stringOf(raw);
        if (value === undefined) continue;
        let why: string | undefined;
        if (value.length === 0) {why = 'it is empty';} else if (value.length > MAX_VALUE_LENGTH) {why = `it has ${value.length} characters`;} else {
          const bad = [...value].find(c => !VALUE.test(c));
          if (bad !== undefined) why = `it contains ${JSON.stringify(bad)}`;
        }
        if (why) {
          report({ resource: stage, path: `StageVariables.${name}`, message: `stage variable value ${show(value, 60)} is not valid (${why}); expected 1 to ${MAX_VALUE_LENGTH} of [A-Za-z0-9-._~:/?#&=,]` });
        }
      }
    }
  },
};
