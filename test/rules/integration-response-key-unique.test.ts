import { expectRule } from './rule-table';
import { integrationResponseKeyUnique } from '../../src/rules/integration/integration-response-key-unique';

const api = (protocol = 'WEBSOCKET') => ({
  Api: { Type: 'AWS::ApiGatewayV2::Api', Properties: { Name: 'a', ProtocolType: protocol, RouteSelectionExpression: '$request.body.action' } },
  I: { Type: 'AWS::ApiGatewayV2::Integration', Properties: { ApiId: { Ref: 'Api' }, IntegrationType: 'MOCK' } },
  J: { Type: 'AWS::ApiGatewayV2::Integration', Properties: { ApiId: { Ref: 'Api' }, IntegrationType: 'MOCK' } },
});
const response = (integration: string, key: unknown) => ({ Type: 'AWS::ApiGatewayV2::IntegrationResponse', Properties: { ApiId: { Ref: 'Api' }, IntegrationId: { Ref: integration }, IntegrationResponseKey: key } });

expectRule(integrationResponseKeyUnique, {
  valid: [
    { name: 'different keys', resources: { ...api(), R1: response('I', '$default'), R2: response('I', '/4\\d\\d/') } },
    { name: 'the same key on two integrations', resources: { ...api(), R1: response('I', '$default'), R2: response('J', '$default') } },
    { name: 'unknown keys', resources: { ...api(), R1: response('I', { Ref: 'K' }), R2: response('I', { Ref: 'K' }) } },
    { name: 'keys differing in case', resources: { ...api(), R1: response('I', '/2\\d\\d/'), R2: response('I', '/2\\D\\D/') } },
    { name: 'an HTTP API', resources: { ...api('HTTP'), R1: response('I', '$default'), R2: response('I', '$default') } },
  ],
  invalid: [
    { name: 'two $default responses', resources: { ...api(), R1: response('I', '$default'), R2: response('I', '$default') }, findings: [{ resource: 'R2', path: 'IntegrationResponseKey' }] },
    { name: 'three of one pattern', resources: { ...api(), R1: response('I', '/5\\d\\d/'), R2: response('I', '/5\\d\\d/'), R3: response('I', '/5\\d\\d/') }, findings: [{ resource: 'R2', path: 'IntegrationResponseKey' }, { resource: 'R3', path: 'IntegrationResponseKey' }] },
  ],
});
