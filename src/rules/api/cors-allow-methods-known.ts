import { show } from '../../expressions/problem';
import { arrayOf, stringOf } from '../../model/value';
import { Rule } from '../rule';
import { corsOf } from './cors';

/** The methods a browser's preflight names, and `*` for all of them. */
const METHODS: readonly string[] = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS', '*'];

export const corsAllowMethodsKnown: Rule = {
  id: 'cors-allow-methods-known',
  severity: 'warning',
  summary: 'Each CORS AllowMethods entry is an HTTP method (GET, POST, PUT, PATCH, DELETE, HEAD, OPTIONS) or *',
  references: ['CORS-003'],
  evidence: { kind: 'documented', source: 'DG:http-api-cors (AllowMethods: "GET, POST, DELETE, *"); no rejection documented for another word, so a warning' },
  check(model, report) {
    for (const api of model.apis) {
      const methods = arrayOf(corsOf(api)?.AllowMethods);
      methods?.forEach((entry, index) => {
        const method = stringOf(entry);
        // Empty and over-long entries are cors-allow-methods' finding; case is not significant to browsers' preflight match here.
        if (method === undefined || method.length === 0 || method.length > 64 || METHODS.includes(method.trim().toUpperCase())) return;
        report({ resource: api, path: `CorsConfiguration.AllowMethods[${index}]`, message: `${show(method)} is not an HTTP method; a preflight request never asks for it, so it allows nothing. Expected one of ${METHODS.join(', ')}` });
      });
    }
  },
};
