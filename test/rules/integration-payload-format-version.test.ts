import { invalidThrough, validThrough } from './intrinsic-forms';
import { expectRule } from './rule-table';
import { integrationPayloadFormatVersion } from '../../src/rules/integration/integration-payload-format-version';

const V2 = 'AWS::ApiGatewayV2::';
const integration = (protocol: unknown, properties: Record<string, unknown>, apiId: unknown = { Ref: 'Api' }) => ({
  Api: { Type: `${V2}Api`, Properties: { Name: 'a', ProtocolType: protocol, RouteSelectionExpression: '$request.body.action' } },
  Integration: { Type: `${V2}Integration`, Properties: { ApiId: apiId, ...properties } },
});
const lambda = (PayloadFormatVersion: unknown) => integration('HTTP', { IntegrationType: 'AWS_PROXY', PayloadFormatVersion });
const httpProxy = (PayloadFormatVersion: unknown) => integration('HTTP', { IntegrationType: 'HTTP_PROXY', PayloadFormatVersion });
const service = (PayloadFormatVersion: unknown) => integration('HTTP', { IntegrationType: 'AWS_PROXY', IntegrationSubtype: 'SQS-SendMessage', PayloadFormatVersion });
const ws = (PayloadFormatVersion: unknown) => integration('WEBSOCKET', { IntegrationType: 'AWS_PROXY', PayloadFormatVersion });
const finding = [{ resource: 'Integration', path: 'PayloadFormatVersion' }];

expectRule(integrationPayloadFormatVersion, {
  valid: [
    { name: 'HTTP Lambda proxy "1.0"', resources: lambda('1.0') },
    { name: 'HTTP Lambda proxy "2.0"', resources: lambda('2.0') },
    { name: 'HTTP_PROXY "1.0"', resources: httpProxy('1.0') },
    { name: 'service integration "1.0"', resources: service('1.0') },
    { name: 'WebSocket "1.0"', resources: ws('1.0') },
    ...validThrough('2.0', lambda, '1.0'),
    { name: 'WebSocket omitted', resources: integration('WEBSOCKET', { IntegrationType: 'MOCK' }) },
    { name: 'WebSocket AWS::NoValue', resources: ws({ Ref: 'AWS::NoValue' }) },
    { name: 'Lambda proxy, a Ref', resources: lambda({ Ref: 'Version' }) },
    { name: 'HTTP_PROXY, an Fn::Sub', resources: httpProxy({ 'Fn::Sub': '${Major}.0' }) },
    { name: 'HTTP_PROXY, an Fn::GetAtt', resources: httpProxy({ 'Fn::GetAtt': ['Config', 'Version'] }) },
    { name: 'WebSocket, a CDK token', resources: ws('${Token[TOKEN.12]}') },
    { name: '"2.0" with an IntegrationType from a Ref', resources: integration('HTTP', { IntegrationType: { Ref: 'Type' }, PayloadFormatVersion: '2.0' }) },
    { name: '"2.0" with an IntegrationSubtype from a Ref', resources: integration('HTTP', { IntegrationType: 'AWS_PROXY', IntegrationSubtype: { Ref: 'Subtype' }, PayloadFormatVersion: '2.0' }) },
    { name: 'Lambda proxy "2.0" with IntegrationSubtype AWS::NoValue', resources: integration('HTTP', { IntegrationType: 'AWS_PROXY', IntegrationSubtype: { Ref: 'AWS::NoValue' }, PayloadFormatVersion: '2.0' }) },
    { name: 'API protocol unknown, HTTP_PROXY "2.0"', resources: integration({ Ref: 'Protocol' }, { IntegrationType: 'HTTP_PROXY', PayloadFormatVersion: '2.0' }) },
    { name: 'ApiId of an imported API, "2.0"', resources: integration('WEBSOCKET', { IntegrationType: 'AWS_PROXY', PayloadFormatVersion: '2.0' }, 'a1b2c3d4e5') },
    // YAML `PayloadFormatVersion: 2.0` parses to the number 2: whether it reaches the service as "2.0" or "2" is not known.
    { name: 'Lambda proxy, the number 2 (unquoted 2.0)', resources: lambda(2) },
    { name: 'HTTP_PROXY, the number 1 (unquoted 1.0)', resources: httpProxy(1) },
  ],
  invalid: [
    ...invalidThrough('2.0', '1.0', ws, finding),
    { name: 'Lambda proxy "3.0"', resources: lambda('3.0'), findings: finding },
    { name: 'Lambda proxy "2"', resources: lambda('2'), findings: finding },
    { name: 'Lambda proxy "2.00"', resources: lambda('2.00'), findings: finding },
    { name: 'HTTP_PROXY "2.0"', resources: httpProxy('2.0'), findings: finding },
    { name: 'service integration "2.0"', resources: service('2.0'), findings: finding },
    { name: 'WebSocket "2.0"', resources: ws('2.0'), findings: finding },
    { name: 'WebSocket MOCK "2.0", linked by Fn::GetAtt', resources: integration('WEBSOCKET', { IntegrationType: 'MOCK', PayloadFormatVersion: '2.0' }, { 'Fn::GetAtt': ['Api', 'ApiId'] }), findings: finding },
    { name: 'Lambda proxy, the number 3', resources: lambda(3), findings: finding },
    { name: 'HTTP_PROXY, the number 2', resources: httpProxy(2), findings: finding },
    { name: 'WebSocket, the number 2', resources: ws(2), findings: finding },
  ],
});
