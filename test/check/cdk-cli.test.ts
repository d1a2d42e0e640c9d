/**
 * The check as a user meets it: the real `cdk synth` (aws-cdk, the CLI) on an app built with Switchyard's
 * constructs. Errors found in the synthesized template fail the command and name the rule, the construct
 * and the property; warnings are printed by the CLI as acknowledgeable warnings and do not fail it.
 */
import { spawnSync } from 'child_process';
import { mkdtempSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';

const ROOT = join(__dirname, '..', '..');
const APP = join(ROOT, 'test', 'fixtures', 'cdk-app', 'app.ts');

function cdkSynth(checkCase: string): { status: number | null; output: string; template?: Record<string, unknown> } {
  const out = mkdtempSync(join(tmpdir(), 'switchyard-cdk-'));
  try {
    const r = spawnSync(process.execPath, [
      require.resolve('aws-cdk/bin/cdk'), 'synth', '--quiet', '--no-notices', '--no-version-reporting', '--output', out,
      '--app', `${process.execPath} -r ${require.resolve('ts-node/register/transpile-only')} ${APP}`,
    ], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 120_000,
      env: { ...process.env, CHECK_CASE: checkCase, CDK_DISABLE_CLI_TELEMETRY: 'true', CDK_VALIDATION: 'false', TS_NODE_PROJECT: join(ROOT, 'tsconfig.json') },
    });
    let template: Record<string, unknown> | undefined;
    try {
      template = JSON.parse(readFileSync(join(out, 'CliCheck.template.json'), 'utf8'));
    } catch {
      template = undefined;
    }
    return { status: r.status, output: `${r.stdout}\n${r.stderr}`, template };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

describe('cdk synth (the aws-cdk CLI) on an app built with Switchyard', () => {
  test('a clean app synthesizes, with no Switchyard message', () => {
    const r = cdkSynth('clean');
    expect(r.output).not.toMatch(/cdk-switchyard|Validation failed/);
    expect(r.status).toBe(0);
    expect(r.template).toBeDefined();
  });

  test('a warning is printed with its acknowledgeable id; synth still succeeds', () => {
    const r = cdkSynth('warning');
    expect(r.output).toMatch(/\[stage-throttling-limits\] CliCheck\/Api\/DefaultStage \(ApiDefaultStage[0-9A-F]{8}\) DefaultRouteSettings\.ThrottlingRateLimit: ThrottlingRateLimit is 20000/);
    expect(r.output).toMatch(/Acknowledge with 'Annotation::cdk-switchyard:stage-throttling-limits'/);
    expect(r.status).toBe(0);
  });

  test('an error found in the synthesized template (an escape hatch) fails synth, naming rule, construct and property', () => {
    const r = cdkSynth('error');
    expect(r.output).toMatch(/Validation failed with the following errors:\s+\[CliCheck\] \[api-name-length\] CliCheck\/Api \(Api[0-9A-F]{8}\) Name: /);
    expect(r.status).not.toBe(0);
  });
});
