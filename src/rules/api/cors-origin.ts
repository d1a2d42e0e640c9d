import { arrayOf, stringOf } from '../../model/value';
import { Rule } from '../rule';
import { corsOf } from './cors';

/** A browser origin: scheme, host and optional port, nothing after (RFC 6454 serialization). */
const ORIGIN = /^[a-z][a-z0-9+.-]*:\/\/[^/?#\s]+$/i;

/** What is wrong with a CORS origin, or undefined. Shared with `HttpApi`, which warns with it. */
export function corsOriginProblem(origin: string): string | undefined {
  if (origin === '*' || ORIGIN.test(origin)) return undefined;
  return `CORS origin "${origin}" is not "*" or scheme://host[:port]; browsers compare origins exactly, so one with a path, query or trailing slash never matches`;
}

export const corsOrigin: Rule = {
  id: 'cors-origin',
  severity: 'warning',
  summary: 'Each CORS AllowOrigins entry is "*" or a bare origin, scheme://host[:port]',
  references: ['CORS-004'],
  evidence: { kind: 'inferred', source: 'CORS-004: DG:http-api-cors examples; deploys' },
  check(model, report) {
    for (const api of model.apis) {
      const cors = corsOf(api);
      (arrayOf(cors?.AllowOrigins) ?? []).forEach((entry, i) => {
        const origin = stringOf(entry);
        const problem = origin === undefined ? undefined : corsOriginProblem(origin);
        if (problem) report({ resource: api, path: `CorsConfiguration.AllowOrigins[${i}]`, message: problem });
      });
    }
  },
};
