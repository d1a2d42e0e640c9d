import { stringOf } from '../../model/value';
import { Rule } from '../rule';

/** SDK `CreateApiRequest.Description: StringWithLengthBetween0And1024`. */
export const API_DESCRIPTION_MAX_LENGTH = 1024;
/** SDK `CreateApiRequest.Version: StringWithLengthBetween1And64`. */
export const API_VERSION_MAX_LENGTH = 64;

/** What is wrong with an API description, or undefined. Shared with `HttpApi`, which throws it. */
export function apiDescriptionProblem(description: string): string | undefined {
  if (description.length <= API_DESCRIPTION_MAX_LENGTH) return undefined;
  return `Description has ${description.length} characters; expected at most ${API_DESCRIPTION_MAX_LENGTH}`;
}

/** What is wrong with an API version, or undefined. Shared with `HttpApi`, which throws it. */
export function apiVersionProblem(version: string): string | undefined {
  if (version.length >= 1 && version.length <= API_VERSION_MAX_LENGTH) return undefined;
  return `Version "${version}" has ${version.length} characters; expected 1 to ${API_VERSION_MAX_LENGTH}`;
}

export const apiDescription: Rule = {
  id: 'api-description',
  severity: 'error',
  summary: 'An API Description has at most 1,024 characters and its Version 1 to 64',
  references: ['API-011'],
  evidence: { kind: 'documented', source: 'SDK CreateApiRequest.Description StringWithLengthBetween0And1024, Version StringWithLengthBetween1And64' },
  check(model, report) {
    for (const api of model.apis) {
      const description = stringOf(api.properties.Description);
      const descriptionProblem = description === undefined ? undefined : apiDescriptionProblem(description);
      if (descriptionProblem) report({ resource: api, path: 'Description', message: descriptionProblem });
      const version = stringOf(api.properties.Version);
      const versionProblem = version === undefined ? undefined : apiVersionProblem(version);
      if (versionProblem) report({ resource: api, path: 'Version', message: versionProblem });
    }
  },
};
