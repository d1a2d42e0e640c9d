import { expectRule } from './rule-table';
import { usagePlanQuotaOffset } from '../../src/rules/stage/usage-plan-quota-offset';

const plan = (quota: unknown) => ({ Plan: { Type: 'AWS::ApiGateway::UsagePlan', Properties: { Quota: quota } } });
const NUMBER_TOKEN = -1.8881545897087626e+289;
const at = [{ resource: 'Plan', path: 'Quota.Offset' }];

expectRule(usagePlanQuotaOffset, {
  valid: [
    { name: 'DAY with offset 0', resources: plan({ Limit: 100, Offset: 0, Period: 'DAY' }) },
    { name: 'WEEK with offset 0 (Sunday)', resources: plan({ Limit: 100, Offset: 0, Period: 'WEEK' }) },
    { name: 'WEEK with offset 6', resources: plan({ Limit: 100, Offset: 6, Period: 'WEEK' }) },
    { name: 'MONTH with offset 27', resources: plan({ Limit: 100, Offset: 27, Period: 'MONTH' }) },
    { name: 'MONTH with offset "27" as a string', resources: plan({ Offset: '27', Period: 'MONTH' }) },
    { name: 'no offset', resources: plan({ Limit: 100, Period: 'DAY' }) },
    { name: 'an offset with no period', resources: plan({ Offset: 3 }) },
    { name: 'an offset with a period from a Ref', resources: plan({ Offset: 27, Period: { Ref: 'Period' } }) },
    { name: 'an offset from a Ref', resources: plan({ Offset: { Ref: 'Offset' }, Period: 'DAY' }) },
    { name: 'a CDK number token', resources: plan({ Offset: NUMBER_TOKEN, Period: 'DAY' }) },
    { name: 'a period this rule does not know', resources: plan({ Offset: 40, Period: 'YEAR' }) },
  ],
  invalid: [
    { name: 'DAY with offset 1', resources: plan({ Limit: 100, Offset: 1, Period: 'DAY' }), findings: at },
    { name: 'WEEK with offset 7', resources: plan({ Limit: 100, Offset: 7, Period: 'WEEK' }), findings: at },
    { name: 'MONTH with offset 28', resources: plan({ Limit: 100, Offset: 28, Period: 'MONTH' }), findings: at },
    { name: 'a negative offset with no period', resources: plan({ Offset: -1 }), findings: at },
    { name: 'a fractional offset with a period from a Ref', resources: plan({ Offset: 1.5, Period: { Ref: 'Period' } }), findings: at },
  ],
});
