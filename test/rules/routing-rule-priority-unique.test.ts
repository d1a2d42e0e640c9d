import { expectRule } from './rule-table';
import { routingRulePriorityUnique } from '../../src/rules/domain/routing-rule-priority-unique';

const domains = {
  Domain: { Type: 'AWS::ApiGatewayV2::DomainName', Properties: { DomainName: 'a.example.com', RoutingMode: 'ROUTING_RULE_ONLY' } },
  Other: { Type: 'AWS::ApiGatewayV2::DomainName', Properties: { DomainName: 'b.example.com', RoutingMode: 'ROUTING_RULE_ONLY' } },
};
const rule = (domain: unknown, Priority: unknown) => ({ Type: 'AWS::ApiGatewayV2::RoutingRule', Properties: { DomainNameArn: domain, Priority, Conditions: [], Actions: [] } });
const arnOf = (id: string) => ({ 'Fn::GetAtt': [id, 'DomainNameArn'] });
const literal = 'arn:aws:apigateway:eu-west-1::/domainnames/c.example.com';

expectRule(routingRulePriorityUnique, {
  valid: [
    { name: 'different priorities', resources: { ...domains, A: rule(arnOf('Domain'), 1), B: rule(arnOf('Domain'), 2) } },
    { name: 'the same priority on two domains', resources: { ...domains, A: rule(arnOf('Domain'), 1), B: rule(arnOf('Other'), 1) } },
    { name: 'priorities that are tokens', resources: { ...domains, A: rule(arnOf('Domain'), { Ref: 'P' }), B: rule(arnOf('Domain'), { Ref: 'P' }) } },
    { name: 'unknown domains', resources: { A: rule({ 'Fn::ImportValue': 'D' }, 1), B: rule({ 'Fn::ImportValue': 'D' }, 1) } },
  ],
  invalid: [
    { name: 'the same priority', resources: { ...domains, A: rule(arnOf('Domain'), 5), B: rule(arnOf('Domain'), '5') }, findings: [{ resource: 'B', path: 'Priority' }] },
    { name: 'the same literal domain ARN', resources: { A: rule(literal, 7), B: rule(literal, 7) }, findings: [{ resource: 'B', path: 'Priority' }] },
  ],
});
