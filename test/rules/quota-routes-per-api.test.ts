import { API, many } from './quota-fixtures';
import { expectRule } from './rule-table';
import { quotaRoutesPerApi } from '../../src/rules/quota/quota-routes-per-api';

const routes = (count: number, apiId: unknown = { Ref: 'Api' }) => many(count, 'Route', 'AWS::ApiGatewayV2::Route', i => ({ ApiId: apiId, RouteKey: `GET /r${i}` }));

expectRule(quotaRoutesPerApi, {
  valid: [
    { name: '300 routes, the quota', resources: { ...API('HTTP'), ...routes(300) } },
    { name: '301 routes of an API another stack owns (unknown ApiId)', resources: { ...API('HTTP'), ...routes(301, { 'Fn::ImportValue': 'ApiId' }) } },
  ],
  invalid: [
    { name: '301 routes of an HTTP API', resources: { ...API('HTTP'), ...routes(301) }, findings: [{ resource: 'Api', path: '' }] },
    { name: '301 routes of a WebSocket API', resources: { ...API('WEBSOCKET'), ...routes(301, { 'Fn::GetAtt': ['Api', 'ApiId'] }) }, findings: [{ resource: 'Api', path: '' }] },
  ],
});
