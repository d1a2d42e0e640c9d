import { expectRule } from './rule-table';
import { domainRoutingMode } from '../../src/rules/domain/domain-routing-mode';

const domain = (RoutingMode: unknown) => ({ Domain: { Type: 'AWS::ApiGatewayV2::DomainName', Properties: { DomainName: 'api.example.com', RoutingMode } } });
const finding = [{ resource: 'Domain', path: 'RoutingMode' }];

expectRule(domainRoutingMode, {
  valid: [
    { name: 'absent', resources: domain(undefined) },
    { name: 'API_MAPPING_ONLY', resources: domain('API_MAPPING_ONLY') },
    { name: 'ROUTING_RULE_THEN_API_MAPPING', resources: domain('ROUTING_RULE_THEN_API_MAPPING') },
    { name: 'ROUTING_RULE_ONLY', resources: domain('ROUTING_RULE_ONLY') },
    { name: 'a Ref', resources: domain({ Ref: 'Mode' }) },
  ],
  invalid: [
    { name: 'the REST (v1) spelling', resources: domain('ROUTING_RULE_THEN_BASE_PATH_MAPPING'), findings: finding },
    { name: 'lower case', resources: domain('api_mapping_only'), findings: finding },
  ],
});
