import { expectRule } from './rule-table';
import { integrationPayloadFormatRequired } from '../../src/rules/integration/integration-payload-format-required';

const V2 = 'AWS::ApiGatewayV2::';
const integration = (protocol: unknown, properties: Record<string, unknown>, apiId: unknown = { Ref: 'Api' }) => ({
  Api: { Type: `${V2}Api`, Properties: { Name: 'a', ProtocolType: protocol, RouteSelectionExpression: '$request.body.action' } },
  Integration: { Type: `${V2}Integration`, Properties: { ApiId: apiId, IntegrationType: 'AWS_PROXY', IntegrationUri: 'arn:aws:lambda:us-east-1:123456789012:function:f', ...properties } },
});
const finding = [{ resource: 'Integration', path: 'PayloadFormatVersion' }];

expectRule(integrationPayloadFormatRequired, {
  valid: [
    { name: 'HTTP "2.0"', resources: integration('HTTP', { PayloadFormatVersion: '2.0' }) },
    { name: 'HTTP "1.0", linked by Fn::GetAtt', resources: integration('HTTP', { PayloadFormatVersion: '1.0' }, { 'Fn::GetAtt': ['Api', 'ApiId'] }) },
    { name: 'HTTP, a Ref', resources: integration('HTTP', { PayloadFormatVersion: { Ref: 'Version' } }) },
    { name: 'HTTP, an Fn::Sub', resources: integration('HTTP', { PayloadFormatVersion: { 'Fn::Sub': '${Major}.0' } }) },
    { name: 'HTTP, a CDK token', resources: integration('HTTP', { PayloadFormatVersion: '${Token[TOKEN.12]}' }) },
    { name: 'WebSocket, omitted', resources: integration('WEBSOCKET', {}) },
    { name: 'API protocol unknown, omitted', resources: integration({ Ref: 'Protocol' }, {}) },
    { name: 'ApiId of an imported API, omitted', resources: integration('HTTP', {}, 'a1b2c3d4e5') },
  ],
  invalid: [
    { name: 'HTTP, missing', resources: integration('HTTP', {}), findings: finding },
    { name: 'HTTP, AWS::NoValue', resources: integration('HTTP', { PayloadFormatVersion: { Ref: 'AWS::NoValue' } }), findings: finding },
    { name: 'HTTP service integration, missing', resources: integration('HTTP', { IntegrationSubtype: 'SQS-SendMessage' }), findings: finding },
  ],
});
