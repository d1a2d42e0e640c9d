import { DUPLICATE_VARIABLE, parseHttpRouteKey } from '../../expressions/route-key';
import { Rule } from '../rule';
import { knownTexts, reportProblems } from './helpers';

export const httpRouteKey: Rule = {
  id: 'http-route-key',
  severity: 'error',
  summary: 'HTTP route keys are $default or METHOD /path, with whole-segment {variables}, a greedy {name+} only last and no trailing slash',
  references: ['ROUTE-002', 'ROUTE-003', 'ROUTE-004'],
  evidence: { kind: 'observed', source: 'PF:pf-apigwv2-http-route-key; DG:api-gateway-known-issues (path parameters are whole segments); DG:http-api-develop-routes (greedy variable at the end)' },
  check(model, report) {
    for (const route of model.routes) {
      if (route.api?.protocol !== 'HTTP') continue;
      for (const { text: key, through } of knownTexts(model, route.properties.RouteKey)) {
        // A variable named twice is a warning of its own (http-route-key-duplicate-variable).
        reportProblems(report, route, 'RouteKey', key, parseHttpRouteKey(key).problems.filter(p => p.code !== DUPLICATE_VARIABLE), undefined, '', through);
      }
    }
  },
};
