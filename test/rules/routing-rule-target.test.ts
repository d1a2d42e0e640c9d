import { expectRule } from './rule-table';
import { routingRuleTarget } from '../../src/rules/domain/routing-rule-target';

const apis = {
  Http: { Type: 'AWS::ApiGatewayV2::Api', Properties: { Name: 'h', ProtocolType: 'HTTP' } },
  Rest: { Type: 'AWS::ApiGateway::RestApi', Properties: { Name: 'r' } },
};
const rule = (ApiId: unknown) => ({
  ...apis,
  Rule: { Type: 'AWS::ApiGatewayV2::RoutingRule', Properties: { DomainNameArn: 'arn:aws:apigateway:eu-west-1::/domainnames/a.example.com', Priority: 1, Conditions: [], Actions: [{ InvokeApi: { ApiId, Stage: 'prod' } }] } },
});

expectRule(routingRuleTarget, {
  valid: [
    { name: 'a REST API', resources: rule({ Ref: 'Rest' }) },
    { name: 'a literal id', resources: rule('abc123') },
    { name: 'an import', resources: rule({ 'Fn::ImportValue': 'RestApiId' }) },
  ],
  invalid: [
    { name: 'an HTTP API', resources: rule({ Ref: 'Http' }), findings: [{ resource: 'Rule', path: 'Actions[0].InvokeApi.ApiId' }] },
  ],
});
