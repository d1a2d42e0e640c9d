import { expectRule } from './rule-table';
import { wsRouteModelReference } from '../../src/rules/route/ws-route-model-reference';

const api = (protocol = 'WEBSOCKET') => ({ Type: 'AWS::ApiGatewayV2::Api', Properties: { Name: 'chat', ProtocolType: protocol, RouteSelectionExpression: '$request.body.action' } });
const model = (name: unknown, apiId: unknown = { Ref: 'Api' }) => ({
  Type: 'AWS::ApiGatewayV2::Model', Properties: { ApiId: apiId, Name: name, ContentType: 'application/json', Schema: { type: 'object' } },
});
const route = (models: unknown, apiId: unknown = { Ref: 'Api' }) => ({
  Type: 'AWS::ApiGatewayV2::Route', Properties: { ApiId: apiId, RouteKey: 'send', ModelSelectionExpression: '\\$default', RequestModels: models },
});
const response = (models: unknown) => ({
  Type: 'AWS::ApiGatewayV2::RouteResponse', Properties: { ApiId: { Ref: 'Api' }, RouteId: { Ref: 'Send' }, RouteResponseKey: '$default', ResponseModels: models },
});

expectRule(wsRouteModelReference, {
  valid: [
    { name: 'request and response models of the API', resources: { Api: api(), Message: model('Message'), Reply: model('Reply'), Send: route({ $default: 'Message' }), SendResponse: response({ $default: 'Reply' }) } },
    { name: 'a model name that is a CDK token', resources: { Api: api(), Message: model('Message'), Send: route({ $default: '${Token[TOKEN.4]}' }) } },
    { name: 'a key that is a CDK list token', resources: { Api: api(), Message: model('Message'), Send: route({ '#{Token[TOKEN.5]}': 'Missing' }) } },
    { name: 'a model name from an intrinsic other than Ref', resources: { Api: api(), Message: model('Message'), Send: route({ $default: { 'Fn::ImportValue': 'MessageModelName' } }) } },
    { name: 'a model of the API whose Name is unknown', resources: { Api: api(), Message: model({ 'Fn::Sub': '${AWS::StackName}Message' }), Send: route({ $default: 'Other' }) } },
    { name: 'a model of the template whose ApiId cannot be followed', resources: { Api: api(), Message: model('Message', { 'Fn::Sub': '${Api}' }), Send: route({ $default: 'Message' }) } },
    { name: 'an API not in the template', resources: { Send: route({ $default: 'Missing' }, 'abc123') } },
    { name: 'an HTTP route (protocol-unsupported-property reports it)', resources: { Api: api('HTTP'), Send: route({ $default: 'Missing' }) } },
    { name: 'RequestModels as an intrinsic', resources: { Api: api(), Send: route({ 'Fn::If': ['C', { $default: 'Missing' }, { Ref: 'AWS::NoValue' }] }) } },
    { name: 'an API with no model in this template (they may be in another stack)', resources: { Api: api(), Send: route({ chat: 'Message' }) } },
    { name: 'a Ref to a resource that is not a model', resources: { Api: api(), Send: route({ $default: { Ref: 'ModelNameParameter' } }) } },
  ],
  invalid: [
    { name: 'a name no model of the API has', resources: { Api: api(), Message: model('Message'), Send: route({ $default: 'Mesage' }) }, findings: [{ resource: 'Send', path: 'RequestModels.$default' }] },
    {
      name: 'a model of another API',
      resources: { Api: api(), Other: api(), Message: model('Message', { Ref: 'Other' }), Reply: model('Reply'), Send: route({ $default: 'Message' }) },
      findings: [{ resource: 'Send', path: 'RequestModels.$default' }],
    },
    { name: 'a Ref to a model gives its id', resources: { Api: api(), Message: model('Message'), Send: route({ $default: { Ref: 'Message' } }) }, findings: [{ resource: 'Send', path: 'RequestModels.$default' }] },
    {
      name: 'Fn::GetAtt ModelId in a route response',
      resources: { Api: api(), Message: model('Message'), Send: route({ $default: 'Message' }), SendResponse: response({ $default: { 'Fn::GetAtt': ['Message', 'ModelId'] } }) },
      findings: [{ resource: 'SendResponse', path: 'ResponseModels.$default' }],
    },
    {
      name: 'a response model name no model has',
      resources: { Api: api(), Message: model('Message'), Send: route({ $default: 'Message' }), SendResponse: response({ $default: 'Reply' }) },
      findings: [{ resource: 'SendResponse', path: 'ResponseModels.$default' }],
    },
  ],
});
