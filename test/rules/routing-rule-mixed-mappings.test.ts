import { expectRule } from './rule-table';
import { routingRuleMixedMappings } from '../../src/rules/domain/routing-rule-mixed-mappings';

const V2 = 'AWS::ApiGatewayV2::';
const base = {
  Domain: { Type: `${V2}DomainName`, Properties: { DomainName: 'api.example.com', RoutingMode: 'ROUTING_RULE_THEN_API_MAPPING' } },
  Http: { Type: `${V2}Api`, Properties: { Name: 'h', ProtocolType: 'HTTP' } },
  Rest: { Type: 'AWS::ApiGateway::RestApi', Properties: { Name: 'r' } },
  Rest2: { Type: 'AWS::ApiGateway::RestApi', Properties: { Name: 'r2' } },
};
const map = (api: string, key: string) => ({ Type: `${V2}ApiMapping`, Properties: { ApiId: { Ref: api }, DomainName: { Ref: 'Domain' }, Stage: 'prod', ApiMappingKey: key } });
const rule = { Type: `${V2}RoutingRule`, Properties: { DomainNameArn: { 'Fn::GetAtt': ['Domain', 'DomainNameArn'] }, Priority: 1, Conditions: [], Actions: [{ InvokeApi: { ApiId: { Ref: 'Rest' }, Stage: 'prod' } }] } };

expectRule(routingRuleMixedMappings, {
  valid: [
    { name: 'rules and HTTP mappings', resources: { ...base, Rule: rule, A: map('Http', 'a') } },
    { name: 'rules and REST mappings', resources: { ...base, Rule: rule, A: map('Rest', 'a'), B: map('Rest2', 'b') } },
    { name: 'REST and HTTP mappings without rules', resources: { ...base, A: map('Rest', 'a'), B: map('Http', 'b') } },
  ],
  invalid: [
    { name: 'rules with REST and HTTP mappings', resources: { ...base, Rule: rule, A: map('Rest', 'a'), B: map('Http', 'b') }, findings: [{ resource: 'Rule', path: 'DomainNameArn' }] },
  ],
});
