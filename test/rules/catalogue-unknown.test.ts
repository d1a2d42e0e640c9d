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

/**
 * A copy of the resources where `pick` decides which properties become `{ Ref: <parameter> }`; the properties in
 * `absent` (logical id to names) are added as such a `Ref`, for a finding about a property the case leaves out.
 */
function unknownProperties(
  resources: Record<string, unknown>,
  pick: (logicalId: string, property: string) => boolean,
  absent: ReadonlyMap<string, readonly string[]> = new Map(),
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  let n = 0;
  for (const [logicalId, resource] of Object.entries(resources)) {
    const r = resource as { Type: string; Properties?: Record<string, unknown> };
    const properties: Record<string, unknown> = {};
    for (const [property, value] of Object.entries(r.Properties ?? {})) {
      properties[property] = pick(logicalId, property) ? { Ref: `Unknown${n++}` } : value;
    }
    for (const property of absent.get(logicalId) ?? []) {
      if (!(property in properties)) properties[property] = { Ref: `Unknown${n++}` };
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

/**
 * Rules whose findings are on the resource, not on a property of it: no property made unknown takes the finding
 * away, so their cases are left out of the first test by name (and checked to have no property finding).
 */
const NOT_ON_A_PROPERTY: Record<string, string> = {
  'deployment-route-order': 'the finding is on the DependsOn attribute, which no property holds',
  'quota-routes-per-api': 'counts the routes of an API, reported on the API with no property path',
  'quota-integrations-per-http-api': 'counts the integrations of an API, reported on the API with no property path',
  'quota-integrations-per-websocket-api': 'counts the integrations of an API, reported on the API with no property path',
  'quota-stages-per-api': 'counts the stages of an API, reported on the API with no property path',
  'quota-authorizers-per-api': 'counts the authorizers of an API, reported on the API with no property path',
  'quota-domain-names': 'counts the domain names of the template, reported on a domain with no property path',
  'quota-vpc-links': 'counts the VPC links of the template, reported on a link with no property path',
  'quota-routing-rules-per-domain': 'counts the routing rules of a domain, reported on the domain with no property path',
};
/** The property a finding's path starts in: `CorsConfiguration` of `CorsConfiguration.AllowOrigins[0]`. */
const propertyOf = (path: string) => path.split(/[.[]/)[0];
const RESOURCE_ATTRIBUTES = ['', 'DependsOn', 'Condition', 'Metadata', 'DeletionPolicy', 'UpdateReplacePolicy'];

test('every rule left out has its cases and no finding on a property', () => {
  for (const id of Object.keys(NOT_ON_A_PROPERTY)) {
    const table = mockTables.get(id);
    expect(table?.invalid.length).toBeGreaterThan(0);
    expect(table?.invalid.flatMap(c => c.findings.map(f => propertyOf(f.path))).filter(p => !RESOURCE_ATTRIBUTES.includes(p))).toEqual([]);
  }
});

const propertyCases = cases.filter(([, rule]) => !(rule.id in NOT_ON_A_PROPERTY));

test.each(propertyCases)('%s: the offending property made unknown, the finding goes', (_name, rule, c) => {
  const offending = c.findings.map(f => ({ resource: f.resource, property: propertyOf(f.path) }));
  // A finding with no property to make unknown would pass whatever the rule does: such a rule belongs above.
  expect(offending.filter(o => RESOURCE_ATTRIBUTES.includes(o.property))).toEqual([]);
  const picked = new Set(offending.map(o => `${o.resource}\u0000${o.property}`));
  const absent = new Map<string, string[]>();
  for (const o of offending) absent.set(o.resource, [...(absent.get(o.resource) ?? []), o.property]);
  const resources = unknownProperties(c.resources, (id, property) => picked.has(`${id}\u0000${property}`), absent);
  const still = findingsOf(resources, [rule]).filter(f => c.findings.some(e => e.resource === f.resource && e.path === f.path));
  expect(still).toEqual([]);
});

test.each(cases)('%s: every property made unknown, no catalogue finding', (_name, _rule, c) => {
  expect(findingsOf(unknownProperties(c.resources, () => true), VALUE_RULES)).toEqual([]);
});
