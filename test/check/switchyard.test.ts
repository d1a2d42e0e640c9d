import { App, Stack } from 'aws-cdk-lib';
import { Annotations, Match } from 'aws-cdk-lib/assertions';
import { CfnIntegration, CfnStage, HttpApi, HttpMethod, WebSocketApi } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpUrlIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import { Switchyard, WebSocketApi as SwitchyardWebSocketApi } from '../../src';
import { run } from '../../src/cli/run';

function httpApiWithUrlRoute(stack: Stack) {
  const api = new HttpApi(stack, 'Api');
  api.addRoutes({ path: '/pets', methods: [HttpMethod.GET], integration: new HttpUrlIntegration('Pets', 'https://example.com/pets') });
  return api;
}

describe('Switchyard.check', () => {
  test('a valid app built only with aws-cdk-lib constructs synthesizes with no finding', () => {
    const app = new App();
    const stack = new Stack(app, 'Valid');
    httpApiWithUrlRoute(stack);
    new WebSocketApi(stack, 'Ws');
    Switchyard.check(app);
    expect(() => app.synth()).not.toThrow();
    expect(Switchyard.findings(stack)).toEqual([]);
    Annotations.fromStack(stack).hasNoWarning('*', Match.stringLikeRegexp('cdk-switchyard'));
  });

  test('errors fail synth listing every finding with rule id, construct path, logical id and property', () => {
    const app = new App();
    const stack = new Stack(app, 'Broken');
    const api = httpApiWithUrlRoute(stack);
    new CfnIntegration(stack, 'SlowIntegration', { apiId: api.apiId, integrationType: 'HTTP_PROXY', integrationUri: 'https://example.com', integrationMethod: 'GET', payloadFormatVersion: '1.0', timeoutInMillis: 30_001 });
    new CfnIntegration(stack, 'MockIntegration', { apiId: api.apiId, integrationType: 'MOCK', payloadFormatVersion: '1.0' });
    Switchyard.check(app);
    let message = '';
    try {
      app.synth();
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toMatch(/\[integration-timeout\] Broken\/SlowIntegration \(SlowIntegration\) TimeoutInMillis: TimeoutInMillis is 30001/);
    expect(message).toMatch(/\[integration-type-protocol\] Broken\/MockIntegration \(MockIntegration\) IntegrationType: IntegrationType is "MOCK"/);
  });

  test('escape hatches are checked: an addPropertyOverride that breaks a rule is reported', () => {
    const app = new App();
    const stack = new Stack(app, 'Override');
    const api = httpApiWithUrlRoute(stack);
    (api.defaultStage!.node.defaultChild as CfnStage).addPropertyOverride('StageVariables.bad-name', 'x');
    const findings = Switchyard.findings(stack);
    expect(findings.map(f => [f.rule, f.path])).toEqual([['stage-variable-name', 'StageVariables.bad-name']]);
  });

  test('warnings become acknowledgeable warnings with the rule id and do not fail synth', () => {
    const app = new App();
    const stack = new Stack(app, 'Warn');
    const ws = new WebSocketApi(stack, 'Ws');
    new CfnStage(stack, 'DefaultStage', { apiId: ws.apiId, stageName: '$default' });
    Switchyard.check(stack);
    expect(() => app.synth()).not.toThrow();
    Annotations.fromStack(stack).hasWarning('/Warn/DefaultStage', Match.stringLikeRegexp('\\[stage-default-websocket\\].*\\[ack: cdk-switchyard:stage-default-websocket\\]'));
  });

  test('warningsAsErrors fails synth on warnings; ignore skips a rule', () => {
    const build = (options: Parameters<typeof Switchyard.check>[1]) => {
      const app = new App();
      const stack = new Stack(app, 'Opt');
      const ws = new WebSocketApi(stack, 'Ws');
      new CfnStage(stack, 'DefaultStage', { apiId: ws.apiId, stageName: '$default' });
      Switchyard.check(app, options);
      return () => app.synth();
    };
    expect(build({ warningsAsErrors: true })).toThrow(/stage-default-websocket/);
    expect(build({ warningsAsErrors: true, ignore: ['stage-default-websocket'] })).not.toThrow();
  });

  test('the options apply to a stack built with Switchyard\'s constructs, called before or after them', () => {
    const build = (options: Parameters<typeof Switchyard.check>[1], checkFirst: boolean) => {
      const app = new App();
      const stack = new Stack(app, 'Own');
      if (checkFirst) Switchyard.check(app, options);
      const ws = new SwitchyardWebSocketApi(stack, 'Ws');
      new CfnStage(stack, 'DefaultStage', { apiId: ws.apiId, stageName: '$default' });
      if (!checkFirst) Switchyard.check(app, options);
      return () => app.synth();
    };
    for (const checkFirst of [true, false]) {
      expect(build({ warningsAsErrors: true }, checkFirst)).toThrow(/stage-default-websocket/);
      expect(build({ warningsAsErrors: true, ignore: ['stage-default-websocket'] }, checkFirst)).not.toThrow();
      expect(build({}, checkFirst)).not.toThrow();
    }
  });

  test('stacks added after the call are checked too', () => {
    const app = new App();
    Switchyard.check(app);
    const stack = new Stack(app, 'Later');
    const api = httpApiWithUrlRoute(stack);
    new CfnIntegration(stack, 'Bad', { apiId: api.apiId, integrationType: 'HTTP_PROXY', integrationUri: 'https://example.com', integrationMethod: 'GET', payloadFormatVersion: '2.0' });
    expect(() => app.synth()).toThrow(/\[integration-payload-format-version\] Later\/Bad/);
  });

  test('finds the same findings as `switchyard lint` on the synthesized cloud assembly', () => {
    const app = new App();
    const stack = new Stack(app, 'Same');
    const ws = new WebSocketApi(stack, 'Ws');
    new CfnStage(stack, 'DefaultStage', { apiId: ws.apiId, stageName: '$default', stageVariables: { 'ok': 'yes', 'not ok': 'x' } });
    const http = httpApiWithUrlRoute(stack);
    new CfnIntegration(stack, 'Slow', { apiId: http.apiId, integrationType: 'HTTP_PROXY', integrationUri: 'https://example.com', integrationMethod: 'GET', payloadFormatVersion: '1.0', timeoutInMillis: 40_000 });
    const fromCheck = Switchyard.findings(stack);
    const assembly = app.synth();
    let stdout = '';
    const code = run(['lint', assembly.directory, '--format', 'json'], { stdout: t => { stdout += t; }, stderr: () => undefined });
    expect(code).toBe(1);
    const fromCli = JSON.parse(stdout).findings.map((f: Record<string, unknown>) => [f.rule, f.resource, f.path, f.message]);
    expect(fromCli).toEqual(fromCheck.map(f => [f.rule, f.resource, f.path, f.message]));
    expect(fromCheck.map(f => f.rule).sort()).toEqual(['integration-timeout', 'stage-default-websocket', 'stage-variable-name']);
  });
});
