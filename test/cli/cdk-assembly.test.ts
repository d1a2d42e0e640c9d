import { mkdtempSync, readdirSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join, sep } from 'path';
import { App, NestedStack, Stack, Stage } from 'aws-cdk-lib';
import { CfnApi, HttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import { IConstruct } from 'constructs';
import { cli } from './cli-helpers';
import { displayPath } from '../../src/check/stack-template';

interface JsonFinding {
  rule: string;
  file: string;
  resource: string;
  fileLine: number | null;
  fileColumn: number | null;
  stack: string | null;
  constructPath: string | null;
}

const LONG = 'x'.repeat(129);

/**
 * A real `cdk.out`: a stack at the top with a nested stack, a Stage with a stack, a Stage inside that Stage
 * with a stack named by the user; each holds one API whose name is too long (api-name-length). Returns the
 * constructs as synth names them, by stack name.
 */
function synthesize(outdir: string, context: Record<string, unknown>): Map<string, string> {
  const app = new App({ outdir, context });
  const expected = new Map<string, string>();
  const named = (stack: Stack, construct: IConstruct) => expected.set(stack.stackName, displayPath(construct.node.defaultChild ?? construct));

  const top = new Stack(app, 'Top');
  named(top, new HttpApi(top, 'Api', { apiName: LONG }));
  const nested = new NestedStack(top, 'Nested');
  new CfnApi(nested, 'NestedApi', { name: LONG, protocolType: 'HTTP' });

  const prod = new Stage(app, 'Prod');
  const inner = new Stack(prod, 'Inner');
  named(inner, new HttpApi(inner, 'Api', { apiName: LONG }));

  const deep = new Stage(prod, 'Deep');
  const leaf = new Stack(deep, 'Leaf', { stackName: 'custom-leaf' });
  named(leaf, new CfnApi(leaf, 'Raw', { name: LONG, protocolType: 'HTTP' }));
  app.synth();
  return expected;
}

function lintJson(outdir: string): { code: number; findings: JsonFinding[]; files: number } {
  const r = cli('lint', '--format', 'json', outdir);
  expect(r.stderr).toBe('');
  const report = JSON.parse(r.stdout) as { findings: JsonFinding[]; summary: { files: number } };
  return { code: r.code, findings: report.findings.filter(f => f.rule === 'api-name-length'), files: report.summary.files };
}

describe.each([
  // `cdk synth` writes `aws:cdk:path` into each resource's metadata; an app synthesized on its own does not,
  // and the construct paths then come from the stacks' metadata files the manifest names.
  ['with path metadata in the templates (as cdk synth writes them)', { 'aws:cdk:enable-path-metadata': true }],
  ['without path metadata (app.synth() alone)', {}],
])('switchyard lint on a cloud assembly written by aws-cdk-lib, %s', (_, context) => {
  let outdir: string;
  let expected: Map<string, string>;
  beforeAll(() => {
    outdir = mkdtempSync(join(tmpdir(), 'switchyard-cdkout-'));
    expected = synthesize(outdir, context);
  });
  afterAll(() => rmSync(outdir, { recursive: true, force: true }));

  test('every stack the manifests list, nested assemblies and the nested stack template included', () => {
    const { code, files, findings } = lintJson(outdir);
    expect(code).toBe(1);
    expect(files).toBe(4);
    const prod = join(outdir, 'assembly-Prod') + sep;
    expect(findings.map(f => [f.stack, f.file.startsWith(prod), f.file.startsWith(join(prod, 'assembly-Prod-Deep') + sep)])).toEqual(
      expect.arrayContaining([['Top', false, false], ['Prod-Inner', true, false], ['custom-leaf', true, true]]));
  });

  test('each finding names the stack and the construct as synth does, on the line of the value', () => {
    const { findings } = lintJson(outdir);
    const stacks = findings.filter(f => f.stack !== null);
    expect(new Map(stacks.map(f => [f.stack, f.constructPath]))).toEqual(expected);
    for (const f of findings) expect([f.fileLine, f.fileColumn]).toEqual([expect.any(Number), expect.any(Number)]);
  });

  test('the nested stack template is linted too; its construct path comes only from the template', () => {
    const { findings } = lintJson(outdir);
    const nested = findings.find(f => /\.nested\.template\.json$/.test(f.file));
    expect(nested).toBeDefined();
    expect(nested!.stack).toBeNull();
    const hasPathMetadata = (context as Record<string, unknown>)['aws:cdk:enable-path-metadata'] === true;
    expect(nested!.constructPath).toBe(hasPathMetadata ? 'Top/Nested/NestedApi' : null);
  });

  test('text names the construct path with the logical id', () => {
    const r = cli('lint', outdir);
    const leafTemplate = readdirSync(join(outdir, 'assembly-Prod', 'assembly-Prod-Deep')).find(f => f.endsWith('.template.json'))!;
    const line = `${leafTemplate.replace(/\./g, '\\.')}:\\d+:\\d+: error api-name-length Prod/Deep/Leaf/Raw \\(Raw, AWS::ApiGatewayV2::Api\\) Name: `;
    expect(r.stdout).toMatch(new RegExp(line));
  });

  test('SARIF names the stack and construct path', () => {
    type Result = { ruleId: string; properties?: Record<string, unknown>; locations: Array<{ physicalLocation: { region?: unknown } }> };
    const sarif = JSON.parse(cli('lint', '--format', 'sarif', outdir).stdout) as { runs: Array<{ results: Result[] }> };
    const leaf = sarif.runs[0].results.find(r => r.ruleId === 'api-name-length' && r.properties?.stack === 'custom-leaf');
    expect(leaf?.properties?.constructPath).toBe('Prod/Deep/Leaf/Raw');
    expect(leaf?.locations[0].physicalLocation.region).toEqual({ startLine: expect.any(Number), startColumn: expect.any(Number) });
  });
});
