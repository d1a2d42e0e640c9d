import { show } from '../../expressions/problem';
import { stringOf } from '../../model/value';
import { Rule } from '../rule';

export const routeKeyUnique: Rule = {
  id: 'route-key-unique',
  severity: 'error',
  summary: 'No two routes of one API share a RouteKey',
  references: ['ROUTE-006'],
  evidence: { kind: 'observed', source: 'floci-io/floci#1956 (AWS CLI: "Route with key \'GET /items\' already exists")' },
  check(model, report) {
    for (const api of model.apis) {
      const first = new Map<string, string>();
      for (const route of api.routes) {
        const key = stringOf(route.properties.RouteKey);
        if (key === undefined) continue;
        const earlier = first.get(key);
        if (earlier === undefined) {
          first.set(key, route.logicalId);
          continue;
        }
        report({ resource: route, path: 'RouteKey', message: `route key ${show(key)} is already used by ${earlier} in the same API; API Gateway rejects the second route` });
      }
    }
  },
};
