import { show } from '../../expressions/problem';
import { checkRouteTarget } from '../../expressions/route-key';
import { stringOf } from '../../model/value';
import { Rule } from '../rule';
import { reportProblems } from './helpers';

export const routeTarget: Rule = {
  id: 'route-target',
  severity: 'error',
  summary: 'A route Target is integrations/<integrationId> of an integration of the same API',
  references: ['ROUTE-008'],
  evidence: { kind: 'observed', source: 'PF:pf-apigwv2-route-target-format' },
  check(model, report) {
    for (const route of model.routes) {
      const target = stringOf(route.properties.Target);
      if (target !== undefined) {
        reportProblems(report, route, 'Target', target, checkRouteTarget(target));
        continue;
      }
      // A linked target: the integration must belong to the route's API.
      const integration = route.integration;
      if (integration?.api && route.api && integration.api !== route.api) {
        report({ resource: route, path: 'Target', message: `the target integration ${show(integration.logicalId)} belongs to API ${integration.api.logicalId}, not to ${route.api.logicalId}` });
      }
    }
  },
};
