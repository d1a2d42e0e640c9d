import { expectRule } from './rule-table';
import { usagePlanStageUnique } from '../../src/rules/stage/usage-plan-stage-unique';

const plan = (apiStages: unknown) => ({ Plan: { Type: 'AWS::ApiGateway::UsagePlan', Properties: { ApiStages: apiStages } } });
const API = { Ref: 'Api' };
const STAGE = { Ref: 'Stage' };

expectRule(usagePlanStageUnique, {
  valid: [
    { name: 'one stage', resources: plan([{ ApiId: API, Stage: STAGE }]) },
    { name: 'two stages of one API', resources: plan([{ ApiId: API, Stage: 'prod' }, { ApiId: API, Stage: 'dev' }]) },
    { name: 'the same stage name in two APIs', resources: plan([{ ApiId: API, Stage: 'prod' }, { ApiId: { Ref: 'Other' }, Stage: 'prod' }]) },
    { name: 'a literal name and a Ref (not known to be equal)', resources: plan([{ ApiId: API, Stage: 'prod' }, { ApiId: API, Stage: STAGE }]) },
    { name: 'Fn::GetAtt API ids (unknown)', resources: plan([{ ApiId: { 'Fn::GetAtt': ['Api', 'ApiId'] }, Stage: 'prod' }, { ApiId: { 'Fn::GetAtt': ['Api', 'ApiId'] }, Stage: 'prod' }]) },
    { name: 'pseudo parameters (unknown)', resources: plan([{ ApiId: API, Stage: { Ref: 'AWS::StackName' } }, { ApiId: API, Stage: { Ref: 'AWS::StackName' } }]) },
    { name: 'CDK tokens (unknown)', resources: plan([{ ApiId: API, Stage: '${Token[TOKEN.1]}' }, { ApiId: API, Stage: '${Token[TOKEN.1]}' }]) },
    {
      name: 'the same stage with different per-method throttles',
      resources: plan([{ ApiId: API, Stage: 'prod', Throttle: { '/a/GET': { RateLimit: 1 } } }, { ApiId: API, Stage: 'prod', Throttle: { '/a/GET': { RateLimit: 2 } } }]),
    },
    { name: 'ApiStages from a Ref', resources: plan({ Ref: 'Stages' }) },
  ],
  invalid: [
    { name: 'a Ref-named stage twice', resources: plan([{ ApiId: API, Stage: STAGE }, { ApiId: API, Stage: STAGE }]), findings: [{ resource: 'Plan', path: 'ApiStages[1]' }] },
    {
      name: 'a literal stage three times',
      resources: plan([{ ApiId: 'a1b2c3', Stage: 'prod' }, { ApiId: 'a1b2c3', Stage: 'dev' }, { ApiId: 'a1b2c3', Stage: 'prod' }, { ApiId: 'a1b2c3', Stage: 'prod' }]),
      findings: [{ resource: 'Plan', path: 'ApiStages[2]' }, { resource: 'Plan', path: 'ApiStages[3]' }],
    },
    {
      name: 'the same per-method throttles, keys in another order',
      resources: plan([
        { ApiId: API, Stage: 'prod', Throttle: { '/a/GET': { RateLimit: 1, BurstLimit: 2 } } },
        { Throttle: { '/a/GET': { BurstLimit: 2, RateLimit: 1 } }, Stage: 'prod', ApiId: API },
      ]),
      findings: [{ resource: 'Plan', path: 'ApiStages[1]' }],
    },
  ],
});
