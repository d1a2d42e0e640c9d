import { expectRule } from './rule-table';
import { routingRuleBasePath } from '../../src/rules/domain/routing-rule-base-path';

const rule = (path: unknown) => ({
  Rule: {
    Type: 'AWS::ApiGatewayV2::RoutingRule',
    Properties: { DomainNameArn: 'arn:aws:apigateway:eu-west-1::/domainnames/a.example.com', Priority: 1, Actions: [], Conditions: [{ MatchBasePaths: { AnyOf: [path] } }] },
  },
});
const finding = [{ resource: 'Rule', path: 'Conditions[0].MatchBasePaths.AnyOf[0]' }];

expectRule(routingRuleBasePath, {
  valid: [
    { name: 'one level', resources: rule('orders') },
    { name: 'several levels', resources: rule('orders/v2/items') },
    { name: 'every allowed character', resources: rule("a$-_.+!*'()/Z9") },
    { name: '127 characters', resources: rule('p'.repeat(127)) },
    { name: 'a Ref', resources: rule({ Ref: 'Path' }) },
  ],
  invalid: [
    { name: '128 characters', resources: rule('p'.repeat(128)), findings: finding },
    { name: 'empty', resources: rule(''), findings: finding },
    { name: 'a leading slash', resources: rule('/orders'), findings: finding },
    { name: 'a trailing slash', resources: rule('orders/'), findings: finding },
    { name: 'a trailing backslash', resources: rule('orders\\'), findings: finding },
    { name: 'a backslash inside', resources: rule('a\\b'), findings: finding },
    { name: 'a regular expression', resources: rule('orders/[0-9]+'), findings: finding },
    { name: 'a space', resources: rule('my orders'), findings: finding },
  ],
});
