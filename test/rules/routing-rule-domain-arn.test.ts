import { expectRule } from './rule-table';
import { routingRuleDomainArn } from '../../src/rules/domain/routing-rule-domain-arn';

const rule = (DomainNameArn: unknown) => ({
  Rule: { Type: 'AWS::ApiGatewayV2::RoutingRule', Properties: { DomainNameArn, Priority: 10, Conditions: [], Actions: [{ InvokeApi: { ApiId: 'abc', Stage: 'prod' } }] } },
});
const finding = [{ resource: 'Rule', path: 'DomainNameArn' }];

expectRule(routingRuleDomainArn, {
  valid: [
    { name: 'a domain ARN', resources: rule('arn:aws:apigateway:eu-west-1::/domainnames/api.example.com') },
    { name: 'a private domain ARN', resources: rule('arn:aws:apigateway:eu-west-1::/domainnames/private.example.com+abc123') },
    { name: 'Fn::GetAtt', resources: rule({ 'Fn::GetAtt': ['Domain', 'DomainNameArn'] }) },
    { name: 'Fn::Sub', resources: rule({ 'Fn::Sub': 'arn:${AWS::Partition}:apigateway:${AWS::Region}::/domainnames/api.example.com' }) },
  ],
  invalid: [
    { name: 'missing', resources: rule(undefined), findings: finding },
    { name: 'a bare domain name', resources: rule('api.example.com'), findings: finding },
    { name: 'an ARN of another service', resources: rule('arn:aws:acm:eu-west-1:111122223333:certificate/abc'), findings: finding },
    { name: 'an ARN with an account', resources: rule('arn:aws:apigateway:eu-west-1:111122223333:/domainnames/api.example.com'), findings: finding },
  ],
});
