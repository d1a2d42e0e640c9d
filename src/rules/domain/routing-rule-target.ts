import { arrayOf, mapOf, referencedLogicalId } from '../../model/value';
import { Rule } from '../rule';

export const routingRuleTarget: Rule = {
  id: 'routing-rule-target',
  severity: 'error',
  summary: 'A routing rule invokes a REST API, never an HTTP or WebSocket API',
  references: ['RULE-001'],
  evidence: { kind: 'documented', source: 'S003 L10782 RoutingRuleAction.invokeApi ("Only REST APIs are supported")' },
  check(model, report) {
    for (const rule of model.routingRules) {
      (arrayOf(rule.properties.Actions) ?? []).forEach((action, index) => {
        const id = referencedLogicalId(mapOf(mapOf(action)?.InvokeApi)?.ApiId);
        const target = id ? model.resources.get(id) : undefined;
        if (target?.type !== 'AWS::ApiGatewayV2::Api') return;
        report({
          resource: rule,
          path: `Actions[${index}].InvokeApi.ApiId`,
          message: `the action invokes ${id}, an API Gateway v2 (HTTP or WebSocket) API; routing rules target REST APIs only (map HTTP and WebSocket APIs with an ApiMapping)`,
        });
      });
    }
  },
};
