import { isPresent, stringOf } from '../../model/value';
import { Rule } from '../rule';

/** SDK `CreateApiRequest.Name: StringWithLengthBetween1And128`. */
const MAX_NAME_LENGTH = 128;

export const apiNameLength: Rule = {
  id: 'api-name-length',
  severity: 'error',
  summary: 'An API has a Name of 1 to 128 characters, unless it is imported from an OpenAPI definition',
  references: ['API-001'],
  evidence: { kind: 'observed', source: 'PF:pf-apigwv2-api-name-required; S003 L2269 CreateApiInput.name; SDK StringWithLengthBetween1And128' },
  check(model, report) {
    for (const api of model.apis) {
      const p = api.properties;
      const imported = isPresent(p.Body) || isPresent(p.BodyS3Location);
      if (!isPresent(p.Name)) {
        if (!imported) report({ resource: api, path: 'Name', message: 'Name is missing; expected a name of 1 to 128 characters (required unless Body or BodyS3Location imports an OpenAPI definition)' });
        continue;
      }
      const name = stringOf(p.Name);
      if (name === undefined) continue;
      if (name.length < 1 || name.length > MAX_NAME_LENGTH) {
        report({ resource: api, path: 'Name', message: `Name has ${name.length} characters; expected 1 to ${MAX_NAME_LENGTH}` });
      }
    }
  },
};
