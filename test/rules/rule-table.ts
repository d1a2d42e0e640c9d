import { buildModel } from '../../src/model/build-model';
import { runRules } from '../../src/rules/engine';
import { Rule } from '../../src/rules/rule';

/** What a table case expects of one finding: the rule and severity are implied by the table. */
export interface ExpectedFinding {
  readonly resource: string;
  readonly path: string;
  readonly line?: number;
  readonly column?: number;
}

export interface ValidCase {
  readonly name: string;
  readonly resources: Record<string, unknown>;
  /** Other sections of the template (`Parameters`, `Mappings`, `Conditions`), for values through intrinsics. */
  readonly sections?: Record<string, unknown>;
  /** The region the template deploys to (`switchyard lint --region`). */
  readonly region?: string;
}

export interface InvalidCase extends ValidCase {
  readonly findings: readonly ExpectedFinding[];
}

/**
 * The valid/invalid table every rule is tested with: valid cases give no finding of the rule, invalid
 * cases give exactly the listed findings (rule id, logical id, property path and, when given, position).
 * Assertions are on ids and positions, never on the wording.
 */
export function expectRule(rule: Rule, table: { valid: readonly ValidCase[]; invalid: readonly InvalidCase[] }): void {
  describe(rule.id, () => {
    test('has both valid and invalid cases', () => {
      expect(table.valid.length).toBeGreaterThan(0);
      expect(table.invalid.length).toBeGreaterThan(0);
    });
    test.each(table.valid.map(c => [c.name, c] as const))('valid: %s', (_name, c) => {
      expect(findingsOf(rule, c.resources, c)).toEqual([]);
    });
    test.each(table.invalid.map(c => [c.name, c] as const))('invalid: %s', (_name, c) => {
      const found = findingsOf(rule, c.resources, c).map(f => ({
        resource: f.resource,
        path: f.path,
        ...(c.findings.some(e => e.line !== undefined) ? { line: f.line, column: f.column } : {}),
      }));
      const expected = c.findings.map(e => ({
        resource: e.resource,
        path: e.path,
        ...(e.line !== undefined ? { line: e.line, column: e.column } : {}),
      }));
      expect(found).toEqual(expected);
    });
  });
}

export function findingsOf(rule: Rule, resources: Record<string, unknown>, options: { sections?: Record<string, unknown>; region?: string } = {}) {
  const findings = runRules(buildModel({ ...options.sections, Resources: resources }, { region: options.region }), { rules: [rule] });
  for (const f of findings) {
    expect(f.rule).toBe(rule.id);
    expect(f.message.length).toBeGreaterThan(10);
  }
  return findings;
}
