/**
 * Switchyard through the CDK's validation API, `Validations` (aws-cdk-lib 2.276 here): the plugin added with
 * `Validations.of(app).addPlugins(...)` reports its findings in `cdk.out/validation-report.json`, and a
 * finding acknowledged with `Validations.of(scope).acknowledge({ id, reason })` is gone from it; the warnings
 * of `Switchyard.check` are acknowledged the same way. The older `policyValidationBeta1` form, the only one
 * on the 2.235 peer floor, keeps working.
 *
 * The floor cannot be installed here next to 2.276, so the `Validations` tests are guarded by feature
 * detection: they run when aws-cdk-lib has `Validations`, and a first test requires that it has it from
 * 2.276 on, so the guard cannot skip them silently on the version the project tests against.
 */
import { mkdtempSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import * as cdk from 'aws-cdk-lib';
import { App, Stack } from 'aws-cdk-lib';
import { Annotations, Match } from 'aws-cdk-lib/assertions';
import { CfnIntegration, CfnStage, HttpApi, WebSocketApi } from 'aws-cdk-lib/aws-apigatewayv2';
import { Switchyard, SwitchyardValidationPlugin } from '../../src';

/** The part of aws-cdk-lib's `Validations` these tests use; absent before aws-cdk-lib 2.251. */
interface ValidationsApi {
  of(scope: unknown): {
    addPlugins(...plugins: unknown[]): void;
    acknowledge(...rules: Array<{ id: string; reason: string }>): void;
  };
}
const Validations = (cdk as unknown as { Validations?: ValidationsApi }).Validations;
const describeWithValidations = Validations ? describe : describe.skip;

const outdirs: string[] = [];
afterAll(() => outdirs.forEach(d => rmSync(d, { recursive: true, force: true })));

/** An app writing to its own folder; NODE_ENV=test makes the CDK throw on a failing report instead of exiting. */
function newApp(props: cdk.AppProps = {}): App {
  const outdir = mkdtempSync(join(tmpdir(), 'switchyard-validations-'));
  outdirs.push(outdir);
  return new App({ ...props, outdir });
}

/** A WebSocket API with a `$default` stage: one `stage-default-websocket` warning on Warn/DefaultStage. */
function stackWithWarning(app: App): CfnStage {
  const stack = new Stack(app, 'Warn');
  const ws = new WebSocketApi(stack, 'Ws');
  return new CfnStage(stack, 'DefaultStage', { apiId: ws.apiId, stageName: '$default' });
}

interface ReportViolation { ruleName: string; severity?: string; violatingConstructs: Array<{ constructPath: string }>; reason?: string }
interface ValidationReport { pluginReports: Array<{ pluginName: string; violations: ReportViolation[]; suppressedViolations?: ReportViolation[] }> }

/** The cdk-switchyard part of the validation report: rule, severity and construct paths of each violation. */
function switchyardReport(assemblyDir: string) {
  const report = JSON.parse(readFileSync(join(assemblyDir, 'validation-report.json'), 'utf8')) as ValidationReport;
  const ours = report.pluginReports.filter(r => r.pluginName === 'cdk-switchyard');
  expect(ours).toHaveLength(1);
  const summary = (v: ReportViolation) => [v.ruleName, v.severity, v.violatingConstructs.map(c => c.constructPath)];
  return {
    violations: ours[0].violations.map(summary),
    suppressed: (ours[0].suppressedViolations ?? []).map(v => [...summary(v), v.reason]),
  };
}

test('aws-cdk-lib 2.276, the version tested against, has the Validations API', () => {
  const version = (JSON.parse(readFileSync(require.resolve('aws-cdk-lib/package.json'), 'utf8')) as { version: string }).version;
  const [major, minor] = version.split('.').map(Number);
  if (major === 2 && minor >= 276) expect(typeof Validations?.of).toBe('function');
});

describeWithValidations('Validations.of(app).addPlugins(new SwitchyardValidationPlugin())', () => {
  test('a Switchyard warning is in the validation report and synth succeeds', () => {
    const app = newApp();
    Validations!.of(app).addPlugins(new SwitchyardValidationPlugin());
    stackWithWarning(app);
    const assembly = app.synth();
    expect(switchyardReport(assembly.directory)).toEqual({ violations: [['stage-default-websocket', 'warning', ['Warn/DefaultStage']]], suppressed: [] });
  });

  test.each(['the construct', 'its stack'])('acknowledged with Validations.of(scope).acknowledge({ id: "cdk-switchyard::<rule-id>" }) on %s, it is gone', (where) => {
    const app = newApp();
    Validations!.of(app).addPlugins(new SwitchyardValidationPlugin());
    const stage = stackWithWarning(app);
    const scope = where === 'its stack' ? Stack.of(stage) : stage;
    Validations!.of(scope).acknowledge({ id: 'cdk-switchyard::stage-default-websocket', reason: 'a test API' });
    const assembly = app.synth();
    expect(switchyardReport(assembly.directory)).toEqual({
      violations: [],
      suppressed: [['stage-default-websocket', 'warning', ['Warn/DefaultStage'], 'a test API']],
    });
  });

  test('an acknowledgement on another construct, or of another rule, leaves the finding', () => {
    const app = newApp();
    Validations!.of(app).addPlugins(new SwitchyardValidationPlugin());
    const stage = stackWithWarning(app);
    const other = new Stack(app, 'Other');
    new HttpApi(other, 'Http');
    Validations!.of(other).acknowledge({ id: 'cdk-switchyard::stage-default-websocket', reason: 'elsewhere' });
    Validations!.of(stage).acknowledge({ id: 'cdk-switchyard::stage-throttling-limits', reason: 'another rule' });
    const assembly = app.synth();
    expect(switchyardReport(assembly.directory)).toEqual({ violations: [['stage-default-websocket', 'warning', ['Warn/DefaultStage']]], suppressed: [] });
  });

  test('a Switchyard error still fails synth, with its rule id', () => {
    const app = newApp();
    Validations!.of(app).addPlugins(new SwitchyardValidationPlugin());
    const stack = new Stack(app, 'Broken');
    const api = new HttpApi(stack, 'Http');
    new CfnIntegration(stack, 'Slow', { apiId: api.apiId, integrationType: 'HTTP_PROXY', integrationUri: 'https://example.com', integrationMethod: 'GET', payloadFormatVersion: '1.0', timeoutInMillis: 30_001 });
    expect(() => app.synth()).toThrow(/integration-timeout/);
  });
});

describeWithValidations('Switchyard.check warnings acknowledged through Validations', () => {
  test.each(['the construct', 'its stack'])('Validations.of(scope).acknowledge({ id: "cdk-switchyard:<rule-id>" }) on %s removes the warning', (where) => {
    const app = newApp();
    const stage = stackWithWarning(app);
    const scope = where === 'its stack' ? Stack.of(stage) : stage;
    Validations!.of(scope).acknowledge({ id: 'cdk-switchyard:stage-default-websocket', reason: 'a test API' });
    Switchyard.check(app);
    expect(() => app.synth()).not.toThrow();
    Annotations.fromStack(Stack.of(stage)).hasNoWarning('*', Match.stringLikeRegexp('stage-default-websocket'));
  });

  test('without the acknowledgement the warning is there (the test above can fail)', () => {
    const app = newApp();
    const stage = stackWithWarning(app);
    Switchyard.check(app);
    app.synth();
    Annotations.fromStack(Stack.of(stage)).hasWarning('/Warn/DefaultStage', Match.stringLikeRegexp('\\[stage-default-websocket\\]'));
  });
});

describe('the older forms, as on the 2.235 peer floor', () => {
  test('new App({ policyValidationBeta1: [new SwitchyardValidationPlugin()] }) reports the warning', () => {
    const app = newApp({ policyValidationBeta1: [new SwitchyardValidationPlugin()] });
    stackWithWarning(app);
    const assembly = app.synth();
    expect(switchyardReport(assembly.directory)).toEqual({ violations: [['stage-default-websocket', 'warning', ['Warn/DefaultStage']]], suppressed: [] });
  });

  test.each(['the construct', 'its stack'])('a Switchyard.check warning is acknowledged with Annotations.of(scope).acknowledgeWarning on %s', (where) => {
    const app = newApp();
    const stage = stackWithWarning(app);
    const scope = where === 'its stack' ? Stack.of(stage) : stage;
    cdk.Annotations.of(scope).acknowledgeWarning('cdk-switchyard:stage-default-websocket', 'a test API');
    Switchyard.check(app);
    app.synth();
    Annotations.fromStack(Stack.of(stage)).hasNoWarning('*', Match.stringLikeRegexp('stage-default-websocket'));
  });
});
