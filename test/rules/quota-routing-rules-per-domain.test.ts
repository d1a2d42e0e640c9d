import { many } from './quota-fixtures';
import { expectRule } from './rule-table';
import { quotaRoutingRulesPerDomain } from '../../src/rules/quota/quota-routing-rules-per-domain';

const domain = {
  Domain: {
    Type: 'AWS::ApiGatewayV2::DomainName',
    Properties: { DomainName: 'api.example.com', RoutingMode: 'ROUTING_RULE_ONLY', DomainNameConfigurations: [{ CertificateArn: 'arn:aws:acm:us-east-1:123456789012:certificate/abc', EndpointType: 'REGIONAL' }] },
  },
};
const rules = (count: number) => many(count, 'Rule', 'AWS::ApiGatewayV2::RoutingRule', i => ({
  DomainNameArn: { 'Fn::GetAtt': ['Domain', 'DomainNameArn'] },
  Priority: i + 1,
  Conditions: [{ MatchBasePaths: { AnyOf: [`p${i}`] } }],
  Actions: [{ InvokeApi: { ApiId: 'abc123', Stage: 'prod' } }],
}));

expectRule(quotaRoutingRulesPerDomain, {
  valid: [
    { name: '50 routing rules, the default quota', resources: { ...domain, ...rules(50) } },
  ],
  invalid: [
    { name: '51 routing rules on one domain', resources: { ...domain, ...rules(51) }, findings: [{ resource: 'Domain', path: '' }] },
  ],
});
