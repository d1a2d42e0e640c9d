import { parseWebSocketRouteKey } from '../../expressions/route-key';
import { Rule } from '../rule';
import { knownTexts, reportProblems } from './helpers';

export const wsRouteKey: Rule = {
  id: 'ws-route-key',
  severity: 'error',
  summary: 'WebSocket route keys are $connect, $disconnect, $default or a custom key that does not start with $',
  references: ['ROUTE-007'],
  evidence: { kind: 'documented', source: 'DG:websocket-api-develop-routes ("do not use the $ prefix ... reserved for predefined routes")' },
  check(model, report) {
    for (const route of model.routes) {
      if (route.api?.protocol !== 'WEBSOCKET') continue;
      for (const { text: key, through } of knownTexts(model, route.properties.RouteKey)) {
        reportProblems(report, route, 'RouteKey', key, parseWebSocketRouteKey(key).problems, undefined, '', through);
      }
    }
  },
};
