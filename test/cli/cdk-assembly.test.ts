import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join, sep } from 'path';
import { App, Stack, Stage } from 'aws-cdk-lib';
import { CfnApi } from 'aws-cdk-lib/aws-apigatewayv2';
import { cli } from './cli-helpers';

// The fixture assembly is hand-written: this test checks the layout a real `cdk synth` writes.
describe('switchyard lint on a cloud assembly written by aws-cdk-lib', () => {
  let outdir: string;
  beforeAll(() => {
    outdir = mkdtempSync(join(tmpdir(), 'switchyard-cdkout-'));
    const app = new App({ outdir });
    new CfnApi(new Stack(app, 'Top'), 'Api', { name: 'ok', protocolType: 'HTTP' });
    const prod = new Stage(app, 'Prod');
    new CfnApi(new Stack(prod, 'Inner'), 'Api', { name: 'x'.repeat(129), protocolType: 'HTTP' });
    app.synth();
  });
  afterAll(() => rmSync(outdir, { recursive: true, force: true }));

  test('finds the stage template in its nested assembly', () => {
    const r = cli('lint', '--format', 'json', outdir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.summary.files).toBe(2);
    const names = report.findings.filter((f: { rule: string }) => f.rule === 'api-name-length');
    expect(names).toHaveLength(1);
    expect(names[0].file.startsWith(join(outdir, 'assembly-Prod') + sep)).toBe(true);
    expect(names[0].file).toMatch(/Inner[^/\\]*\.template\.json$/);
  });
});
