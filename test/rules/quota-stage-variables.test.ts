import { entries } from './quota-fixtures';
import { expectRule } from './rule-table';
import { quotaStageVariables } from '../../src/rules/quota/quota-stage-variables';

const stage = (variables: unknown) => ({ Stage: { Type: 'AWS::ApiGatewayV2::Stage', Properties: { ApiId: 'abc123', StageName: 'prod', StageVariables: variables } } });

expectRule(quotaStageVariables, {
  valid: [
    { name: '100 stage variables, the quota', resources: stage(entries(100)) },
    { name: 'stage variables that are unknown', resources: stage({ 'Fn::If': ['Big', entries(101), { Ref: 'AWS::NoValue' }] }) },
  ],
  invalid: [
    { name: '101 stage variables', resources: stage(entries(101)), findings: [{ resource: 'Stage', path: 'StageVariables' }] },
  ],
});
