import { expectRule } from './rule-table';
import { protocolUnsupportedResource } from '../../src/rules/protocol/protocol-unsupported-resource';

const V2 = 'AWS::ApiGatewayV2::';
const api = (ProtocolType: unknown) => ({ Type: `${V2}Api`, Properties: { Name: 'a', ProtocolType, RouteSelectionExpression: '$request.body.action' } });
const RESPONSES = {
  Route: { Type: `${V2}Route`, Properties: { ApiId: { Ref: 'Api' }, RouteKey: 'send' } },
  Integration: { Type: `${V2}Integration`, Properties: { ApiId: { Ref: 'Api' }, IntegrationType: 'MOCK' } },
  RouteResponse: { Type: `${V2}RouteResponse`, Properties: { ApiId: { Ref: 'Api' }, RouteId: { Ref: 'Route' }, RouteResponseKey: '$default' } },
  IntegrationResponse: {
    Type: `${V2}IntegrationResponse`,
    Properties: { ApiId: { 'Fn::GetAtt': ['Api', 'ApiId'] }, IntegrationId: { Ref: 'Integration' }, IntegrationResponseKey: '$default' },
  },
  Model: { Type: `${V2}Model`, Properties: { ApiId: { Ref: 'Api' }, Name: 'M', Schema: { type: 'object' } } },
};
const withApiId = (apiId: unknown) =>
  Object.fromEntries(Object.entries(RESPONSES).map(([id, r]) => [id, { ...r, Properties: { ...r.Properties, ApiId: apiId } }]));

expectRule(protocolUnsupportedResource, {
  valid: [
    { name: 'on a WebSocket API', resources: { Api: api('WEBSOCKET'), ...RESPONSES } },
    { name: 'API protocol unknown', resources: { Api: api({ Ref: 'Protocol' }), ...RESPONSES } },
    { name: 'ApiId of an imported API', resources: { Api: api('HTTP'), ...withApiId('a1b2c3d4e5') } },
    { name: 'ApiId from an Fn::ImportValue', resources: { Api: api('HTTP'), ...withApiId({ 'Fn::ImportValue': 'ApiId' }) } },
  ],
  invalid: [
    {
      name: 'on an HTTP API',
      resources: { Api: api('HTTP'), ...RESPONSES },
      findings: [{ resource: 'RouteResponse', path: 'ApiId' }, { resource: 'IntegrationResponse', path: 'ApiId' }, { resource: 'Model', path: 'ApiId' }],
    },
    { name: 'a model alone on an HTTP API', resources: { Api: api('HTTP'), Model: RESPONSES.Model }, findings: [{ resource: 'Model', path: 'ApiId' }] },
  ],
});
