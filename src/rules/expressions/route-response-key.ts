import { show } from '../../expressions/problem';
import { stringOf } from '../../model/value';
import { Rule } from '../rule';

export const routeResponseKey: Rule = {
  id: 'route-response-key',
  severity: 'error',
  summary: 'RouteResponseKey is $default',
  references: ['RR-002'],
  evidence: { kind: 'observed', source: 'PF:pf-apigwv2-route-response-key-default' },
  check(model, report) {
    for (const rr of model.routeResponses) {
      if (rr.api?.protocol !== 'WEBSOCKET') continue;
      const key = stringOf(rr.properties.RouteResponseKey);
      if (key === undefined || key === '$default') continue;
      report({ resource: rr, path: 'RouteResponseKey', message: `${show(key)} is not supported; the only route response key is $default`, line: 1, column: 1 });
    }
  },
};
