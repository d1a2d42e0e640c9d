import { existsSync } from 'fs';
import { join } from 'path';
import { InvalidCase } from './rule-table';
import { buildModel } from '../../src/model/build-model';
import { CATALOGUE_RULES } from '../../src/rules/catalogue-rules';
import { runRules } from '../../src/rules/engine';
import { Rule } from '../../src/rules/rule';

/**
 * No finding on an unknown value: every invalid case of the catalogue rules' tables (read from their test files)
 * loses its finding when the offending property becomes a `Ref` to a parameter, and gives no catalogue finding
 * at all when every property of every resource does.
 */

const mockTables = new Map<string, { rule: Rule; invalid: readonly InvalidCase[] }>();
jest.mock('./rule-table', () => ({
  expectRule: (rule: Rule, table: { invalid: readonly InvalidCase[] }) => mockTables.set(rule.id, { rule, invalid: table.invalid }),
}));

for (const rule of CATALOGUE_RULES) {
  const file = join(__dirname, `${rule.id}.test.ts`);
  // The tables are data in their test files; requiring one with `expectRule` mocked collects its table.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  if (existsSync(file)) require(file);
}

/** A copy of the resources where `pick` decides which properties become `{ Ref: <parameter> }`. */
function unknownProperties(resources: Record<string, unknown>, pick: (logicalId: string, property: string) => boolean): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  let n = 0;
  for (const [logicalId, resource] of Object.entries(resources)) {
    const r = resource as { Type: string; Properties?: Record<string, unknown> };
    const properties: Record<string, unknown> = {};
    for (const [property, value] of Object.entries(r.Properties ?? {})) {
      properties[property] = pick(logicalId, property) ? { Ref: `Unknown${n++}` } : value;
    }
    out[logicalId] = { ...r, Properties: properties };
  }
  return out;
}

/** Rules that count resources of a type whatever their properties hold: a resource exists even when its values are unknown. */
const COUNT_RESOURCES = ['quota-domain-names', 'quota-vpc-links'];
const VALUE_RULES = CATALOGUE_RULES.filter(r => !COUNT_RESOURCES.includes(r.id));

const findingsOf = (resources: Record<string, unknown>, rules: readonly Rule[]) => runRules(buildModel({ Resources: resources }), { rules });

test('every catalogue rule has a table', () => {
  expect(CATALOGUE_RULES.filter(r => !mockTables.has(r.id)).map(r => r.id)).toEqual([]);
});

const cases = [...mockTables.values()].flatMap(({ rule, invalid }) => invalid.map(c => [`${rule.id}: ${c.name}`, rule, c] as const));

test.each(cases)('%s: the offending property made unknown, the finding goes', (_name, rule, c) => {
  const offending = new Set(c.findings.map(f => `${f.resource}\u0000${f.path.split(/[.[]/)[0]}`));
  const resources = unknownProperties(c.resources, (id, property) => offending.has(`${id}\u0000${property}`));
  const still = findingsOf(resources, [rule]).filter(f => c.findings.some(e => e.resource === f.resource && e.path === f.path && e.path.split(/[.[]/)[0] in ((c.resources[f.resource] as { Properties?: object }).Properties ?? {})));
  expect(still).toEqual([]);
});

test.each(cases)('%s: every property made unknown, no catalogue finding', (_name, _rule, c) => {
  expect(findingsOf(unknownProperties(c.resources, () => true), VALUE_RULES)).toEqual([]);
});
