/**
 * ApiKey, RateLimitedApiKey and UsagePlan as aws-cdk-lib names them: the same resources and logical ids as
 * aws-cdk-lib's (built side by side in separate stacks), and WebSocketUsagePlan's checks.
 */
import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as cdk from 'aws-cdk-lib/aws-apigatewayv2';
import { User } from 'aws-cdk-lib/aws-iam';
import { ENV } from './shapes';
import { ApiKey, Period, RateLimitedApiKey, UsagePlan, WebSocketApi, WebSocketStage, WebSocketUsagePlan } from '../../src/websocket';
import { ruleOf } from '../common/expect-rule-error';

process.env.CDK_VALIDATION = 'false';

/** The resources of a stack, by logical id: type and properties, with logical ids the same in both libraries' stacks. */
function resources(stack: Stack): Record<string, unknown> {
  return Template.fromStack(stack).toJSON().Resources as Record<string, unknown>;
}

describe('ApiKey, RateLimitedApiKey and UsagePlan', () => {
  test("the same resources, logical ids and properties as aws-cdk-lib's for the same app", () => {
    const build = (lib: 'ours' | 'theirs') => {
      const stack = new Stack(new App(), 'S', { env: ENV });
      const Api = lib === 'ours' ? WebSocketApi : cdk.WebSocketApi;
      const Stage = lib === 'ours' ? WebSocketStage : cdk.WebSocketStage;
      const api = new Api(stack, 'Api', { apiName: 'chat' });
      const stage = new Stage(stack, 'Prod', { webSocketApi: api as never, stageName: 'prod', autoDeploy: true });
      const Key = lib === 'ours' ? ApiKey : cdk.ApiKey;
      const Plan = lib === 'ours' ? UsagePlan : cdk.UsagePlan;
      const key = new Key(stack, 'Key', { apiKeyName: 'partner', description: 'for the partner', enabled: true });
      const plan = new Plan(stack, 'Plan', { usagePlanName: 'gold', quota: { limit: 1000, period: Period.DAY as never }, throttle: { rateLimit: 10, burstLimit: 5 } });
      plan.addApiKey(key);
      (plan as UsagePlan).addApiStage({ api: api as never, stage: stage as never });
      const Limited = lib === 'ours' ? RateLimitedApiKey : cdk.RateLimitedApiKey;
      new Limited(stack, 'Limited', { apiKeyName: 'limited', quota: { limit: 50, period: Period.WEEK as never } });
      return stack;
    };
    const pick = (stack: Stack, type: string) => Object.fromEntries(Object.entries(resources(stack))
      .filter(([, r]) => (r as { Type: string }).Type === type)
      .map(([id, r]) => [id, (r as { Properties: unknown }).Properties]));
    const ours = build('ours');
    const theirs = build('theirs');
    for (const type of ['AWS::ApiGateway::ApiKey', 'AWS::ApiGateway::UsagePlanKey']) {
      expect(pick(ours, type)).toEqual(pick(theirs, type));
    }
    // The plan names its stage with a Ref (the stage's name, so the value is the same), which orders the deployment.
    const plans = (stack: Stack) => Object.keys(pick(stack, 'AWS::ApiGateway::UsagePlan')).sort();
    expect(plans(ours)).toEqual(plans(theirs));
    expect(Object.values(pick(ours, 'AWS::ApiGateway::UsagePlan'))).toContainEqual({
      UsagePlanName: 'gold',
      Quota: { Limit: 1000, Period: 'DAY' },
      Throttle: { RateLimit: 10, BurstLimit: 5 },
      ApiStages: [{ ApiId: { Ref: ours.getLogicalId(ours.node.findChild('Api').node.defaultChild as never) }, Stage: { Ref: ours.getLogicalId(ours.node.findChild('Prod').node.defaultChild as never) } }],
    });
  });

  test("UsagePlan keeps WebSocketUsagePlan's checks: a stage twice, a negative quota, a throttle out of range", () => {
    const stack = new Stack(new App(), 'S', { env: ENV });
    const api = new WebSocketApi(stack, 'Api');
    const stage = new WebSocketStage(stack, 'Prod', { webSocketApi: api, stageName: 'prod' });
    expect(ruleOf(() => new UsagePlan(stack, 'Twice', { apiStages: [{ stage }, { api, stage }] }))).toBe('usage-plan-stage-unique');
    expect(ruleOf(() => new UsagePlan(stack, 'Quota', { quota: { limit: -1 } }))).toBe('usage-plan-quota-limit');
    expect(ruleOf(() => new UsagePlan(stack, 'Burst', { throttle: { burstLimit: -1 } }))).toBe('usage-plan-throttle-range');
  });

  test('addApiKey: a key once; overrideLogicalId names the UsagePlanKey; WebSocketUsagePlan takes the new ApiKey too', () => {
    const stack = new Stack(new App(), 'S', { env: ENV });
    const key = new ApiKey(stack, 'Key');
    const plan = new UsagePlan(stack, 'Plan');
    plan.addApiKey(key, { overrideLogicalId: 'PartnerKey' });
    plan.addApiKey(key);
    new WebSocketUsagePlan(stack, 'Own').addApiKey(key);
    UsagePlan.fromUsagePlanId(stack, 'Imported', 'plan-1').addApiKey(ApiKey.fromApiKeyId(stack, 'Old', 'key-1'));
    const keys = Template.fromStack(stack).findResources('AWS::ApiGateway::UsagePlanKey');
    expect(Object.keys(keys)).toContain('PartnerKey');
    expect(Object.values(keys).map(k => k.Properties.UsagePlanId)).toEqual(expect.arrayContaining(['plan-1']));
    expect(Object.keys(keys)).toHaveLength(3);
  });

  test('grants on the key ARN, as aws-cdk-lib grants them', () => {
    const stack = new Stack(new App(), 'S', { env: ENV });
    const key = new ApiKey(stack, 'Key');
    key.grantReadWrite(new User(stack, 'U'));
    const keyId = { Ref: stack.getLogicalId(key.node.defaultChild as never) };
    Template.fromStack(stack).hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: {
        Statement: [{
          Action: ['apigateway:GET', 'apigateway:POST', 'apigateway:PUT', 'apigateway:PATCH', 'apigateway:DELETE'],
          Resource: { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':apigateway:eu-west-1::/apikeys/', keyId]] },
        }],
      },
    });
    expect(ApiKey.fromApiKeyId(stack, 'Imported', 'abc').apiKeyRef.apiKeyId).toBe('abc');
  });

  test('RateLimitedApiKey without limits creates no usage plan', () => {
    const stack = new Stack(new App(), 'S', { env: ENV });
    new RateLimitedApiKey(stack, 'Key');
    Template.fromStack(stack).resourceCountIs('AWS::ApiGateway::UsagePlan', 0);
    Template.fromStack(stack).resourceCountIs('AWS::ApiGateway::ApiKey', 1);
  });
});
