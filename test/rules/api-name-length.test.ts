import { expectRule } from './rule-table';
import { apiNameLength } from '../../src/rules/api/api-name-length';

expectRule(apiNameLength, {
  valid: [
    { name: '1 character', resources: { Api: { Type: 'AWS::ApiGatewayV2::Api', Properties: { Name: 'a', ProtocolType: 'HTTP' } } } },
    { name: '128 characters', resources: { Api: { Type: 'AWS::ApiGatewayV2::Api', Properties: { Name: 'a'.repeat(128), ProtocolType: 'HTTP' } } } },
    { name: 'no name with an OpenAPI body', resources: { Api: { Type: 'AWS::ApiGatewayV2::Api', Properties: { Body: { openapi: '3.0.1' } } } } },
    { name: 'a name that is a token', resources: { Api: { Type: 'AWS::ApiGatewayV2::Api', Properties: { Name: { Ref: 'P' }, ProtocolType: 'HTTP' } } } },
  ],
  invalid: [
    { name: 'empty', resources: { Api: { Type: 'AWS::ApiGatewayV2::Api', Properties: { Name: '', ProtocolType: 'HTTP' } } }, findings: [{ resource: 'Api', path: 'Name' }] },
    { name: '129 characters', resources: { Api: { Type: 'AWS::ApiGatewayV2::Api', Properties: { Name: 'a'.repeat(129), ProtocolType: 'HTTP' } } }, findings: [{ resource: 'Api', path: 'Name' }] },
    { name: 'missing', resources: { Api: { Type: 'AWS::ApiGatewayV2::Api', Properties: { ProtocolType: 'HTTP' } } }, findings: [{ resource: 'Api', path: 'Name' }] },
  ],
});
