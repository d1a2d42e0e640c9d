import { readFileSync } from 'fs';
import { join } from 'path';
import Ajv2020 from 'ajv/dist/2020';
import { cli, fixture } from './cli-helpers';
import { formatSarif, LintFinding } from '../../src/cli/report';
import { ALL_RULES } from '../../src/rules/registry';
import { docsUrl, Finding } from '../../src/rules/rule';

// The official SARIF 2.1.0 schema, as the SARIF SDK ships it (see test/fixtures/cli/README.md).
const schema = JSON.parse(readFileSync(fixture('sarif-schema-2.1.0.json'), 'utf8')) as object;
const ajv = new Ajv2020({ strict: false, allErrors: true });
// ajv-formats is not a dependency: these checks are enough to catch a malformed uri in our output.
ajv.addFormat('uri', s => /^[a-z][a-z0-9+.-]*:[^\s]*$/i.test(s) && canParseUrl(s));
ajv.addFormat('uri-reference', s => !/[\s\\]/.test(s) && !/%(?![0-9a-f]{2})/i.test(s) && canParseUrl(s, 'file:///base/'));
ajv.addFormat('date-time', s => !Number.isNaN(Date.parse(s)));
ajv.addFormat('uuid', /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
const validate = ajv.compile(schema);

function canParseUrl(s: string, base?: string): boolean {
  try {
    new URL(s, base);
    return true;
  } catch {
    return false;
  }
}

function expectValidSarif(text: string) {
  const log = JSON.parse(text) as unknown;
  const ok = validate(log);
  if (!ok) throw new Error(`invalid SARIF: ${ajv.errorsText(validate.errors, { separator: '\n' })}`);
  return log as SarifLog;
}

interface SarifRule {
  id: string;
  helpUri: string;
  shortDescription: { text: string };
  defaultConfiguration: { level: string };
}

interface SarifLog {
  version: string;
  runs: Array<{
    tool: { driver: { name: string; rules: SarifRule[] } };
    results: Array<{
      ruleId: string;
      ruleIndex: number;
      level: string;
      message: { text: string };
      locations: Array<{
        physicalLocation: { artifactLocation: { uri: string }; region?: { startLine: number; startColumn: number } };
        logicalLocations?: Array<{ name: string; fullyQualifiedName: string; kind: string }>;
      }>;
    }>;
  }>;
}

describe('switchyard lint --format sarif', () => {
  test('the schema itself rejects a broken log (the validator is live)', () => {
    expect(validate({ version: '2.1.0', runs: [{ tool: {} }] })).toBe(false);
    expect(validate({ version: '2.0.0', runs: [] })).toBe(false);
  });

  test('a report with findings validates against SARIF 2.1.0', () => {
    const r = cli('lint', '--format', 'sarif', fixture('invalid.yaml'), fixture('assembly'));
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    const log = expectValidSarif(r.stdout);
    const run = log.runs[0];
    expect(run.tool.driver.name).toBe('switchyard');
    expect(run.tool.driver.rules.map(rule => rule.id)).toEqual(ALL_RULES.map(rule => rule.id));
    for (const rule of run.tool.driver.rules) expect(rule.helpUri).toBe(docsUrl(rule.id));

    const nameResults = run.results.filter(res => res.ruleId === 'api-name-length');
    expect(nameResults).toHaveLength(2);
    const [first] = nameResults;
    expect(first.level).toBe('error');
    expect(run.tool.driver.rules[first.ruleIndex].id).toBe('api-name-length');
    expect(first.locations[0].physicalLocation.artifactLocation.uri).toMatch(/^file:\/\/.*\/invalid\.yaml$/);
    expect(first.locations[0].physicalLocation.region).toEqual({ startLine: 10, startColumn: 13 });
    expect(first.locations[0].logicalLocations).toEqual([
      { name: 'EmptyNameApi', fullyQualifiedName: 'EmptyNameApi', kind: 'resource' },
      { name: 'Name', fullyQualifiedName: 'EmptyNameApi.Name', kind: 'property' },
    ]);
    // The assembly's finding names its stack, as the manifest gives it, and is on the line of the value.
    const assembly = nameResults[1] as unknown as { properties: Record<string, unknown>; locations: typeof first.locations };
    expect(assembly.properties.stack).toBe('ProdApiStack');
    expect(assembly.locations[0].physicalLocation.region).toEqual({ startLine: 6, startColumn: 17 });
    expect((run as unknown as { columnKind: string }).columnKind).toBe('utf16CodeUnits');
  });

  test('a file position becomes the region; the value position, stack and construct path stay in properties', () => {
    const finding: LintFinding = {
      rule: 'template-syntax',
      severity: 'error',
      message: 'm',
      file: 't.yaml',
      resource: 'Integ',
      type: 'AWS::ApiGatewayV2::Integration',
      path: 'RequestTemplates.$default',
      line: 3,
      column: 1,
      fileLine: 15,
      fileColumn: 11,
      fileInValue: true,
      stack: 'Prod-Api',
      constructPath: 'Prod/Api/Integ',
    };
    const [result] = expectValidSarif(formatSarif([finding], ALL_RULES, '1.2.3')).runs[0].results;
    expect(result.locations[0].physicalLocation.region).toEqual({ startLine: 15, startColumn: 11 });
    expect((result as unknown as { properties: unknown }).properties).toEqual({
      resourceType: 'AWS::ApiGatewayV2::Integration', stack: 'Prod-Api', constructPath: 'Prod/Api/Integ', valueLine: 3, valueColumn: 1,
    });
  });

  test('a clean report validates too', () => {
    const r = cli('lint', '--format', 'sarif', fixture('valid.json'));
    expect(r.code).toBe(0);
    expect(expectValidSarif(r.stdout).runs[0].results).toEqual([]);
  });

  test('positions inside a value go to properties, not a file region; odd file names stay valid uris; findings without a resource validate', () => {
    const findings: Finding[] = [
      { rule: 'api-name-length', severity: 'error', message: 'm1', file: join('my templates', 'a#b?.yaml'), resource: 'Route', type: 'AWS::ApiGatewayV2::Route', path: 'RequestParameters.append:header.x-id', line: 2, column: 7 },
      { rule: 'engine-rule-failed', severity: 'warning', message: 'm2', file: '/abs/dir with space/t.json', resource: '', type: '', path: '' },
    ];
    const log = expectValidSarif(formatSarif(findings, ALL_RULES, '1.2.3'));
    const [withPosition, withoutResource] = log.runs[0].results;
    expect(withPosition.locations[0].physicalLocation).toEqual({ artifactLocation: { uri: 'my%20templates/a%23b%3F.yaml' } });
    expect((withPosition as unknown as { properties: unknown }).properties).toEqual({ resourceType: 'AWS::ApiGatewayV2::Route', valueLine: 2, valueColumn: 7 });
    expect(withPosition.locations[0].logicalLocations![1].fullyQualifiedName).toBe('Route.RequestParameters.append:header.x-id');
    expect(withoutResource.level).toBe('warning');
    expect(withoutResource.locations[0].physicalLocation.artifactLocation.uri).toBe('file:///abs/dir%20with%20space/t.json');
    expect(withoutResource.locations[0].logicalLocations).toBeUndefined();
  });
});
