import { arrayOf, stringOf } from '../../model/value';
import { Rule } from '../rule';
import { corsOf } from './cors';

/** SDK `CorsMethodList`: a list of `StringWithLengthBetween1And64`. */
const MAX_LENGTH = 64;

export const corsAllowMethods: Rule = {
  id: 'cors-allow-methods',
  severity: 'error',
  summary: 'Each CORS AllowMethods entry is 1 to 64 characters',
  references: ['CORS-003'],
  evidence: { kind: 'documented', source: 'SDK Cors.AllowMethods: CorsMethodList = StringWithLengthBetween1And64[]' },
  check(model, report) {
    for (const api of model.apis) {
      const methods = arrayOf(corsOf(api)?.AllowMethods);
      methods?.forEach((entry, index) => {
        const method = stringOf(entry);
        if (method === undefined || (method.length >= 1 && method.length <= MAX_LENGTH)) return;
        report({ resource: api, path: `CorsConfiguration.AllowMethods[${index}]`, message: `the CORS method has ${method.length} characters; each AllowMethods entry is 1 to ${MAX_LENGTH} characters (an HTTP method or *)` });
      });
    }
  },
};
