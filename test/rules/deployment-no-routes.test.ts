import { child, HTTP_API, WS_API } from './catalogue-fixtures';
import { expectRule } from './rule-table';
import { deploymentNoRoutes } from '../../src/rules/deployment/deployment-no-routes';

const deployment = child('Deployment', 'Deployment', {});
const route = (apiId: unknown = { Ref: 'Api' }) => ({ Route: { Type: 'AWS::ApiGatewayV2::Route', Properties: { ApiId: apiId, RouteKey: '$default' } } });

expectRule(deploymentNoRoutes, {
  valid: [
    { name: 'an API with a route', resources: { ...WS_API, ...route(), ...deployment } },
    { name: 'an API imported from OpenAPI', resources: { Api: { Type: 'AWS::ApiGatewayV2::Api', Properties: { Body: { openapi: '3.0.1', paths: {} } } }, ...deployment } },
    { name: 'a route whose ApiId is unknown', resources: { ...WS_API, ...route({ 'Fn::If': ['C', { Ref: 'Api' }, 'x'] }), ...deployment } },
    { name: 'a nested stack that may add routes', resources: { ...HTTP_API, ...deployment, Routes: { Type: 'AWS::CloudFormation::Stack', Properties: { TemplateURL: 'https://example.com/t.json' } } } },
    { name: 'a deployment of an API of another stack', resources: { Deployment: { Type: 'AWS::ApiGatewayV2::Deployment', Properties: { ApiId: 'abc123' } } } },
  ],
  invalid: [
    { name: 'an HTTP API without routes', resources: { ...HTTP_API, ...deployment }, findings: [{ resource: 'Deployment', path: 'ApiId' }] },
    { name: 'a WebSocket API whose only route belongs to another API', resources: { ...WS_API, ...route('abc123'), ...deployment }, findings: [{ resource: 'Deployment', path: 'ApiId' }] },
  ],
});
