import { expectRule } from './rule-table';
import { integrationResponseProxy } from '../../src/rules/integration/integration-response-proxy';

const withResponse = (type: unknown, protocol = 'WEBSOCKET') => ({
  Api: { Type: 'AWS::ApiGatewayV2::Api', Properties: { Name: 'a', ProtocolType: protocol, RouteSelectionExpression: '$request.body.action' } },
  I: { Type: 'AWS::ApiGatewayV2::Integration', Properties: { ApiId: { Ref: 'Api' }, IntegrationType: type, IntegrationUri: 'https://example.com' } },
  R: { Type: 'AWS::ApiGatewayV2::IntegrationResponse', Properties: { ApiId: { Ref: 'Api' }, IntegrationId: { Ref: 'I' }, IntegrationResponseKey: '$default' } },
});
const at = [{ resource: 'R', path: 'IntegrationId' }];

expectRule(integrationResponseProxy, {
  valid: [
    { name: 'on AWS', resources: withResponse('AWS') },
    { name: 'on HTTP', resources: withResponse('HTTP') },
    { name: 'on MOCK', resources: withResponse('MOCK') },
    { name: 'an unknown type', resources: withResponse({ Ref: 'Type' }) },
    { name: 'on an HTTP API (protocol-unsupported-resource reports it)', resources: withResponse('HTTP_PROXY', 'HTTP') },
    { name: 'an integration of another stack', resources: { R: { Type: 'AWS::ApiGatewayV2::IntegrationResponse', Properties: { ApiId: 'abc', IntegrationId: 'def', IntegrationResponseKey: '$default' } } } },
  ],
  invalid: [
    { name: 'on AWS_PROXY', resources: withResponse('AWS_PROXY'), findings: at },
    { name: 'on HTTP_PROXY', resources: withResponse('HTTP_PROXY'), findings: at },
  ],
});
