import { stringOf } from '../../model/value';
import { Rule } from '../rule';

/** aws-cdk-lib's guard for a method path: the ARN (at most 1,600 bytes) also holds the region, account, API id, stage and path parameter values. */
const MAX_STATIC_PATH = 1000;

export const routeArnLength: Rule = {
  id: 'route-arn-length',
  severity: 'warning',
  summary: 'An authorized route\'s path stays under 1,000 characters, so its execute-api ARN stays under 1,600 bytes',
  references: ['ROUTE-021'],
  evidence: { kind: 'documented', source: 'DG:limits ("the maximum length of the method\'s ARN ... is 1600 bytes"); CDK Pathlong (1,000-character guard)' },
  check(model, report) {
    for (const route of model.routes) {
      const authorization = stringOf(route.properties.AuthorizationType);
      const key = stringOf(route.properties.RouteKey);
      if (authorization === undefined || authorization === 'NONE' || key === undefined) continue;
      // HTTP keys are `<METHOD> <path>`; a WebSocket key is the whole route.
      const space = key.indexOf(' ');
      const path = route.api?.protocol === 'HTTP' && space >= 0 ? key.slice(space + 1) : key;
      if (Buffer.byteLength(path, 'utf8') <= MAX_STATIC_PATH) continue;
      report({ resource: route, path: 'RouteKey', message: `the route path has ${Buffer.byteLength(path, 'utf8')} bytes; with ${authorization} authorization the route's ARN (arn:aws:execute-api:<region>:<account>:<api id>/<stage>/<method>/<path>, path parameter values included) must stay within 1,600 bytes, or requests fail with 414 Request URI too long` });
    }
  },
};
