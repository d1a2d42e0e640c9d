import { API, many } from './quota-fixtures';
import { expectRule } from './rule-table';
import { quotaStagesPerApi } from '../../src/rules/quota/quota-stages-per-api';

const stages = (count: number, apiId: unknown = { Ref: 'Api' }) => many(count, 'Stage', 'AWS::ApiGatewayV2::Stage', i => ({ ApiId: apiId, StageName: `s${i}`, AutoDeploy: true }));

expectRule(quotaStagesPerApi, {
  valid: [
    { name: '10 stages, the default quota', resources: { ...API('HTTP'), ...stages(10) } },
    { name: '11 stages of an API the template does not hold', resources: { ...API('HTTP'), ...stages(11, 'abc123') } },
  ],
  invalid: [
    { name: '11 stages', resources: { ...API('HTTP'), ...stages(11) }, findings: [{ resource: 'Api', path: '' }] },
  ],
});
