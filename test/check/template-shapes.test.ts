import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { ExpectedResult, IntegTest } from '@aws-cdk/integ-tests-alpha';
import { App, CfnOutput, CfnParameter, NestedStack, Stack } from 'aws-cdk-lib';
import { HttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import { Switchyard, SwitchyardValidationPlugin } from '../../src';
import { run } from '../../src/cli/run';
import { lintTemplate } from '../../src/rules/engine';

/** Runs `switchyard lint` in process: exit code, stdout and stderr. */
function lint(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = run(['lint', ...argv], { stdout: t => { stdout += t; }, stderr: t => { stderr += t; } });
  return { code, stdout, stderr };
}

/** Templates the CDK and CloudFormation produce that hold no resource: nothing to check, no error. */
const RESOURCELESS: Array<[string, unknown]> = [
  ['an empty object', {}],
  ['an empty Resources map', { Resources: {} }],
  ['only a format version and a description', { AWSTemplateFormatVersion: '2010-09-09', Description: 'nothing yet' }],
  ['only Outputs', { Outputs: { Url: { Value: 'https://example.com' } } }],
  ['only Parameters and Rules, as the CDK writes an empty stack', {
    Parameters: { BootstrapVersion: { Type: 'AWS::SSM::Parameter::Value<String>', Default: '/cdk-bootstrap/hnb659fds/version' } },
    Rules: { CheckBootstrapVersion: { Assertions: [{ Assert: { 'Fn::Not': [{ 'Fn::Contains': [['1', '2'], { Ref: 'BootstrapVersion' }] }] }, AssertDescription: 'old bootstrap' }] } },
  }],
  ['only Conditions and Mappings', { Conditions: { IsProd: { 'Fn::Equals': ['a', 'b'] } }, Mappings: { Region: { 'us-east-1': { Ami: 'x' } } } }],
  ['a Transform and Metadata', { Transform: 'AWS::Serverless-2016-10-31', Metadata: { Note: 'x' } }],
];

/** Inputs that are not CloudFormation at all. */
const NOT_TEMPLATES: Array<[string, unknown]> = [
  ['a JSON array', [{ Resources: {} }]],
  ['a string', 'Resources: {}'],
  ['a number', 42],
  ['null', null],
  ['a package.json', { name: 'some-package', version: '1.0.0' }],
  ['Resources that is a list', { Resources: [] }],
];

describe('templates without resources: nothing to check, in every door', () => {
  test.each(RESOURCELESS)('the engine: %s gives no finding', (_name, template) => {
    expect(lintTemplate(template)).toEqual([]);
  });

  test.each(RESOURCELESS)('switchyard lint: %s exits 0 with 0 resources checked', (_name, template) => {
    const dir = mkdtempSync(join(tmpdir(), 'switchyard-shapes-'));
    try {
      const file = join(dir, 'template.json');
      writeFileSync(file, JSON.stringify(template));
      const r = lint(file);
      expect([r.code, r.stderr]).toEqual([0, '']);
      expect(r.stdout).toBe('0 errors, 0 warnings (1 file, 0 resources checked)\n');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test.each(NOT_TEMPLATES)('switchyard lint: %s stays an input error (exit 2, one line)', (_name, input) => {
    const dir = mkdtempSync(join(tmpdir(), 'switchyard-shapes-'));
    try {
      const file = join(dir, 'input.json');
      writeFileSync(file, JSON.stringify(input));
      const r = lint(file);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/^switchyard: [^\n]*input\.json: not a CloudFormation template[^\n]*\n$/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('apps with stacks that hold no resources', () => {
  function appWithEmptyStacks(app: App) {
    new Stack(app, 'Empty');
    const outputs = new Stack(app, 'OutputsOnly');
    new CfnOutput(outputs, 'Url', { value: 'https://example.com' });
    new CfnParameter(outputs, 'Stage', { default: 'prod' });
    const parent = new Stack(app, 'Parent');
    new NestedStack(parent, 'EmptyNested');
    const apiStack = new Stack(app, 'Api');
    new HttpApi(apiStack, 'Http');
    return apiStack;
  }

  test('Switchyard.check: synth succeeds and Switchyard.findings is empty for every stack', () => {
    const app = new App();
    appWithEmptyStacks(app);
    Switchyard.check(app);
    const assembly = app.synth();
    expect(assembly.stacks.map(s => s.stackName).sort()).toEqual(['Api', 'Empty', 'OutputsOnly', 'Parent']);
    for (const stack of app.node.findAll().filter(Stack.isStack)) {
      expect(Switchyard.findings(stack)).toEqual([]);
    }
  });

  test('the validation plugin reports success on them', () => {
    const app = new App({ policyValidationBeta1: [new SwitchyardValidationPlugin()] });
    appWithEmptyStacks(app);
    expect(() => app.synth()).not.toThrow();
  });

  test('switchyard lint of their cloud assembly exits 0', () => {
    const app = new App();
    appWithEmptyStacks(app);
    const r = lint(app.synth().directory);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toMatch(/^0 errors, 0 warnings \(\d+ files, \d+ resources checked\)\n$/);
  });

  test('an integration-test app (IntegTest with an empty assertion stack) synthesizes under Switchyard.check', () => {
    const app = new App();
    const stack = new Stack(app, 'Under');
    new HttpApi(stack, 'Http');
    new IntegTest(app, 'Integ', { testCases: [stack] });
    Switchyard.check(app);
    const assembly = app.synth();
    const assertions = assembly.stacks.find(s => s.stackName.includes('DeployAssert'));
    expect(assertions).toBeDefined();
    expect(Object.keys((assertions!.template as { Resources?: object }).Resources ?? {})).toEqual([]);
    expect(lint(assembly.directory).code).toBe(0);
    // With an assertion the same stack holds resources, and is checked as well.
    const withAssertion = new App();
    const under = new Stack(withAssertion, 'Under');
    new HttpApi(under, 'Http');
    const integ2 = new IntegTest(withAssertion, 'Integ', { testCases: [under] });
    integ2.assertions.httpApiCall('https://example.com').expect(ExpectedResult.objectLike({ status: 200 }));
    Switchyard.check(withAssertion);
    expect(() => withAssertion.synth()).not.toThrow();
  });

  test('a cloud assembly with no stack exits 0; a folder with no template and no manifest stays an input error', () => {
    const app = new App();
    const empty = lint(app.synth().directory);
    expect([empty.code, empty.stdout]).toEqual([0, '0 errors, 0 warnings (0 files, 0 resources checked)\n']);
    const dir = mkdtempSync(join(tmpdir(), 'switchyard-shapes-'));
    try {
      const r = lint(dir);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/no CloudFormation template/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('dynamic references are unknown values', () => {
  const template = (uri: unknown, name: unknown = 'api') => ({
    Resources: {
      Api: { Type: 'AWS::ApiGatewayV2::Api', Properties: { Name: name, ProtocolType: 'HTTP' } },
      Url: {
        Type: 'AWS::ApiGatewayV2::Integration',
        Properties: { ApiId: { Ref: 'Api' }, IntegrationType: 'HTTP_PROXY', IntegrationMethod: 'GET', IntegrationUri: uri, PayloadFormatVersion: '1.0' },
      },
    },
  });

  test.each([
    ['ssm', '{{resolve:ssm:/backend/url}}'],
    ['ssm with a version', '{{resolve:ssm:/backend/url:3}}'],
    ['ssm-secure', '{{resolve:ssm-secure:/backend/url}}'],
    ['secretsmanager', '{{resolve:secretsmanager:backend:SecretString:url}}'],
    ['inside a longer string', 'https://{{resolve:ssm:/backend/host}}/pets'],
    ['a CDK token', '${Token[TOKEN.42]}'],
  ])('%s in IntegrationUri yields no finding', (_name, uri) => {
    expect(lintTemplate(template(uri))).toEqual([]);
  });

  test('a literal that is not a URL still is reported (the rule is live)', () => {
    expect(lintTemplate(template('backend/url')).map(f => f.rule)).toEqual(['integration-uri']);
  });

  test('an over-long name made of a dynamic reference is not reported', () => {
    expect(lintTemplate(template('https://example.com', `{{resolve:ssm:/${'n'.repeat(200)}}}`))).toEqual([]);
    expect(lintTemplate(template('https://example.com', 'n'.repeat(200))).map(f => f.rule)).toEqual(['api-name-length']);
  });
});
