import { stringOf } from '../../model/value';
import { Rule } from '../rule';

/** S003 "alphanumeric characters, hyphens, and underscores, or be $default. Maximum length is 128". */
const STAGE_NAME = /^[A-Za-z0-9_-]{1,128}$/;

export const stageName: Rule = {
  id: 'stage-name',
  severity: 'error',
  summary: 'StageName is $default or 1 to 128 letters, digits, hyphens and underscores',
  references: ['STAGE-001'],
  evidence: { kind: 'observed', source: 'PF:pf-apigwv2-stage-name-charset; S003 L280 stageName' },
  check(model, report) {
    for (const stage of model.stages) {
      const name = stringOf(stage.properties.StageName);
      if (name === undefined || name === '$default' || STAGE_NAME.test(name)) continue;
      const why = name.length === 0 ? 'it is empty' : name.length > 128 ? `it has ${name.length} characters` : 'it has characters other than letters, digits, "-" and "_"';
      report({ resource: stage, path: 'StageName', message: `StageName "${name}" is not valid (${why}); expected $default or 1 to 128 of [A-Za-z0-9_-]` });
    }
  },
};
