import { expectRule } from './rule-table';
import { stageAccessPolicy } from '../../src/rules/stage/stage-access-policy';

const stage = (id: unknown) => ({ Stage: { Type: 'AWS::ApiGatewayV2::Stage', Properties: { ApiId: 'abc123', StageName: 'prod', AccessPolicyId: id } } });

expectRule(stageAccessPolicy, {
  valid: [
    { name: 'not set', resources: stage(undefined) },
    { name: 'unknown (may be AWS::NoValue)', resources: stage({ 'Fn::If': ['C', 'p', { Ref: 'AWS::NoValue' }] }) },
  ],
  invalid: [
    { name: 'set', resources: stage('policy-1'), findings: [{ resource: 'Stage', path: 'AccessPolicyId' }] },
  ],
});
