import { expectRule } from './rule-table';
import { authorizerApi } from '../../src/rules/authorizer/authorizer-api';

const apis = {
  A: { Type: 'AWS::ApiGatewayV2::Api', Properties: { Name: 'a', ProtocolType: 'HTTP' } },
  B: { Type: 'AWS::ApiGatewayV2::Api', Properties: { Name: 'b', ProtocolType: 'HTTP' } },
  AuthA: { Type: 'AWS::ApiGatewayV2::Authorizer', Properties: { ApiId: { Ref: 'A' }, Name: 'a', AuthorizerType: 'JWT' } },
};
const route = (api: unknown, authorizer: unknown) => ({ Type: 'AWS::ApiGatewayV2::Route', Properties: { ApiId: api, RouteKey: 'GET /x', AuthorizationType: 'JWT', AuthorizerId: authorizer } });

expectRule(authorizerApi, {
  valid: [
    { name: 'a route of the authorizer\'s API', resources: { ...apis, R: route({ Ref: 'A' }, { Ref: 'AuthA' }) } },
    { name: 'an authorizer of another stack', resources: { ...apis, R: route({ Ref: 'B' }, 'abc123') } },
    { name: 'a route of an API of another stack', resources: { ...apis, R: route('xyz', { Ref: 'AuthA' }) } },
    { name: 'an unknown authorizer id', resources: { ...apis, R: route({ Ref: 'B' }, { 'Fn::ImportValue': 'Auth' }) } },
  ],
  invalid: [
    { name: 'a route of API B with the authorizer of API A', resources: { ...apis, R: route({ Ref: 'B' }, { Ref: 'AuthA' }) }, findings: [{ resource: 'R', path: 'AuthorizerId' }] },
  ],
});
