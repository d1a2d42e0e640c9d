import { expectRule } from './rule-table';
import { routingRuleRoutingMode } from '../../src/rules/domain/routing-rule-routing-mode';

const resources = (RoutingMode: unknown) => ({
  Domain: { Type: 'AWS::ApiGatewayV2::DomainName', Properties: { DomainName: 'api.example.com', RoutingMode } },
  Rule: { Type: 'AWS::ApiGatewayV2::RoutingRule', Properties: { DomainNameArn: { 'Fn::GetAtt': ['Domain', 'DomainNameArn'] }, Priority: 1, Conditions: [], Actions: [] } },
});
const finding = [{ resource: 'Rule', path: 'DomainNameArn' }];

expectRule(routingRuleRoutingMode, {
  valid: [
    { name: 'ROUTING_RULE_THEN_API_MAPPING', resources: resources('ROUTING_RULE_THEN_API_MAPPING') },
    { name: 'ROUTING_RULE_ONLY', resources: resources('ROUTING_RULE_ONLY') },
    { name: 'a mode from a parameter', resources: resources({ Ref: 'Mode' }) },
    { name: 'a domain of another stack', resources: { Rule: { Type: 'AWS::ApiGatewayV2::RoutingRule', Properties: { DomainNameArn: 'arn:aws:apigateway:eu-west-1::/domainnames/x.example.com', Priority: 1, Conditions: [], Actions: [] } } } },
  ],
  invalid: [
    { name: 'the default mode', resources: resources(undefined), findings: finding },
    { name: 'API_MAPPING_ONLY', resources: resources('API_MAPPING_ONLY'), findings: finding },
  ],
});
