import { App, Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { MockIntegration, RestApi, Stage, Deployment } from 'aws-cdk-lib/aws-apigateway';
import { CfnApiMapping, CfnRoutingRule, HttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import { Certificate } from 'aws-cdk-lib/aws-certificatemanager';
import { templateOf } from '../../src/check/stack-template';
import { DomainName, RoutingMode } from '../../src/common/domain-name';
import { SwitchyardError } from '../../src/common/errors';
import { HeaderValue, RoutingAction, RoutingCondition, RoutingRule } from '../../src/common/routing-rule';
import { DOMAIN_RULES } from '../../src/rules/domain';
import { lintTemplate } from '../../src/rules/engine';
import { schemaViolations } from '../examples/cloudformation-schema';

process.env.CDK_VALIDATION = 'false';

const ENV = { account: '111122223333', region: 'eu-west-1' };
const CERT = 'arn:aws:acm:eu-west-1:111122223333:certificate/0a1b2c3d-0000-1111-2222-333344445555';

function restApi(stack: Stack, id: string, options: { deploy?: boolean } = {}) {
  const api = new RestApi(stack, id, { deploy: options.deploy ?? true });
  api.root.addMethod('GET', new MockIntegration({ integrationResponses: [{ statusCode: '200' }], requestTemplates: { 'application/json': '{"statusCode": 200}' } }), { methodResponses: [{ statusCode: '200' }] });
  return api;
}

function domain(stack: Stack, routingMode = RoutingMode.ROUTING_RULE_THEN_API_MAPPING) {
  return new DomainName(stack, 'Domain', { domainName: 'api.example.com', certificate: Certificate.fromCertificateArn(stack, 'Cert', CERT), routingMode });
}

function newStack(app = new App(), id = 'Stack') {
  return new Stack(app, id, { env: ENV });
}

const domainRuleFindings = (stack: Stack) =>
  lintTemplate(templateOf(stack), { rules: DOMAIN_RULES }).map(f => [f.rule, f.severity, f.path]);

/** Every routing rule shape these tests build, also run through the CloudFormation schema check. */
const SHAPES: Record<string, (stack: Stack) => void> = {
  'header and base path': stack => {
    const d = domain(stack);
    const orders = restApi(stack, 'Orders');
    d.addRoutingRule('V2Orders', {
      priority: 10,
      conditions: [RoutingCondition.header('x-version', HeaderValue.startsWith('v2')), RoutingCondition.basePath('orders')],
      action: RoutingAction.invokeRestApi(orders, { stripBasePath: true }),
    });
  },
  'catch-all to a separate stage': stack => {
    const d = domain(stack, RoutingMode.ROUTING_RULE_ONLY);
    const api = restApi(stack, 'Legacy');
    const stage = new Stage(stack, 'Beta', { deployment: new Deployment(stack, 'BetaDeployment', { api }), stageName: 'beta' });
    new RoutingRule(stack, 'CatchAll', { domainName: d, priority: 1_000_000, action: RoutingAction.invokeStage(stage) });
  },
  'every header value shape': stack => {
    const d = domain(stack);
    const api = restApi(stack, 'Api');
    const values = [HeaderValue.exactly('a'), HeaderValue.endsWith('beta'), HeaderValue.contains('canary'), HeaderValue.anyValue(), HeaderValue.fromGlob('v1*')];
    values.forEach((value, i) => d.addRoutingRule(`Rule${i}`, { priority: i + 1, conditions: [RoutingCondition.header('x-route', value)], action: RoutingAction.invokeRestApi(api) }));
  },
};

describe('RoutingRule', () => {
  test('every prop reaches the template, and the rule depends on the stage it invokes', () => {
    const stack = newStack();
    SHAPES['header and base path'](stack);
    const template = Template.fromStack(stack);
    const rules = template.findResources('AWS::ApiGatewayV2::RoutingRule');
    expect(Object.keys(rules)).toHaveLength(1);
    const [rule] = Object.values(rules) as Array<{ Properties: Record<string, unknown>; DependsOn?: string[] }>;
    expect(rule.Properties).toEqual({
      DomainNameArn: { 'Fn::GetAtt': [expect.stringMatching(/^Domain/), 'DomainNameArn'] },
      Priority: 10,
      Conditions: [
        { MatchHeaders: { AnyOf: [{ Header: 'x-version', ValueGlob: 'v2*' }] } },
        { MatchBasePaths: { AnyOf: ['orders'] } },
      ],
      Actions: [{ InvokeApi: { ApiId: { Ref: expect.stringMatching(/^Orders/) }, Stage: { Ref: expect.stringMatching(/^OrdersDeploymentStageprod/) }, StripBasePath: true } }],
    });
    expect(rule.DependsOn).toEqual([expect.stringMatching(/^OrdersDeploymentStageprod/)]);
    expect(domainRuleFindings(stack)).toEqual([]);
  });

  test('a catch-all rule has no conditions; invokeStage names the stage', () => {
    const stack = newStack();
    SHAPES['catch-all to a separate stage'](stack);
    Template.fromStack(stack).hasResource('AWS::ApiGatewayV2::RoutingRule', {
      Properties: { Priority: 1_000_000, Conditions: [], Actions: [{ InvokeApi: { ApiId: { Ref: Match.stringLikeRegexp('^Legacy') }, Stage: { Ref: Match.stringLikeRegexp('^Beta') } } }] },
      DependsOn: [Match.stringLikeRegexp('^Beta')],
    });
  });

  test('header value factories build the allowed glob shapes', () => {
    expect([HeaderValue.exactly('a'), HeaderValue.startsWith('v2'), HeaderValue.endsWith('beta'), HeaderValue.contains('canary'), HeaderValue.anyValue(), HeaderValue.fromGlob('*x')].map(v => v.glob))
      .toEqual(['a', 'v2*', '*beta', '*canary*', '*', '*x']);
  });

  test('routing rules have no Tags even when the stack is tagged', () => {
    const app = new App();
    const stack = newStack(app);
    SHAPES['header and base path'](stack);
    (stack.tags as { setTag(k: string, v: string): void }).setTag('team', 'payments');
    Template.fromStack(stack).hasResourceProperties('AWS::ApiGatewayV2::RoutingRule', { Tags: Match.absent() });
  });

  type Build = (stack: Stack) => unknown;
  const rest = (s: Stack) => restApi(s, 'Api');
  const rule = (extra: { priority?: number; conditions?: () => RoutingCondition[] }): Build => s => {
    const d = domain(s);
    d.addRoutingRule('R', { priority: extra.priority ?? 1, conditions: extra.conditions?.(), action: RoutingAction.invokeRestApi(rest(s)) });
  };
  const CONSTRUCTION: Array<[string, string, Build]> = [
    ['routing-rule-priority', 'priority 0', rule({ priority: 0 })],
    ['routing-rule-priority', 'priority 1,000,001', rule({ priority: 1_000_001 })],
    ['routing-rule-priority', 'a fractional priority', rule({ priority: 2.5 })],
    ['routing-rule-priority-unique', 'two rules with one priority', s => {
      const d = domain(s);
      const api = rest(s);
      d.addRoutingRule('A', { priority: 5, action: RoutingAction.invokeRestApi(api) });
      new RoutingRule(s, 'B', { domainName: d, priority: 5, action: RoutingAction.invokeRestApi(api) });
    }],
    ['routing-rule-conditions', 'three header conditions', rule({ conditions: () => ['a', 'b', 'c'].map(h => RoutingCondition.header(`x-${h}`, HeaderValue.exactly('1'))) })],
    ['routing-rule-conditions', 'two base paths', rule({ conditions: () => [RoutingCondition.basePath('a'), RoutingCondition.basePath('b')] })],
    ['routing-rule-header', 'a reserved header', () => RoutingCondition.header('Authorization', HeaderValue.anyValue())],
    ['routing-rule-header', 'an x-amzn- header', () => RoutingCondition.header('x-amzn-trace-id', HeaderValue.anyValue())],
    ['routing-rule-header', 'a 40-character header name', () => RoutingCondition.header('h'.repeat(40), HeaderValue.anyValue())],
    ['routing-rule-header', 'a wildcard inside the value', () => HeaderValue.fromGlob('v*2')],
    ['routing-rule-header', 'a prefix that holds a wildcard', () => HeaderValue.startsWith('v*')],
    ['routing-rule-header', 'an infix of 41 characters', () => HeaderValue.contains('c'.repeat(39))],
    ['routing-rule-header', 'a 128-character value', () => HeaderValue.exactly('v'.repeat(128))],
    ['routing-rule-header', 'a comma in the value', () => HeaderValue.exactly('a,b')],
    ['routing-rule-base-path', 'a leading slash', () => RoutingCondition.basePath('/orders')],
    ['routing-rule-base-path', 'a regular expression', () => RoutingCondition.basePath('orders/[0-9]+')],
    ['routing-rule-base-path', 'a 128-character path', () => RoutingCondition.basePath('p'.repeat(128))],
    ['routing-rule-action', 'a REST API with no deployment stage', s => RoutingAction.invokeRestApi(restApi(s, 'NoDeploy', { deploy: false }))],
  ];
  test.each(CONSTRUCTION)('%s: %s is rejected at construction', (ruleId, _name, build) => {
    let error: unknown;
    try {
      build(newStack());
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SwitchyardError);
    expect((error as SwitchyardError).ruleId).toBe(ruleId);
  });

  test.each([
    ['header value glob', () => HeaderValue.fromGlob('${Token[TOKEN.1]}')],
    ['base path', () => RoutingCondition.basePath('${Token[TOKEN.2]}')],
  ])('an unresolved %s is left for synth', (_name, build) => {
    expect(build).not.toThrow();
  });

  test('routing-rule-routing-mode: a rule on an API_MAPPING_ONLY domain is a warning at synth', () => {
    const stack = newStack();
    const d = new DomainName(stack, 'Domain', { domainName: 'api.example.com', certificate: Certificate.fromCertificateArn(stack, 'Cert', CERT) });
    d.addRoutingRule('Ignored', { priority: 1, action: RoutingAction.invokeRestApi(rest(stack)) });
    expect(domainRuleFindings(stack)).toEqual([['routing-rule-routing-mode', 'warning', 'DomainNameArn']]);
  });

  test('routing-rule-mixed-mappings: rules on a domain mapping both REST and HTTP APIs are an error at synth', () => {
    const stack = newStack();
    const d = domain(stack);
    const orders = rest(stack);
    d.addRoutingRule('R', { priority: 1, action: RoutingAction.invokeRestApi(orders) });
    const http = new HttpApi(stack, 'Http');
    new CfnApiMapping(stack, 'RestMapping', { apiId: orders.restApiId, domainName: d.name, stage: 'prod', apiMappingKey: 'rest' });
    new CfnApiMapping(stack, 'HttpMapping', { apiId: http.apiId, domainName: d.name, stage: '$default', apiMappingKey: 'http' });
    expect(domainRuleFindings(stack)).toEqual([['routing-rule-mixed-mappings', 'error', 'DomainNameArn']]);
  });

  test('escape hatches that break the rule are reported at synth', () => {
    const stack = newStack();
    SHAPES['header and base path'](stack);
    const cfn = stack.node.findAll().find(c => c instanceof CfnRoutingRule) as CfnRoutingRule;
    cfn.addPropertyOverride('Priority', 0);
    cfn.addPropertyOverride('Conditions.0.MatchHeaders.AnyOf.0.ValueGlob', 'a*b');
    cfn.addPropertyOverride('Tags', { team: 'x' });
    expect(domainRuleFindings(stack)).toEqual([
      ['routing-rule-priority', 'error', 'Priority'],
      ['routing-rule-header', 'error', 'Conditions[0].MatchHeaders.AnyOf[0].ValueGlob'],
      ['routing-rule-tags', 'error', 'Tags'],
    ]);
  });

  test('every shape passes the CloudFormation schema check', () => {
    const violations = schemaViolations(app => {
      Object.entries(SHAPES).forEach(([, build], i) => build(newStack(app, `RoutingRule${i}`)));
    });
    expect(violations).toEqual([]);
  });
});
