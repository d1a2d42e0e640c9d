import * as fc from 'fast-check';
import { expectRule, findingsOf } from './rule-table';
import { wsIntegrationResponseDefault } from '../../src/rules/integration/ws-integration-response-default';

const api = (protocol = 'WEBSOCKET') => ({ Type: 'AWS::ApiGatewayV2::Api', Properties: { Name: 'chat', ProtocolType: protocol, RouteSelectionExpression: '$request.body.action' } });
const integration = (type: unknown, apiId: unknown = { Ref: 'Api' }) => ({
  Type: 'AWS::ApiGatewayV2::Integration', Properties: { ApiId: apiId, IntegrationType: type, IntegrationUri: 'https://example.com' },
});
const twoWayRoute = { Type: 'AWS::ApiGatewayV2::Route', Properties: { ApiId: { Ref: 'Api' }, RouteKey: 'send', RouteResponseSelectionExpression: '$default', Target: { 'Fn::Join': ['', ['integrations/', { Ref: 'Backend' }]] } } };
const oneWayRoute = { Type: 'AWS::ApiGatewayV2::Route', Properties: { ApiId: { Ref: 'Api' }, RouteKey: 'send', Target: { 'Fn::Join': ['/', ['integrations', { Ref: 'Backend' }]] } } };
const routeResponse = { Type: 'AWS::ApiGatewayV2::RouteResponse', Properties: { ApiId: { Ref: 'Api' }, RouteId: { Ref: 'Send' }, RouteResponseKey: '$default' } };
const response = (key: unknown, integrationId: unknown = { Ref: 'Backend' }) => ({
  Type: 'AWS::ApiGatewayV2::IntegrationResponse', Properties: { ApiId: { Ref: 'Api' }, IntegrationId: integrationId, IntegrationResponseKey: key },
});
const twoWay = (type: unknown, ...keys: unknown[]) => {
  const resources: Record<string, unknown> = { Api: api(), Backend: integration(type), Send: twoWayRoute };
  keys.forEach((k, i) => { resources[`Response${i}`] = response(k); });
  return resources;
};

expectRule(wsIntegrationResponseDefault, {
  valid: [
    { name: 'a Lambda integration with $default and an error pattern', resources: twoWay('AWS', '$default', '/.*error.*/') },
    { name: 'an HTTP integration with a 2xx pattern', resources: twoWay('HTTP', '/2\\d{2}/', '/4\\d{2}/') },
    { name: 'a MOCK integration with a pattern for 204 only', resources: twoWay('MOCK', '/204/') },
    { name: 'a Lambda integration with a pattern matching the empty error message', resources: twoWay('AWS', '/.*/') },
    { name: 'an AWS service integration answering with a status code', resources: twoWay('AWS', '/200/') },
    { name: 'a pattern JavaScript cannot read (possessive)', resources: twoWay('HTTP', '/5\\d++/') },
    { name: 'a pattern in Java-only syntax that matches a 2xx (\\p{Digit})', resources: twoWay('HTTP', '/\\p{Digit}{3}/') },
    { name: 'a pattern Java refuses (integration-response-key reports it)', resources: twoWay('HTTP', '/[/') },
    { name: 'a key that is a CDK token', resources: twoWay('HTTP', '${Token[TOKEN.6]}') },
    { name: 'a key from a parameter', resources: twoWay('HTTP', { Ref: 'ResponseKey' }) },
    { name: 'a key that does not parse (integration-response-key reports it)', resources: twoWay('HTTP', '/4\\d{2}/', '400') },
    { name: 'an unknown integration type', resources: twoWay({ Ref: 'Type' }, '/4\\d{2}/') },
    { name: 'a proxy integration (API Gateway passes its answer through)', resources: twoWay('AWS_PROXY', '/4\\d{2}/') },
    { name: 'no integration responses', resources: twoWay('HTTP') },
    { name: 'a one-way route', resources: { Api: api(), Backend: integration('HTTP'), Send: oneWayRoute, Response0: response('/4\\d{2}/') } },
    {
      name: 'a route whose RouteResponseSelectionExpression may be removed (unknown)',
      resources: {
        Api: api(),
        Backend: integration('HTTP'),
        Send: { ...oneWayRoute, Properties: { ...oneWayRoute.Properties, RouteResponseSelectionExpression: { 'Fn::If': ['TwoWay', '$default', { Ref: 'AWS::NoValue' }] } } },
        Response0: response('/4\\d{2}/'),
      },
    },
    { name: 'an integration no route of the template targets', resources: { Api: api(), Backend: integration('HTTP'), Response0: response('/4\\d{2}/') } },
    {
      name: 'an integration response whose IntegrationId cannot be followed (it may be the $default one)',
      resources: { ...twoWay('HTTP', '/4\\d{2}/'), Other: response('$default', { 'Fn::ImportValue': 'IntegrationId' }) },
    },
    { name: 'an API not in the template', resources: { Backend: integration('HTTP', 'abc123'), Response0: response('/4\\d{2}/') } },
  ],
  invalid: [
    { name: 'a pattern in Java-only syntax that matches no 2xx (\\h)', resources: twoWay('HTTP', '/\\h*5\\d\\d/'), findings: [{ resource: 'Backend', path: 'IntegrationType' }] },
    { name: 'a Lambda integration with an error pattern only', resources: twoWay('AWS', '/.*error.*/'), findings: [{ resource: 'Backend', path: 'IntegrationType' }] },
    { name: 'an HTTP integration with error patterns only', resources: twoWay('HTTP', '/4\\d{2}/', '/5\\d{2}/'), findings: [{ resource: 'Backend', path: 'IntegrationType' }] },
    {
      name: 'a two-way route made by its route response',
      resources: { Api: api(), Backend: integration('MOCK'), Send: oneWayRoute, SendResponse: routeResponse, Response0: response('/[45]\\d\\d/') },
      findings: [{ resource: 'Backend', path: 'IntegrationType' }],
    },
  ],
});

test('any /pattern/ key: the rule never throws, reports at most the integration, and $default alongside it always silences it', () => {
  fc.assert(fc.property(fc.string({ maxLength: 40 }), fc.constantFrom('AWS', 'HTTP', 'MOCK'), (pattern, type) => {
    const findings = findingsOf(wsIntegrationResponseDefault, twoWay(type, `/${pattern}/`));
    expect(findings.map(f => [f.resource, f.path])).toEqual(findings.length ? [['Backend', 'IntegrationType']] : []);
    expect(findingsOf(wsIntegrationResponseDefault, twoWay(type, `/${pattern}/`, '$default'))).toEqual([]);
  }), { numRuns: 300 });
});

test('a pattern of plain text with a letter matches no successful call, so it is reported', () => {
  fc.assert(fc.property(fc.stringMatching(/^[a-z][a-z0-9 ]{0,20}$/), fc.constantFrom('AWS', 'HTTP', 'MOCK'), (text, type) => {
    expect(findingsOf(wsIntegrationResponseDefault, twoWay(type, `/${text}/`)).map(f => f.resource)).toEqual(['Backend']);
  }), { numRuns: 100 });
});
