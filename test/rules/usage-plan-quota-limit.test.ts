import { expectRule } from './rule-table';
import { usagePlanQuotaLimit } from '../../src/rules/stage/usage-plan-quota-limit';

const plan = (quota: unknown) => ({ Plan: { Type: 'AWS::ApiGateway::UsagePlan', Properties: { UsagePlanName: 'gold', Quota: quota } } });
const NUMBER_TOKEN = -1.8881545897087626e+289;
const at = [{ resource: 'Plan', path: 'Quota.Limit' }];

expectRule(usagePlanQuotaLimit, {
  valid: [
    { name: 'limit 0', resources: plan({ Limit: 0, Period: 'DAY' }) },
    { name: 'limit 2147483647', resources: plan({ Limit: 2147483647, Period: 'MONTH' }) },
    { name: 'limit as a string', resources: plan({ Limit: '5000', Period: 'WEEK' }) },
    { name: 'no limit', resources: plan({ Period: 'DAY' }) },
    { name: 'no quota', resources: { Plan: { Type: 'AWS::ApiGateway::UsagePlan', Properties: {} } } },
    { name: 'a Ref', resources: plan({ Limit: { Ref: 'Limit' }, Period: 'DAY' }) },
    { name: 'a CDK number token', resources: plan({ Limit: NUMBER_TOKEN }) },
    { name: 'the quota from a Ref', resources: plan({ Ref: 'Quota' }) },
    { name: 'a negative limit on another resource type', resources: { Other: { Type: 'AWS::ApiGateway::RestApi', Properties: { Quota: { Limit: -1 } } } } },
  ],
  invalid: [
    { name: 'limit -1', resources: plan({ Limit: -1, Period: 'DAY' }), findings: at },
    { name: 'limit 1.5', resources: plan({ Limit: 1.5, Period: 'DAY' }), findings: at },
    { name: 'limit 2147483648', resources: plan({ Limit: 2147483648, Period: 'DAY' }), findings: at },
    { name: 'limit "-10" as a string', resources: plan({ Limit: '-10' }), findings: at },
  ],
});
