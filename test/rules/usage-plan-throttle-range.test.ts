import { expectRule } from './rule-table';
import { usagePlanThrottleRange } from '../../src/rules/stage/usage-plan-throttle-range';

const plan = (properties: Record<string, unknown>) => ({ Plan: { Type: 'AWS::ApiGateway::UsagePlan', Properties: properties } });
const throttle = (t: unknown) => plan({ Throttle: t });
const NUMBER_TOKEN = -1.8881545897087626e+289;
const at = (path: string) => [{ resource: 'Plan', path }];

expectRule(usagePlanThrottleRange, {
  valid: [
    { name: 'burst 0 and rate 0', resources: throttle({ BurstLimit: 0, RateLimit: 0 }) },
    { name: 'burst 2147483647 and rate 0.5', resources: throttle({ BurstLimit: 2147483647, RateLimit: 0.5 }) },
    { name: 'strings', resources: throttle({ BurstLimit: '100', RateLimit: '50.5' }) },
    { name: 'Refs and a CDK token', resources: throttle({ BurstLimit: { Ref: 'Burst' }, RateLimit: NUMBER_TOKEN }) },
    { name: 'the throttle from a Ref', resources: throttle({ Ref: 'Throttle' }) },
    { name: 'per-method throttles in range', resources: plan({ ApiStages: [{ ApiId: { Ref: 'Api' }, Stage: 'prod', Throttle: { '/pets/GET': { BurstLimit: 10, RateLimit: 5 } } }] }) },
    { name: 'ApiStages from a Ref', resources: plan({ ApiStages: { Ref: 'Stages' } }) },
  ],
  invalid: [
    { name: 'burst -1', resources: throttle({ BurstLimit: -1 }), findings: at('Throttle.BurstLimit') },
    { name: 'burst 1.5', resources: throttle({ BurstLimit: 1.5 }), findings: at('Throttle.BurstLimit') },
    { name: 'burst 2147483648', resources: throttle({ BurstLimit: 2147483648 }), findings: at('Throttle.BurstLimit') },
    { name: 'rate -0.1', resources: throttle({ RateLimit: -0.1 }), findings: at('Throttle.RateLimit') },
    { name: 'rate "-1" as a string', resources: throttle({ RateLimit: '-1' }), findings: at('Throttle.RateLimit') },
    {
      name: 'a per-method throttle of the second stage',
      resources: plan({ ApiStages: [{ ApiId: 'a', Stage: 'prod' }, { ApiId: 'b', Stage: 'prod', Throttle: { '/pets/GET': { BurstLimit: -5, RateLimit: -1 } } }] }),
      findings: [{ resource: 'Plan', path: 'ApiStages[1].Throttle./pets/GET.BurstLimit' }, { resource: 'Plan', path: 'ApiStages[1].Throttle./pets/GET.RateLimit' }],
    },
  ],
});
