import { mkdtempSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { App } from 'aws-cdk-lib';

export interface SchemaViolation {
  readonly rule: string;
  readonly description: string;
  readonly constructs: string[];
}

/**
 * Synthesizes an app with aws-cdk-lib's built-in CloudFormation schema check switched on (the unit-test
 * task switches it off for speed) and returns what the check reported in `validation-report.json`.
 */
export function schemaViolations(build: (app: App) => void): SchemaViolation[] {
  const previous = process.env.CDK_VALIDATION;
  process.env.CDK_VALIDATION = 'true';
  const outdir = mkdtempSync(join(tmpdir(), 'switchyard-schema-'));
  try {
    const app = new App({ outdir });
    build(app);
    app.synth();
    const report = JSON.parse(readFileSync(join(outdir, 'validation-report.json'), 'utf8'));
    const out: SchemaViolation[] = [];
    for (const plugin of report.pluginReports ?? []) {
      for (const v of plugin.violations ?? []) {
        const constructs = (v.violatingConstructs ?? []).map((c: { constructPath: string }) => c.constructPath);
        out.push({ rule: v.ruleName, description: v.description, constructs });
      }
    }
    return out;
  } finally {
    if (previous === undefined) delete process.env.CDK_VALIDATION;
    else process.env.CDK_VALIDATION = previous;
    rmSync(outdir, { recursive: true, force: true });
  }
}
