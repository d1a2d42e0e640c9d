import { expectRule } from './rule-table';
import { modelName } from '../../src/rules/model/model-name';

const api = (protocol: string) => ({ Type: 'AWS::ApiGatewayV2::Api', Properties: { Name: 'a', ProtocolType: protocol, RouteSelectionExpression: '$request.body.action' } });
const model = (name: unknown, apiRef = 'Api') => ({ Type: 'AWS::ApiGatewayV2::Model', Properties: { ApiId: { Ref: apiRef }, Name: name, Schema: {} } });

expectRule(modelName, {
  valid: [
    { name: '1 character', resources: { Api: api('WEBSOCKET'), M: model('a') } },
    { name: '128 letters and digits', resources: { Api: api('WEBSOCKET'), M: model('A1'.repeat(64)) } },
    { name: 'two names of one API', resources: { Api: api('WEBSOCKET'), M: model('Message'), N: model('Reply') } },
    { name: 'the same name in two APIs', resources: { Api: api('WEBSOCKET'), Other: api('WEBSOCKET'), M: model('Message'), N: model('Message', 'Other') } },
    { name: 'names that differ in case', resources: { Api: api('WEBSOCKET'), M: model('Message'), N: model('message') } },
    { name: 'a name that is a token', resources: { Api: api('WEBSOCKET'), M: model({ 'Fn::Sub': 'p-${AWS::Region}' }) } },
    { name: 'two models whose names are unknown', resources: { Api: api('WEBSOCKET'), M: model({ Ref: 'N' }), N: model({ Ref: 'N' }) } },
    { name: 'an invalid name on an HTTP API (protocol-unsupported-resource reports the model)', resources: { Api: api('HTTP'), M: model('p-m3') } },
    { name: 'the same name in two APIs of other stacks', resources: { M: { Type: 'AWS::ApiGatewayV2::Model', Properties: { ApiId: 'abc', Name: 'Message', Schema: {} } }, N: { Type: 'AWS::ApiGatewayV2::Model', Properties: { ApiId: 'def', Name: 'Message', Schema: {} } } } },
  ],
  invalid: [
    { name: 'a hyphen', resources: { Api: api('WEBSOCKET'), M: model('p-m3') }, findings: [{ resource: 'M', path: 'Name' }] },
    { name: 'an underscore', resources: { Api: api('WEBSOCKET'), M: model('p_m3') }, findings: [{ resource: 'M', path: 'Name' }] },
    { name: 'empty', resources: { Api: api('WEBSOCKET'), M: model('') }, findings: [{ resource: 'M', path: 'Name' }] },
    { name: '129 characters', resources: { Api: api('WEBSOCKET'), M: model('a'.repeat(129)) }, findings: [{ resource: 'M', path: 'Name' }] },
    { name: 'an API of another stack (models are WebSocket-only)', resources: { M: { Type: 'AWS::ApiGatewayV2::Model', Properties: { ApiId: 'abc', Name: 'a.b', Schema: {} } } }, findings: [{ resource: 'M', path: 'Name' }] },
    {
      name: 'a name used twice in one API: the second is reported',
      resources: { Api: api('WEBSOCKET'), M: model('Message'), N: model('Reply'), O: model('Message') },
      findings: [{ resource: 'O', path: 'Name' }],
    },
  ],
});
