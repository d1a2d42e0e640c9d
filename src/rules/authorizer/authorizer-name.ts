import { isPresent, stringOf } from '../../model/value';
import { Rule } from '../rule';

/** SDK `CreateAuthorizerRequest.Name: StringWithLengthBetween1And128` (required). */
export const AUTHORIZER_NAME_MAX_LENGTH = 128;

/** What is wrong with an authorizer name, or undefined. Shared with `HttpAuthorizer`. */
export function authorizerNameProblem(name: string): string | undefined {
  if (name.length >= 1 && name.length <= AUTHORIZER_NAME_MAX_LENGTH) return undefined;
  return `the authorizer Name has ${name.length} characters; expected 1 to ${AUTHORIZER_NAME_MAX_LENGTH}`;
}

export const authorizerName: Rule = {
  id: 'authorizer-name',
  severity: 'error',
  summary: 'An authorizer has a Name of 1 to 128 characters',
  references: ['AUTH-002'],
  evidence: { kind: 'documented', source: 'S003 L3318 CreateAuthorizerInput.name (Required); SDK StringWithLengthBetween1And128' },
  check(model, report) {
    for (const authorizer of model.authorizers) {
      const value = authorizer.properties.Name;
      if (!isPresent(value)) {
        report({ resource: authorizer, path: 'Name', message: `Name is missing; expected a name of 1 to ${AUTHORIZER_NAME_MAX_LENGTH} characters` });
        continue;
      }
      const name = stringOf(value);
      const problem = name === undefined ? undefined : authorizerNameProblem(name);
      if (problem) report({ resource: authorizer, path: 'Name', message: problem });
    }
  },
};
