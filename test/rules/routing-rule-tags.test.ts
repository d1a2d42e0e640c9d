import { expectRule } from './rule-table';
import { routingRuleTags } from '../../src/rules/domain/routing-rule-tags';

const rule = (extra: Record<string, unknown>) => ({
  Rule: { Type: 'AWS::ApiGatewayV2::RoutingRule', Properties: { DomainNameArn: 'arn:aws:apigateway:eu-west-1::/domainnames/a.example.com', Priority: 1, Conditions: [], Actions: [], ...extra } },
});

expectRule(routingRuleTags, {
  valid: [
    { name: 'no tags', resources: rule({}) },
    { name: 'tags removed with AWS::NoValue', resources: rule({ Tags: { Ref: 'AWS::NoValue' } }) },
  ],
  invalid: [
    { name: 'a tag map', resources: rule({ Tags: { team: 'a' } }), findings: [{ resource: 'Rule', path: 'Tags' }] },
    { name: 'a tag list', resources: rule({ Tags: [{ Key: 'team', Value: 'a' }] }), findings: [{ resource: 'Rule', path: 'Tags' }] },
  ],
});
