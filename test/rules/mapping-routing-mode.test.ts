import { expectRule } from './rule-table';
import { mappingRoutingMode } from '../../src/rules/domain/mapping-routing-mode';

const V2 = 'AWS::ApiGatewayV2::';
const resources = (RoutingMode: unknown) => ({
  Domain: { Type: `${V2}DomainName`, Properties: { DomainName: 'api.example.com', RoutingMode } },
  Mapping: { Type: `${V2}ApiMapping`, Properties: { ApiId: 'abc123', DomainName: { Ref: 'Domain' }, Stage: 'prod' } },
});

expectRule(mappingRoutingMode, {
  valid: [
    { name: 'default mode', resources: resources(undefined) },
    { name: 'API_MAPPING_ONLY', resources: resources('API_MAPPING_ONLY') },
    { name: 'ROUTING_RULE_THEN_API_MAPPING', resources: resources('ROUTING_RULE_THEN_API_MAPPING') },
    { name: 'a mode from a parameter', resources: resources({ Ref: 'Mode' }) },
  ],
  invalid: [
    { name: 'ROUTING_RULE_ONLY', resources: resources('ROUTING_RULE_ONLY'), findings: [{ resource: 'Mapping', path: 'DomainName' }] },
  ],
});
