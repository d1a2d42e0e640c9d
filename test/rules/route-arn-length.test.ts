import { child, HTTP_API, WS_API } from './catalogue-fixtures';
import { expectRule } from './rule-table';
import { routeArnLength } from '../../src/rules/route/route-arn-length';

const path = (length: number) => `/${'a'.repeat(length - 1)}`;
const route = (key: string, authorization: unknown = 'AWS_IAM') => child('Route', 'Route', { RouteKey: key, AuthorizationType: authorization });

expectRule(routeArnLength, {
  valid: [
    { name: 'a 1,000-character path', resources: { ...HTTP_API, ...route(`GET ${path(1000)}`) } },
    { name: 'a long path without authorization', resources: { ...HTTP_API, ...route(`GET ${path(1001)}`, 'NONE') } },
    { name: 'a long path, authorization unknown', resources: { ...HTTP_API, ...route(`GET ${path(1001)}`, { Ref: 'Auth' }) } },
  ],
  invalid: [
    { name: 'a 1,001-character path with IAM authorization', resources: { ...HTTP_API, ...route(`GET ${path(1001)}`) }, findings: [{ resource: 'Route', path: 'RouteKey' }] },
    { name: 'a 1,001-character WebSocket route key with a custom authorizer', resources: { ...WS_API, ...route('a'.repeat(1001), 'CUSTOM') }, findings: [{ resource: 'Route', path: 'RouteKey' }] },
  ],
});
