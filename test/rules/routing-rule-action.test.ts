import { expectRule } from './rule-table';
import { routingRuleAction } from '../../src/rules/domain/routing-rule-action';

const rule = (Actions: unknown) => ({
  Rule: { Type: 'AWS::ApiGatewayV2::RoutingRule', Properties: { DomainNameArn: 'arn:aws:apigateway:eu-west-1::/domainnames/a.example.com', Priority: 1, Conditions: [], Actions } },
});
const invoke = (props: Record<string, unknown>) => [{ InvokeApi: props }];

expectRule(routingRuleAction, {
  valid: [
    { name: 'an API and a stage', resources: rule(invoke({ ApiId: { Ref: 'Rest' }, Stage: 'prod' })) },
    { name: 'strip base path', resources: rule(invoke({ ApiId: 'abc', Stage: { Ref: 'Stage' }, StripBasePath: true })) },
    { name: 'strip base path as a string', resources: rule(invoke({ ApiId: 'abc', Stage: 'prod', StripBasePath: 'false' })) },
    { name: 'actions from a condition', resources: rule({ 'Fn::If': ['C', [], []] }) },
  ],
  invalid: [
    { name: 'no action', resources: rule([]), findings: [{ resource: 'Rule', path: 'Actions' }] },
    { name: 'missing', resources: rule(undefined), findings: [{ resource: 'Rule', path: 'Actions' }] },
    { name: 'two actions', resources: rule([...invoke({ ApiId: 'a', Stage: 'p' }), ...invoke({ ApiId: 'b', Stage: 'p' })]), findings: [{ resource: 'Rule', path: 'Actions' }] },
    { name: 'no InvokeApi', resources: rule([{}]), findings: [{ resource: 'Rule', path: 'Actions[0].InvokeApi' }] },
    { name: 'no stage', resources: rule(invoke({ ApiId: 'abc' })), findings: [{ resource: 'Rule', path: 'Actions[0].InvokeApi.Stage' }] },
    { name: 'strip base path that is not a boolean', resources: rule(invoke({ ApiId: 'abc', Stage: 'p', StripBasePath: 'yes' })), findings: [{ resource: 'Rule', path: 'Actions[0].InvokeApi.StripBasePath' }] },
  ],
});
