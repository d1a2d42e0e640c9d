import { Lazy, Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { ApiKey, CfnUsagePlan, Period } from 'aws-cdk-lib/aws-apigateway';
import { Certificate } from 'aws-cdk-lib/aws-certificatemanager';
import { ENV, newStack } from './shapes';
import { ApiKeySelectionExpression, Switchyard } from '../../src';
import { templateOf } from '../../src/check/stack-template';
import { DomainName } from '../../src/common/domain-name';
import { lintTemplate } from '../../src/rules/engine';
import { usagePlanQuotaLimit } from '../../src/rules/stage/usage-plan-quota-limit';
import { usagePlanQuotaOffset } from '../../src/rules/stage/usage-plan-quota-offset';
import { usagePlanStageUnique } from '../../src/rules/stage/usage-plan-stage-unique';
import { usagePlanThrottleRange } from '../../src/rules/stage/usage-plan-throttle-range';
import { WebSocketApi, WebSocketMockIntegration, WebSocketStage, WebSocketUsagePlan, WebSocketUsagePlanProps } from '../../src/websocket';
import { ruleOf } from '../common/expect-rule-error';
import { schemaViolations } from '../examples/cloudformation-schema';

process.env.CDK_VALIDATION = 'false';

const USAGE_PLAN_RULES = [usagePlanQuotaLimit, usagePlanQuotaOffset, usagePlanThrottleRange, usagePlanStageUnique];
const CERT = 'arn:aws:acm:eu-west-1:111122223333:certificate/0a1b2c3d-0000-1111-2222-333344445555';

/** An API whose `$connect` route requires a key from the `x-api-key` header, with a `prod` stage. */
function keyedApi(stack: Stack, id = 'Api') {
  const api = new WebSocketApi(stack, id, {
    apiKeySelectionExpression: ApiKeySelectionExpression.HEADER_X_API_KEY,
    connectRouteOptions: { integration: new WebSocketMockIntegration('Connect'), apiKeyRequired: true },
  });
  const stage = new WebSocketStage(stack, `${id}Prod`, { webSocketApi: api, stageName: 'prod' });
  return { api, stage };
}

const logicalId = (stack: Stack, c: { node: { defaultChild?: unknown } }) => stack.getLogicalId(c.node.defaultChild as never);
const usagePlanFindings = (stack: Stack) => lintTemplate(templateOf(stack), { rules: USAGE_PLAN_RULES }).map(f => [f.rule, f.path]);

/** Every prop of the usage plan, the stage's domain mapping, and a second stage added later. */
function everyProp(stack: Stack): WebSocketUsagePlan {
  const { api, stage } = keyedApi(stack);
  const dev = new WebSocketStage(stack, 'Dev', {
    webSocketApi: api,
    stageName: 'dev',
    domainMapping: {
      domainName: new DomainName(stack, 'Domain', { domainName: 'chat.example.com', certificate: Certificate.fromCertificateArn(stack, 'Cert', CERT) }),
      mappingKey: 'dev',
    },
  });
  const plan = stage.addUsagePlan('Plan', {
    usagePlanName: 'chat-basic',
    description: 'basic tier',
    quota: { limit: 10000, offset: 1, period: Period.WEEK },
    throttle: { rateLimit: 10, burstLimit: 20 },
    apiKeys: [new ApiKey(stack, 'Alice')],
  });
  plan.addStage(dev);
  plan.addApiKey(new ApiKey(stack, 'Bob'));
  return plan;
}

describe('WebSocketUsagePlan', () => {
  test('every prop reaches the template; stages of this app are named with a Ref, so the plan is created after them', () => {
    const stack = newStack();
    const plan = everyProp(stack);
    const t = Template.fromStack(stack);
    const apiRef = { Ref: logicalId(stack, stack.node.findChild('Api')) };
    t.resourceCountIs('AWS::ApiGateway::UsagePlan', 1);
    t.hasResourceProperties('AWS::ApiGateway::UsagePlan', {
      UsagePlanName: 'chat-basic',
      Description: 'basic tier',
      Quota: { Limit: 10000, Offset: 1, Period: 'WEEK' },
      Throttle: { RateLimit: 10, BurstLimit: 20 },
      ApiStages: [
        { ApiId: apiRef, Stage: { Ref: logicalId(stack, stack.node.findChild('ApiProd')) } },
        { ApiId: apiRef, Stage: { Ref: logicalId(stack, stack.node.findChild('Dev')) } },
      ],
    });
    // The plan is the stage's child (as RestApi.addUsagePlan makes it the API's).
    expect(plan.node.path).toBe('Stack/ApiProd/Plan');
    const planRef = { Ref: logicalId(stack, plan) };
    t.resourceCountIs('AWS::ApiGateway::UsagePlanKey', 2);
    for (const key of ['Alice', 'Bob']) {
      t.hasResourceProperties('AWS::ApiGateway::UsagePlanKey', { KeyId: { Ref: logicalId(stack, stack.node.findChild(key)) }, KeyType: 'API_KEY', UsagePlanId: planRef });
    }
    expect(stack.resolve(plan.usagePlanId)).toEqual(planRef);
    expect(usagePlanFindings(stack)).toEqual([]);
  });

  test('an imported stage is named by its literal name and gives no dependency; optional props stay out', () => {
    const stack = newStack();
    const api = WebSocketApi.fromWebSocketApiAttributes(stack, 'Imported', { webSocketApiId: 'a1b2c3d4e5' });
    const stage = WebSocketStage.fromWebSocketStageAttributes(stack, 'ImportedProd', { webSocketApi: api, stageName: 'prod' });
    new WebSocketUsagePlan(stack, 'Plan', { stages: [stage] });
    const plans = Template.fromStack(stack).findResources('AWS::ApiGateway::UsagePlan');
    expect(Object.values(plans)).toEqual([{ Type: 'AWS::ApiGateway::UsagePlan', Properties: { ApiStages: [{ ApiId: 'a1b2c3d4e5', Stage: 'prod' }] } }]);
  });

  test('a plan without stages renders no ApiStages', () => {
    const stack = newStack();
    new WebSocketUsagePlan(stack, 'Plan');
    Template.fromStack(stack).hasResourceProperties('AWS::ApiGateway::UsagePlan', { ApiStages: Match.absent(), Quota: Match.absent(), Throttle: Match.absent() });
  });

  test('a key added twice, by the props and by addApiKey, gives one UsagePlanKey', () => {
    const stack = newStack();
    const { stage } = keyedApi(stack);
    const key = new ApiKey(stack, 'Key');
    const plan = stage.addUsagePlan('Plan', { apiKeys: [key] });
    plan.addApiKey(key);
    plan.addApiKey(new ApiKey(stack, 'Other'));
    expect(Object.keys(Template.fromStack(stack).findResources('AWS::ApiGateway::UsagePlanKey'))).toHaveLength(2);
  });

  test('fromUsagePlanId: the id, and keys added to the imported plan', () => {
    const stack = newStack();
    const plan = WebSocketUsagePlan.fromUsagePlanId(stack, 'Plan', 'abc123');
    expect(plan.usagePlanId).toBe('abc123');
    plan.addApiKey(new ApiKey(stack, 'Key'));
    Template.fromStack(stack).hasResourceProperties('AWS::ApiGateway::UsagePlanKey', { UsagePlanId: 'abc123', KeyType: 'API_KEY', KeyId: { Ref: Match.stringLikeRegexp('^Key') } });
  });

  test.each<[string, string | undefined, WebSocketUsagePlanProps]>([
    ['a negative quota limit', 'usage-plan-quota-limit', { quota: { limit: -1, period: Period.DAY } }],
    ['a fractional quota limit', 'usage-plan-quota-limit', { quota: { limit: 2.5, period: Period.DAY } }],
    ['a quota limit over 2147483647', 'usage-plan-quota-limit', { quota: { limit: 2 ** 31, period: Period.DAY } }],
    ['a quota limit of 0', undefined, { quota: { limit: 0, period: Period.DAY } }],
    ['a negative burst', 'usage-plan-throttle-range', { throttle: { burstLimit: -1 } }],
    ['a fractional burst', 'usage-plan-throttle-range', { throttle: { burstLimit: 1.5 } }],
    ['a negative rate', 'usage-plan-throttle-range', { throttle: { rateLimit: -0.5 } }],
    ['a fractional rate', undefined, { throttle: { rateLimit: 0.5, burstLimit: 0 } }],
  ])('%s -> %s', (_what, rule, props) => {
    const stack = newStack();
    expect(ruleOf(() => new WebSocketUsagePlan(stack, 'Plan', props))).toBe(rule);
  });

  test('tokens are not checked at construction: the rules see them at synth, where they are unknown', () => {
    const stack = newStack();
    const n = (v: number) => Lazy.number({ produce: () => v });
    expect(ruleOf(() => new WebSocketUsagePlan(stack, 'Plan', {
      quota: { limit: n(-1), period: Period.DAY },
      throttle: { burstLimit: n(-1), rateLimit: n(-1) },
    }))).toBeUndefined();
  });

  test('a stage added twice throws usage-plan-stage-unique, also as an imported stage of the same name', () => {
    const stack = newStack();
    const { api, stage } = keyedApi(stack);
    const plan = stage.addUsagePlan('Plan');
    expect(ruleOf(() => plan.addStage(stage))).toBe('usage-plan-stage-unique');
    const same = WebSocketStage.fromWebSocketStageAttributes(stack, 'SameProd', { webSocketApi: api, stageName: 'prod' });
    expect(ruleOf(() => plan.addStage(same))).toBe('usage-plan-stage-unique');
    const other = keyedApi(stack, 'Other');
    expect(ruleOf(() => plan.addStage(other.stage))).toBeUndefined();
    expect(ruleOf(() => new WebSocketUsagePlan(stack, 'Twice', { stages: [other.stage, other.stage] }))).toBe('usage-plan-stage-unique');
  });

  test('the message of a thrown error names the rule and its docs page', () => {
    const stack = newStack();
    expect(() => new WebSocketUsagePlan(stack, 'Plan', { quota: { limit: -1, period: Period.WEEK } }))
      .toThrow(/^\[usage-plan-quota-limit\] .*docs\/rules\/usage-plan-quota-limit\.md\)$/);
  });

  // No AWS document states the offset ranges as a deploy error, so they are a warning at synth, not a throw.
  test.each<[string, number, Period | undefined, boolean]>([
    ['offset 1 with DAY', 1, Period.DAY, true],
    ['offset 7 with WEEK', 7, Period.WEEK, true],
    ['offset 6 with WEEK', 6, Period.WEEK, false],
    ['offset 28 with MONTH', 28, Period.MONTH, true],
    ['offset 27 with MONTH', 27, Period.MONTH, false],
    ['a negative offset without a period', -1, undefined, true],
  ])('%s: a usage-plan-quota-offset warning at synth: %s', (_what, offset, period, warned) => {
    const stack = newStack();
    const { stage } = keyedApi(stack);
    stage.addUsagePlan('Plan', { quota: { limit: 10, offset, period } });
    const found = Switchyard.findings(stack).filter(f => f.rule === 'usage-plan-quota-offset');
    expect(found.map(f => [f.severity, f.path])).toEqual(warned ? [['warning', 'Quota.Offset']] : []);
  });

  test('the rules catch what an escape hatch writes', () => {
    const stack = newStack();
    const { stage } = keyedApi(stack);
    const plan = stage.addUsagePlan('Plan', { quota: { limit: 10, period: Period.WEEK } });
    const cfn = plan.node.defaultChild as CfnUsagePlan;
    cfn.addPropertyOverride('Quota.Offset', 7);
    cfn.addPropertyOverride('Quota.Limit', -5);
    cfn.addPropertyOverride('Throttle', { BurstLimit: -1, RateLimit: 1 });
    cfn.addPropertyOverride('ApiStages.1', { ApiId: { Ref: logicalId(stack, stack.node.findChild('Api')) }, Stage: { Ref: logicalId(stack, stage) } });
    expect(usagePlanFindings(stack)).toEqual([
      ['usage-plan-quota-limit', 'Quota.Limit'],
      ['usage-plan-quota-offset', 'Quota.Offset'],
      ['usage-plan-throttle-range', 'Throttle.BurstLimit'],
      ['usage-plan-stage-unique', 'ApiStages[1]'],
    ]);
  });

  test('the CloudFormation schema check finds nothing in a stack using every prop', () => {
    const violations = schemaViolations(app => everyProp(new Stack(app, 'Stack', { env: ENV })));
    expect(violations).toEqual([]);
  });
});
