import { numberOf } from '../../model/value';
import { Rule } from '../rule';
import { corsOf } from './cors';

/** SDK `Cors.MaxAge: IntegerWithLengthBetweenMinus1And86400`; -1 turns preflight caching off. */
export const CORS_MIN_MAX_AGE = -1;
export const CORS_MAX_MAX_AGE = 86_400;

/** What is wrong with a CORS MaxAge in seconds, or undefined. Shared with `HttpApi` and its OpenAPI check. */
export function corsMaxAgeProblem(seconds: number): string | undefined {
  if (Number.isInteger(seconds) && seconds >= CORS_MIN_MAX_AGE && seconds <= CORS_MAX_MAX_AGE) return undefined;
  return `MaxAge is ${seconds} seconds; expected an integer from ${CORS_MIN_MAX_AGE} to ${CORS_MAX_MAX_AGE}`;
}

export const corsMaxAge: Rule = {
  id: 'cors-max-age',
  severity: 'error',
  summary: 'CORS MaxAge is an integer from -1 to 86,400 seconds',
  references: ['CORS-002'],
  evidence: { kind: 'documented', source: 'SDK Cors.MaxAge IntegerWithLengthBetweenMinus1And86400' },
  check(model, report) {
    for (const api of model.apis) {
      const cors = corsOf(api);
      const age = cors ? numberOf(cors.MaxAge) : undefined;
      const problem = age === undefined ? undefined : corsMaxAgeProblem(age);
      if (problem) report({ resource: api, path: 'CorsConfiguration.MaxAge', message: problem });
    }
  },
};
