import { DUPLICATE_VARIABLE, parseHttpRouteKey } from '../../expressions/route-key';
import { stringOf } from '../../model/value';
import { Rule } from '../rule';
import { reportProblems } from './helpers';

/**
 * A path variable named twice maps one name to two segments (`$request.path.id`, `pathParameters.id`).
 * REST APIs refuse such resource paths; for HTTP APIs no rejection is documented or recorded, so a warning.
 */
export const httpRouteKeyDuplicateVariable: Rule = {
  id: 'http-route-key-duplicate-variable',
  severity: 'warning',
  summary: 'An HTTP route key names each path variable once',
  references: ['ROUTE-005'],
  evidence: { kind: 'inferred', source: 'ROUTE-005: DG:http-api-develop-routes maps path variables by name; deploy error unknown for HTTP APIs' },
  check(model, report) {
    for (const route of model.routes) {
      if (route.api?.protocol !== 'HTTP') continue;
      const key = stringOf(route.properties.RouteKey);
      if (key === undefined) continue;
      reportProblems(report, route, 'RouteKey', key, parseHttpRouteKey(key).problems.filter(p => p.code === DUPLICATE_VARIABLE));
    }
  },
};
