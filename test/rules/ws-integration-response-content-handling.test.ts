import { expectRule } from './rule-table';
import { wsIntegrationResponseContentHandling } from '../../src/rules/integration/ws-integration-response-content-handling';

const api = (protocol = 'WEBSOCKET') => ({ Type: 'AWS::ApiGatewayV2::Api', Properties: { Name: 'chat', ProtocolType: protocol, RouteSelectionExpression: '$request.body.action' } });
const response = (strategy: unknown, apiId: unknown = { Ref: 'Api' }) => ({
  Type: 'AWS::ApiGatewayV2::IntegrationResponse', Properties: { ApiId: apiId, IntegrationId: 'i1', IntegrationResponseKey: '$default', ContentHandlingStrategy: strategy },
});

expectRule(wsIntegrationResponseContentHandling, {
  valid: [
    { name: 'CONVERT_TO_TEXT', resources: { Api: api(), Response: response('CONVERT_TO_TEXT') } },
    { name: 'CONVERT_TO_BINARY', resources: { Api: api(), Response: response('CONVERT_TO_BINARY') } },
    { name: 'absent', resources: { Api: api(), Response: response(undefined) } },
    { name: 'from a parameter', resources: { Api: api(), Response: response({ Ref: 'Strategy' }) } },
    { name: 'a CDK token', resources: { Api: api(), Response: response('${Token[TOKEN.4]}') } },
    { name: 'an HTTP API (protocol-unsupported-resource reports the integration response)', resources: { Api: api('HTTP'), Response: response('PASSTHROUGH') } },
  ],
  invalid: [
    { name: 'a REST-only value', resources: { Api: api(), Response: response('PASSTHROUGH') }, findings: [{ resource: 'Response', path: 'ContentHandlingStrategy' }] },
    { name: 'lower case', resources: { Api: api(), Response: response('convert_to_text') }, findings: [{ resource: 'Response', path: 'ContentHandlingStrategy' }] },
    { name: 'an API not in the template (integration responses are WebSocket-only)', resources: { Response: response('TEXT', 'abc123') }, findings: [{ resource: 'Response', path: 'ContentHandlingStrategy' }] },
  ],
});
