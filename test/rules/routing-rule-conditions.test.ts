import { expectRule } from './rule-table';
import { routingRuleConditions } from '../../src/rules/domain/routing-rule-conditions';

const rule = (Conditions: unknown) => ({
  Rule: { Type: 'AWS::ApiGatewayV2::RoutingRule', Properties: { DomainNameArn: 'arn:aws:apigateway:eu-west-1::/domainnames/a.example.com', Priority: 1, Conditions, Actions: [] } },
});
const header = (Header: string) => ({ MatchHeaders: { AnyOf: [{ Header, ValueGlob: 'v1' }] } });
const basePath = (path: string) => ({ MatchBasePaths: { AnyOf: [path] } });

expectRule(routingRuleConditions, {
  valid: [
    { name: 'a catch-all', resources: rule([]) },
    { name: 'two headers and a base path', resources: rule([header('x-a'), header('x-b'), basePath('orders')]) },
    { name: 'conditions from a parameter', resources: rule({ Ref: 'Conditions' }) },
    { name: 'an AnyOf from a condition', resources: rule([{ MatchBasePaths: { AnyOf: { 'Fn::If': ['C', ['a'], ['b']] } } }]) },
  ],
  invalid: [
    { name: 'missing', resources: rule(undefined), findings: [{ resource: 'Rule', path: 'Conditions' }] },
    { name: 'three header conditions', resources: rule([header('x-a'), header('x-b'), header('x-c')]), findings: [{ resource: 'Rule', path: 'Conditions[2]' }] },
    { name: 'two base-path conditions', resources: rule([basePath('a'), basePath('b')]), findings: [{ resource: 'Rule', path: 'Conditions[1]' }] },
    { name: 'an empty condition', resources: rule([{}]), findings: [{ resource: 'Rule', path: 'Conditions[0]' }] },
    { name: 'both matchers in one condition', resources: rule([{ ...header('x-a'), ...basePath('a') }]), findings: [{ resource: 'Rule', path: 'Conditions[0]' }] },
    { name: 'two headers in one AnyOf', resources: rule([{ MatchHeaders: { AnyOf: [{ Header: 'x-a', ValueGlob: 'a' }, { Header: 'x-b', ValueGlob: 'b' }] } }]), findings: [{ resource: 'Rule', path: 'Conditions[0].MatchHeaders.AnyOf' }] },
    { name: 'two base paths in one AnyOf', resources: rule([{ MatchBasePaths: { AnyOf: ['a', 'b'] } }]), findings: [{ resource: 'Rule', path: 'Conditions[0].MatchBasePaths.AnyOf' }] },
    { name: 'an empty AnyOf', resources: rule([{ MatchBasePaths: { AnyOf: [] } }]), findings: [{ resource: 'Rule', path: 'Conditions[0].MatchBasePaths.AnyOf' }] },
  ],
});
