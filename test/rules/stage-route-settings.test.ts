import { expectRule } from './rule-table';
import { stageRouteSettings } from '../../src/rules/stage/stage-route-settings';

const api = (protocol: string, extra: Record<string, unknown> = {}) => ({ Type: 'AWS::ApiGatewayV2::Api', Properties: { Name: 'a', ProtocolType: protocol, ...extra } });
const route = (key: unknown, apiId: unknown = { Ref: 'Api' }) => ({ Type: 'AWS::ApiGatewayV2::Route', Properties: { ApiId: apiId, RouteKey: key } });
const stage = (routeSettings: unknown, apiId: unknown = { Ref: 'Api' }) => ({
  Type: 'AWS::ApiGatewayV2::Stage', Properties: { ApiId: apiId, StageName: 'prod', RouteSettings: routeSettings },
});
const settings = { ThrottlingBurstLimit: 10 };

expectRule(stageRouteSettings, {
  valid: [
    { name: 'an HTTP route key of the API', resources: { Api: api('HTTP'), Route: route('GET /items'), Stage: stage({ 'GET /items': settings }) } },
    { name: 'a WebSocket route key of the API', resources: { Api: api('WEBSOCKET'), Route: route('$connect'), Stage: stage({ $connect: settings }) } },
    { name: 'no RouteSettings', resources: { Api: api('HTTP'), Route: route('GET /items'), Stage: { Type: 'AWS::ApiGatewayV2::Stage', Properties: { ApiId: { Ref: 'Api' }, StageName: 'prod' } } } },
    { name: 'the quick-create route of the API ($default)', resources: { Api: api('HTTP', { Target: 'arn:aws:lambda:us-east-1:123456789012:function:f' }), Stage: stage({ $default: settings }) } },
    { name: 'the quick-create route of the API (its RouteKey)', resources: { Api: api('HTTP', { Target: 'arn:aws:lambda:us-east-1:123456789012:function:f', RouteKey: 'POST /x' }), Stage: stage({ 'POST /x': settings }) } },
    { name: 'an API with an unknown route key', resources: { Api: api('HTTP'), Route: route('GET /a'), Route2: route({ Ref: 'Key' }), Stage: stage({ 'GET /b': settings }) } },
    { name: 'an API with no route in the template (routes in another stack)', resources: { Api: api('HTTP'), Stage: stage({ 'GET /b': settings }) } },
    { name: 'an API imported from OpenAPI', resources: { Api: api('HTTP', { Body: { openapi: '3.0.1' } }), Route: route('GET /a'), Stage: stage({ 'GET /b': settings }) } },
    { name: 'a stage of an API in another stack', resources: { Api: api('HTTP'), Route: route('GET /a'), Stage: stage({ 'GET /b': settings }, { 'Fn::ImportValue': 'ApiId' }) } },
    { name: 'RouteSettings that are a token', resources: { Api: api('HTTP'), Route: route('GET /a'), Stage: stage({ Ref: 'Settings' }) } },
    { name: 'a key that is a CDK token', resources: { Api: api('HTTP'), Route: route('GET /a'), Stage: stage({ '${Token[TOKEN.7]}': settings }) } },
  ],
  invalid: [
    {
      name: 'a key no route has',
      resources: { Api: api('HTTP'), Route: route('GET /items'), Stage: stage({ 'GET /items': settings, 'GET /nosuch': settings }) },
      findings: [{ resource: 'Stage', path: 'RouteSettings.GET /nosuch' }],
    },
    {
      name: 'keys are compared exactly (method case)',
      resources: { Api: api('HTTP'), Route: route('GET /items'), Stage: stage({ 'get /items': settings }) },
      findings: [{ resource: 'Stage', path: 'RouteSettings.get /items' }],
    },
    {
      name: 'a route of another API',
      resources: { Api: api('WEBSOCKET'), Route: route('$connect'), Other: api('WEBSOCKET'), OtherRoute: route('sendMessage', { Ref: 'Other' }), Stage: stage({ sendMessage: settings }) },
      findings: [{ resource: 'Stage', path: 'RouteSettings.sendMessage' }],
    },
  ],
});
