import { expectRule } from './rule-table';
import { routingRulePriority } from '../../src/rules/domain/routing-rule-priority';

const rule = (Priority: unknown) => ({
  Rule: { Type: 'AWS::ApiGatewayV2::RoutingRule', Properties: { DomainNameArn: 'arn:aws:apigateway:eu-west-1::/domainnames/a.example.com', Priority, Conditions: [], Actions: [] } },
});
const finding = [{ resource: 'Rule', path: 'Priority' }];

expectRule(routingRulePriority, {
  valid: [
    { name: '1', resources: rule(1) },
    { name: '1,000,000', resources: rule(1_000_000) },
    { name: 'a numeric string', resources: rule('50') },
    { name: 'a Ref', resources: rule({ Ref: 'Priority' }) },
    { name: 'a CDK number token', resources: rule(-1.8881545897087626e+289) },
  ],
  invalid: [
    { name: '0', resources: rule(0), findings: finding },
    { name: '1,000,001', resources: rule(1_000_001), findings: finding },
    { name: 'a fraction', resources: rule(1.5), findings: finding },
    { name: 'negative', resources: rule(-3), findings: finding },
    { name: 'missing', resources: rule(undefined), findings: finding },
  ],
});
