import { mkdtempSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { App, Stack, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';

/** One finding of cdk-nag's AwsSolutions pack. */
export interface NagFinding {
  /** The rule, such as `AwsSolutions-APIG4`. */
  readonly rule: string;
  /** The construct path of the resource, such as `Stack/Queue/Api/Resource`. */
  readonly path: string;
}

/**
 * Builds a stack in a new app with cdk-nag's AwsSolutions pack as a validation plugin (cdk-nag 3 reports through
 * CDK's policy validation), synthesizes it and returns the unacknowledged findings, sorted.
 */
export function awsSolutionsFindings(build: (stack: Stack) => void): NagFinding[] {
  return awsSolutionsFindingsOfApp(app => build(new Stack(app, 'Stack', { env: { account: '123456789012', region: 'eu-west-1' } })));
}

/** The same for a whole app (an example app's `build(app)`). */
export function awsSolutionsFindingsOfApp(build: (app: App) => void): NagFinding[] {
  const outdir = mkdtempSync(join(tmpdir(), 'switchyard-nag-'));
  try {
    const app = new App({ outdir });
    Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
    build(app);
    try {
      app.synth();
    } catch {
      // Synth fails when a plugin reports a violation: the report is written first.
    }
    const report = JSON.parse(readFileSync(join(outdir, 'validation-report.json'), 'utf8'));
    const out: NagFinding[] = [];
    for (const plugin of report.pluginReports ?? []) {
      for (const v of plugin.violations ?? []) {
        for (const c of v.violatingConstructs ?? []) out.push({ rule: v.ruleName, path: c.constructPath });
      }
    }
    return out.sort((a, b) => `${a.rule} ${a.path}`.localeCompare(`${b.rule} ${b.path}`));
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}

/** The findings about API Gateway resources (rules `AwsSolutions-APIG*`). */
export function apiGatewayFindings(build: (stack: Stack) => void): NagFinding[] {
  return awsSolutionsFindings(build).filter(f => f.rule.startsWith('AwsSolutions-APIG'));
}
