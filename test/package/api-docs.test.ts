/**
 * The public API documents itself: every type and member of the jsii assembly has a summary, and every optional
 * prop of a props or options struct says with `@default` what happens when it is left out (jsii-docgen prints it in
 * API.md, and Construct Hub in every language). Reads `.jsii`: compile first (`npx projen compile`).
 */
import { readFileSync } from 'fs';
import { join } from 'path';

interface Docs { readonly summary?: string; readonly default?: string }
interface Member { readonly name: string; readonly optional?: boolean; readonly docs?: Docs }
interface JsiiType {
  readonly kind: string;
  readonly datatype?: boolean;
  readonly docs?: Docs;
  readonly properties?: Member[];
  readonly methods?: Member[];
}

const TYPES = (JSON.parse(readFileSync(join(__dirname, '..', '..', '.jsii'), 'utf8')) as { types: Record<string, JsiiType> }).types;

test('the assembly is read (the checks below are not looking at nothing)', () => {
  expect(Object.keys(TYPES).length).toBeGreaterThan(200);
  expect(TYPES['cdk-switchyard.HttpQueueApiProps']?.properties?.length).toBeGreaterThan(5);
});

test('every type and member has a summary', () => {
  const missing: string[] = [];
  for (const [fqn, type] of Object.entries(TYPES)) {
    if (!type.docs?.summary) missing.push(fqn);
    for (const m of [...type.properties ?? [], ...type.methods ?? []]) if (!m.docs?.summary) missing.push(`${fqn}.${m.name}`);
  }
  expect(missing).toEqual([]);
});

test('every optional prop of a struct documents its default', () => {
  const missing = Object.entries(TYPES)
    .filter(([, type]) => type.kind === 'interface' && type.datatype)
    .flatMap(([fqn, type]) => (type.properties ?? []).filter(p => p.optional && p.docs?.default === undefined).map(p => `${fqn}.${p.name}`));
  expect(missing).toEqual([]);
});
