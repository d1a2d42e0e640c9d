import { isNoValue, mapOf } from '../../model/value';
import { Rule } from '../rule';

/** S003 "Variable names can have alphanumeric and underscore characters"; DG: http-api-quotas key length 64. */
const NAME = /^[A-Za-z0-9_]+$/;
const MAX_NAME_LENGTH = 64;

export const stageVariableName: Rule = {
  id: 'stage-variable-name',
  severity: 'error',
  summary: 'Stage variable names are 1 to 64 letters, digits and underscores',
  references: ['STAGE-017'],
  evidence: { kind: 'documented', source: 'S003 L12636 CreateStageInput.stageVariables ("Variable names can have alphanumeric and underscore characters"); DG:http-api-quotas (key 64)' },
  check(model, report) {
    for (const stage of model.stages) {
      for (const [name, value] of Object.entries(mapOf(stage.properties.StageVariables) ?? {})) {
        // An AWS::NoValue entry is dropped before the service sees the map.
        if (isNoValue(value) || (NAME.test(name) && name.length <= MAX_NAME_LENGTH)) continue;
        report({
          resource: stage,
          path: `StageVariables.${name}`,
          message: `stage variable name "${name}" is not valid (${name.length > MAX_NAME_LENGTH ? `${name.length} characters` : 'characters other than letters, digits and "_"'}); expected 1 to ${MAX_NAME_LENGTH} of [A-Za-z0-9_]`,
        });
      }
    }
  },
};
