import { expectRule } from './rule-table';
import { authorizerName } from '../../src/rules/authorizer/authorizer-name';

const auth = (name: unknown, protocol = 'HTTP') => ({
  Api: { Type: 'AWS::ApiGatewayV2::Api', Properties: { Name: 'a', ProtocolType: protocol } },
  Auth: { Type: 'AWS::ApiGatewayV2::Authorizer', Properties: { ApiId: { Ref: 'Api' }, AuthorizerType: 'REQUEST', Name: name } },
});
const at = [{ resource: 'Auth', path: 'Name' }];

expectRule(authorizerName, {
  valid: [
    { name: '1 character', resources: auth('a') },
    { name: '128 characters on a WebSocket API', resources: auth('n'.repeat(128), 'WEBSOCKET') },
    { name: 'unknown', resources: auth({ 'Fn::Join': ['-', ['a', { Ref: 'B' }]] }) },
  ],
  invalid: [
    { name: 'empty', resources: auth(''), findings: at },
    { name: '129 characters', resources: auth('n'.repeat(129)), findings: at },
    { name: 'missing', resources: auth(undefined), findings: at },
  ],
});
