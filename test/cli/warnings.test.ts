import { cli, fixture } from './cli-helpers';

// The CLI's handling of warnings must not depend on which warning rules exist: a registry of one error rule
// (api-name-length), one warning rule defined here, and one rule that throws.
jest.mock('../../src/rules/registry', () => {
  const actual = jest.requireActual('../../src/rules/registry');
  const { RULE_FAILURE_ID } = jest.requireActual('../../src/rules/rule');
  const rules = [
    actual.ruleById('api-name-length'),
    {
      id: 'test-api-description',
      severity: 'warning',
      summary: 'An API has a Description',
      references: [],
      check(model: { apis: Array<{ properties: Record<string, unknown> }> }, report: (r: object) => void) {
        for (const api of model.apis) if (api.properties.Description === undefined) report({ resource: api, path: 'Description', message: 'Description is missing' });
      },
    },
    { id: 'test-throws', severity: 'error', summary: 'Throws', references: [], check() { throw new Error('boom'); } },
    actual.ruleById(RULE_FAILURE_ID),
  ];
  return { ...actual, ALL_RULES: rules, ruleById: (id: string) => rules.find(r => r.id === id) };
});

describe('warnings', () => {
  test('warnings alone exit 0; with --warnings-as-errors exit 1', () => {
    const plain = cli('lint', fixture('valid.json'), '--ignore', 'test-throws');
    expect(plain.code).toBe(0);
    expect(plain.stdout).toBe(
      `${fixture('valid.json')}:6:7: warning test-api-description OrdersApi (AWS::ApiGatewayV2::Api) Description: Description is missing\n`
      + '0 errors, 1 warning (1 file, 2 resources checked)\n');
    expect(cli('lint', fixture('valid.json'), '--ignore', 'test-throws', '--warnings-as-errors').code).toBe(1);
    expect(cli('lint', fixture('valid.json'), '--ignore', 'test-throws,test-api-description', '--warnings-as-errors').code).toBe(0);
  });

  test('a rule that throws is a warning line without a resource, not a crash', () => {
    const r = cli('lint', fixture('valid.json'), '--ignore', 'test-api-description', '--format', 'json');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.findings).toEqual([expect.objectContaining({ rule: 'engine-rule-failed', severity: 'warning', resource: '', type: '', path: '', line: null })]);
    expect(report.summary).toEqual({ errors: 0, warnings: 1, files: 1, resources: 2 });
    const text = cli('lint', fixture('valid.json'), '--ignore', 'test-api-description');
    expect(text.stdout.split('\n')[0]).toMatch(new RegExp(`^${escape(fixture('valid.json'))}: warning engine-rule-failed: rule test-throws could not check`));
  });

  test('warnings and errors are counted apart', () => {
    const r = cli('lint', fixture('invalid.yaml'), '--ignore', 'test-throws', '--format', 'json');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).summary).toEqual({ errors: 1, warnings: 4, files: 1, resources: 5 });
  });
});

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
