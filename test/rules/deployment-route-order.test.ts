import { WS_API } from './catalogue-fixtures';
import { expectRule } from './rule-table';
import { deploymentRouteOrder } from '../../src/rules/deployment/deployment-route-order';

const ROUTE = { Route: { Type: 'AWS::ApiGatewayV2::Route', Properties: { ApiId: { Ref: 'Api' }, RouteKey: '$default' } } };
const deployment = (dependsOn?: unknown) => ({
  Deployment: { Type: 'AWS::ApiGatewayV2::Deployment', ...(dependsOn !== undefined ? { DependsOn: dependsOn } : {}), Properties: { ApiId: { Ref: 'Api' } } },
});

expectRule(deploymentRouteOrder, {
  valid: [
    { name: 'DependsOn the route', resources: { ...WS_API, ...ROUTE, ...deployment('Route') } },
    { name: 'DependsOn a list', resources: { ...WS_API, ...ROUTE, ...deployment(['Route', 'Integration']) } },
    { name: 'an unknown DependsOn', resources: { ...WS_API, ...ROUTE, ...deployment({ Ref: 'X' }) } },
    { name: 'an API without routes here (deployment-no-routes)', resources: { ...WS_API, ...deployment() } },
    { name: 'a deployment of an API of another stack', resources: { ...ROUTE, Deployment: { Type: 'AWS::ApiGatewayV2::Deployment', Properties: { ApiId: 'abc123' } } } },
  ],
  invalid: [
    { name: 'no DependsOn', resources: { ...WS_API, ...ROUTE, ...deployment() }, findings: [{ resource: 'Deployment', path: 'DependsOn' }] },
  ],
});
