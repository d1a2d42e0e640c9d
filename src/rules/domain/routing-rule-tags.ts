import { isPresent } from '../../model/value';
import { Rule } from '../rule';

export const routingRuleTags: Rule = {
  id: 'routing-rule-tags',
  severity: 'error',
  summary: 'A routing rule has no Tags property (the resource is not taggable)',
  references: ['RULE-012', 'X-004'],
  evidence: { kind: 'documented', source: 'CFN AWS::ApiGatewayV2::RoutingRule schema (no Tags; additionalProperties false)' },
  check(model, report) {
    for (const rule of model.routingRules) {
      if (!isPresent(rule.properties.Tags)) continue;
      report({ resource: rule, path: 'Tags', message: 'AWS::ApiGatewayV2::RoutingRule has no Tags property and CloudFormation rejects it; tag the domain name instead (routing rules inherit its tags for access control)' });
    }
  },
};
