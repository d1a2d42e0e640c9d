import { readdirSync, readFileSync, statSync } from 'fs';
import { join, relative } from 'path';
import * as usageErrors from '../../src/common/usage-errors';
import { USAGE_ERRORS } from '../../src/common/usage-errors';
import { ALL_RULES } from '../../src/rules/registry';

const SRC = join(__dirname, '..', '..', 'src');

/** A rule id a construct or builder throws (or warns with), and where. */
interface UsedId {
  readonly id: string;
  readonly where: string;
}

/**
 * The call forms that carry a rule id as a string literal. `SwitchyardError` itself, the helpers of
 * `src/private/domain-checks.ts`, the owners passed to `throwOnProblems` and the two local wrappers that take
 * the id as their last argument. Files under `src/expressions/` and `src/vtl/` are left out: their `fail(...)`
 * makes grammar problem codes and parse errors, not rule ids.
 */
const PATTERNS: ReadonlyArray<{ readonly name: string; readonly re: RegExp; readonly onlyIf?: RegExp }> = [
  { name: 'new SwitchyardError', re: /new SwitchyardError\(\s*'([^']*)'/g },
  { name: 'checkLiteral', re: /(?<![\w.])checkLiteral\(\s*'([^']*)'/g, onlyIf: /from '[./]*private\/domain-checks'/ },
  { name: 'fail', re: /(?<![\w.])fail\(\s*'([^']*)'/g, onlyIf: /from '[./]*private\/domain-checks'/ },
  { name: 'throwOnProblems owner', re: /\bruleId:\s*'([^']*)'/g },
  { name: 'checkSelection', re: /(?<![\w.])checkSelection\([^;]*?,\s*'([^']*)'\)/g },
  { name: 'merge', re: /(?<![\w.])merge\([^;]*?,\s*'([^']*)'\)/g, onlyIf: /function merge\([^)]*ruleId: string/ },
  { name: 'warning', re: /addWarningV2\(\s*`\$\{WARNING_ID_PREFIX\}([^`$]*)`/g },
];

/**
 * `new SwitchyardError(<not a literal>` is allowed only in these wrappers: each takes the id from one of the
 * call forms above (or re-throws an error that already carries a checked id). A new wrapper must be added
 * here and to PATTERNS, so that its ids are checked too.
 */
const DYNAMIC_SITES: readonly string[] = [
  'common/mapping-value.ts: owner.ruleId', // throwOnProblems: owners are `{ ruleId: '...' }`
  'common/parameter-mapping.ts: ruleId', // merge(sets, '<id>')
  'private/domain-checks.ts: ruleId', // checkLiteral('<id>', ...), fail('<id>', ...)
  'http/private/openapi.ts: e.ruleId', // re-throws a SwitchyardError with its own id
  'http/private/openapi.ts: first.rule', // a problem of openApiDocumentProblems, which a rule of src/rules reports
  'websocket/integration.ts: error.rule', // the rule of a MappingTemplate.check finding
  'private/duration.ts: ruleId', // checkTokenDurationUnit(duration, unit, '<id>', ...): the id of the prop's rule
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap(name => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return name.endsWith('.ts') && !name.endsWith('.d.ts') ? [path] : [];
  });
}

function lineOf(text: string, index: number): number {
  return text.slice(0, index).split('\n').length;
}

/** Every rule id used by a literal in one source text (exported logic kept pure for the self-test below). */
export function idsIn(text: string, file: string): UsedId[] {
  const out: UsedId[] = [];
  for (const p of PATTERNS) {
    if (p.onlyIf && !p.onlyIf.test(text)) continue;
    for (const m of text.matchAll(p.re)) out.push({ id: m[1], where: `${file}:${lineOf(text, m.index ?? 0)} (${p.name})` });
  }
  return out;
}

/** The first argument of every `new SwitchyardError(` whose id is not a string literal. */
export function dynamicSitesIn(text: string, file: string): string[] {
  return [...text.matchAll(/new SwitchyardError\(\s*([^,']+?)\s*,/g)].map(m => `${file}: ${m[1]}`);
}

const files = sourceFiles(SRC)
  .map(path => ({ file: relative(SRC, path).split('\\').join('/'), text: readFileSync(path, 'utf8') }))
  .filter(f => !/^(expressions|vtl)\//.test(f.file));
const used = files.flatMap(f => idsIn(f.text, f.file));

describe('rule ids the constructs throw', () => {
  test('the scan finds the ids it should (it is not looking at nothing)', () => {
    const ids = new Set(used.map(u => u.id));
    for (const id of ['stage-name', 'model-schema', 'domain-tags', 'routing-rule-priority-unique', 'ws-route-key', 'integration-template-selection', 'http-mapping-request-key']) {
      expect(ids).toContain(id);
    }
    expect(ids.size).toBeGreaterThan(40);
  });

  test('the patterns read each call form', () => {
    const sample = [
      "import { checkLiteral, fail } from '../private/domain-checks';",
      "throw new SwitchyardError('a-one', 'x');",
      "checkLiteral('a-two', v, check);",
      "fail('a-three', 'x');",
      "this.fail('not-an-id');",
      "throwOnProblems(k, p, [{ ruleId: 'a-four' }]);",
      "checkSelection(expression, 'websocket-route', 'a-five');",
      'Annotations.of(this).addWarningV2(`${WARNING_ID_PREFIX}a-six`, "m");',
    ].join('\n');
    expect(idsIn(sample, 'sample.ts').map(u => u.id).sort()).toEqual(['a-five', 'a-four', 'a-one', 'a-six', 'a-three', 'a-two']);
    expect(idsIn("fail('x-y');", 'no-import.ts')).toEqual([]);
  });

  test('every SwitchyardError without a literal id is a known wrapper or throws a usage error', () => {
    // A usage error is thrown with its constant from src/common/usage-errors.ts (not a template rule: each has a
    // docs page, which test/package/thrown-errors.test.ts holds it to).
    const usageIds = new Set(USAGE_ERRORS.map(e => e.id));
    const isUsageError = (site: string): boolean => {
      const name = site.slice(site.indexOf(': ') + 2);
      const value = (usageErrors as Record<string, unknown>)[name];
      return typeof value === 'string' && usageIds.has(value);
    };
    const sites = files.flatMap(f => dynamicSitesIn(f.text, f.file));
    expect(sites.filter(s => !DYNAMIC_SITES.includes(s) && !isUsageError(s))).toEqual([]);
    expect(sites.filter(isUsageError).length).toBeGreaterThan(10);
  });

  test('a construct throws only with the id of an error rule (a warning never stops synth)', () => {
    const severity = new Map(ALL_RULES.map(r => [r.id, r.severity]));
    const thrownAsWarning = used.filter(u => !u.where.endsWith('(warning)') && severity.get(u.id) === 'warning').map(u => `${u.id} at ${u.where}`);
    expect(thrownAsWarning).toEqual([]);
  });

  test('every id thrown or warned with is a registered rule (so its docs link leads somewhere)', () => {
    const registered = new Set(ALL_RULES.map(r => r.id));
    const missing = used.filter(u => !registered.has(u.id)).map(u => `${u.id} at ${u.where}`);
    expect(missing).toEqual([]);
  });
});
