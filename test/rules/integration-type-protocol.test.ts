import { invalidThrough, validThrough } from './intrinsic-forms';
import { expectRule } from './rule-table';
import { integrationTypeProtocol } from '../../src/rules/integration/integration-type-protocol';

const V2 = 'AWS::ApiGatewayV2::';
const integration = (protocol: unknown, properties: Record<string, unknown>, apiId: unknown = { Ref: 'Api' }) => ({
  Api: { Type: `${V2}Api`, Properties: { Name: 'a', ProtocolType: protocol, RouteSelectionExpression: '$request.body.action' } },
  Integration: { Type: `${V2}Integration`, Properties: { ApiId: apiId, ...properties } },
});
const type = (protocol: unknown, IntegrationType: unknown) => integration(protocol, { IntegrationType });
const finding = [{ resource: 'Integration', path: 'IntegrationType' }];

expectRule(integrationTypeProtocol, {
  valid: [
    { name: 'HTTP AWS_PROXY', resources: type('HTTP', 'AWS_PROXY') },
    { name: 'HTTP HTTP_PROXY', resources: type('HTTP', 'HTTP_PROXY') },
    ...['AWS', 'AWS_PROXY', 'HTTP', 'HTTP_PROXY', 'MOCK'].map(t => ({ name: `WebSocket ${t}`, resources: type('WEBSOCKET', t) })),
    { name: 'HTTP, a Ref', resources: type('HTTP', { Ref: 'Type' }) },
    { name: 'HTTP, an Fn::Sub', resources: type('HTTP', { 'Fn::Sub': '${Type}' }) },
    { name: 'HTTP, an Fn::GetAtt', resources: type('HTTP', { 'Fn::GetAtt': ['Other', 'IntegrationType'] }) },
    { name: 'HTTP, a CDK token', resources: type('HTTP', '${Token[TOKEN.12]}') },
    ...validThrough('HTTP_PROXY', v => type('HTTP', v), 'AWS_PROXY'),
    { name: 'API protocol unknown, MOCK', resources: type({ Ref: 'Protocol' }, 'MOCK') },
    { name: 'API protocol unknown, missing', resources: integration({ Ref: 'Protocol' }, {}) },
    { name: 'ApiId of an imported API, MOCK', resources: integration('HTTP', { IntegrationType: 'MOCK' }, 'a1b2c3d4e5') },
  ],
  invalid: [
    ...invalidThrough('MOCK', 'AWS_PROXY', v => type('HTTP', v), finding),
    { name: 'HTTP AWS', resources: type('HTTP', 'AWS'), findings: finding },
    { name: 'HTTP HTTP', resources: type('HTTP', 'HTTP'), findings: finding },
    { name: 'HTTP MOCK', resources: type('HTTP', 'MOCK'), findings: finding },
    { name: 'WebSocket LAMBDA', resources: type('WEBSOCKET', 'LAMBDA'), findings: finding },
    { name: 'WebSocket lower case', resources: type('WEBSOCKET', 'aws_proxy'), findings: finding },
    { name: 'HTTP missing', resources: integration('HTTP', {}), findings: finding },
    { name: 'WebSocket AWS::NoValue', resources: type('WEBSOCKET', { Ref: 'AWS::NoValue' }), findings: finding },
  ],
});
