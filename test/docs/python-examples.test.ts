/**
 * Every TypeScript example of README.md and of the API docs, as jsii-rosetta translates it to Python (the
 * translation the package's tablet ships and Construct Hub shows), is Python that compiles and only uses what
 * it imports or defines: test/docs/check_python_examples.py says what is checked. The examples of one README
 * section are checked together, in order, as a reader runs them; the names rosetta/default.ts-fixture
 * declares (`handler`, `api`...) are what they assume exists.
 *
 * jsii-rosetta reads the README stored in the jsii assembly: compile first (`npx projen compile`), as for the
 * CLI tests. Translations are cached in .jsii.tabl.json, so a second run takes a few seconds.
 */
import { spawnSync } from 'child_process';
import { readFileSync } from 'fs';
import { join } from 'path';

const ROOT = join(__dirname, '..', '..');
const CHECKER = join(__dirname, 'check_python_examples.py');

interface Snippet {
  translations: Record<string, { source: string }>;
  location: { api: { api: string; fqn?: string }; field?: { field: string; line?: number } };
}
interface Example { name: string; python: string; typescript: string }
interface JsiiParameter { name: string; type: { fqn?: string }; variadic?: boolean }
interface JsiiCallable { name?: string; static?: boolean; parameters?: JsiiParameter[] }
interface JsiiType {
  kind: string;
  datatype?: boolean;
  interfaces?: string[];
  initializer?: JsiiCallable;
  methods?: JsiiCallable[];
  properties?: Array<{ name: string; static?: boolean }>;
  members?: Array<{ name: string }>;
}
/** A type's static members, and the keyword arguments of its constructor (`<init>`) and static methods (null: unknown). */
interface TypeInfo { members: string[]; kwargs: Record<string, string[] | null> }

/** Runs the Python checker on the given examples: the problems of each, by name. */
function checkPython(examples: Example[], allowed: string[], types: Record<string, TypeInfo>): Record<string, string[]> {
  const r = spawnSync('python3', [CHECKER], { input: JSON.stringify({ examples, allowed, types }), encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`python3 ${CHECKER} failed: ${r.stderr}`);
  return JSON.parse(r.stdout);
}

/**
 * For each type of the assembly, what `Type.member` and `Type(...)` / `Type.member(...)` may name: its static
 * members, and the keyword arguments of its constructor and static methods (the parameters, and the
 * properties of a last struct parameter, inherited ones included; null when that struct is another library's).
 */
function assemblyTypes(): Record<string, TypeInfo> {
  const assembly = JSON.parse(readFileSync(join(ROOT, '.jsii'), 'utf8')) as { types: Record<string, JsiiType> };
  const structProperties = (fqn: string): string[] | null => {
    const struct = assembly.types[fqn];
    if (!struct) return null;
    const inherited = (struct.interfaces ?? []).map(structProperties);
    if (inherited.some(p => p === null)) return null;
    return [...(struct.properties ?? []).map(p => p.name), ...inherited.flat() as string[]];
  };
  const kwargs = (callable: JsiiCallable): string[] | null => {
    const parameters = callable.parameters ?? [];
    const names = parameters.map(p => p.name);
    const last = parameters[parameters.length - 1];
    const lastType = last?.type.fqn ? assembly.types[last.type.fqn] : undefined;
    // Another library's type may be a struct, exploded into keywords this assembly does not list.
    if (last?.type.fqn && !lastType) return null;
    if (last?.type.fqn && lastType?.datatype && !last.variadic) {
      const props = structProperties(last.type.fqn);
      if (props === null) return null;
      names.push(...props);
    }
    return names;
  };
  const types: Record<string, TypeInfo> = {};
  for (const [fqn, t] of Object.entries(assembly.types)) {
    const info: TypeInfo = {
      members: [
        ...(t.methods ?? []).filter(m => m.static).map(m => m.name!),
        ...(t.properties ?? []).filter(p => p.static).map(p => p.name),
        ...(t.members ?? []).map(m => m.name),
      ],
      kwargs: {},
    };
    if (t.initializer) info.kwargs['<init>'] = kwargs(t.initializer);
    // A struct is built with keywords too (`HttpRouteSettings(route_key=...)`).
    if (t.datatype) info.kwargs['<init>'] = structProperties(fqn);
    for (const m of (t.methods ?? []).filter(x => x.static)) info.kwargs[m.name!] = kwargs(m);
    types[fqn.slice('cdk-switchyard.'.length)] = info;
  }
  return types;
}

/** The names the fixture declares for the examples (its own helpers aside). */
function fixtureNames(): string[] {
  const fixture = readFileSync(join(ROOT, 'rosetta', 'default.ts-fixture'), 'utf8');
  return [...fixture.matchAll(/^declare const (\w+):/gm)].map(m => m[1]).filter(n => !['cdkLib', 'switchyardLib', 'console'].includes(n));
}

describe('the documentation examples in Python', () => {
  let snippets: Snippet[] = [];
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  // The tablet's line numbers are those of the README stored in the assembly.
  let assemblyReadmeLines: string[] = [];

  beforeAll(() => {
    const r = spawnSync(join(ROOT, 'node_modules', '.bin', 'jsii-rosetta'), ['extract', '--strict', '--batch', '1000', '.'], {
      cwd: ROOT, encoding: 'utf8', env: { ...process.env, JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION: '20' },
    });
    if (r.status !== 0) throw new Error(`jsii-rosetta extract failed (compile first: npx projen compile):\n${r.stdout}\n${r.stderr}`);
    assemblyReadmeLines = (JSON.parse(readFileSync(join(ROOT, '.jsii'), 'utf8')) as { readme: { markdown: string } }).readme.markdown.split('\n');
    snippets = Object.values((JSON.parse(readFileSync(join(ROOT, '.jsii.tabl.json'), 'utf8')) as { snippets: Record<string, Snippet> }).snippets);
  }, 300_000);

  /** The README's `##` heading above a line (1-based), which names the section an example belongs to. */
  function sectionOf(line: number): string {
    for (let i = line - 1; i >= 0; i--) if (assemblyReadmeLines[i].startsWith('## ')) return assemblyReadmeLines[i].slice(3);
    return '(top)';
  }

  function examples(): Example[] {
    const bySection = new Map<string, Array<{ line: number; snippet: Snippet }>>();
    const out: Example[] = [];
    for (const snippet of snippets) {
      const line = snippet.location.field?.line;
      if (snippet.location.api.api === 'moduleReadme' && line !== undefined) {
        const section = sectionOf(line);
        bySection.set(section, [...bySection.get(section) ?? [], { line, snippet }]);
      } else {
        out.push({ name: `${snippet.location.api.fqn} example`, python: snippet.translations.python.source, typescript: snippet.translations.$.source });
      }
    }
    // Python written in the README itself.
    for (const m of readme.matchAll(/^```python\n([\s\S]*?)^```/gm)) {
      const line = readme.slice(0, m.index).split('\n').length;
      out.push({ name: `README: python block at line ${line}`, python: m[1], typescript: m[1] });
    }
    for (const [section, list] of bySection) {
      list.sort((a, b) => a.line - b.line);
      out.push({
        name: `README: ${section} (lines ${list.map(l => l.line).join(', ')})`,
        python: list.map(l => l.snippet.translations.python.source).join('\n\n'),
        typescript: list.map(l => l.snippet.translations.$.source).join('\n\n'),
      });
    }
    return out;
  }

  test('the tablet holds every ts example of README.md as it is now (the assembly is not stale)', () => {
    const blocks = [...readme.matchAll(/^```ts\n([\s\S]*?)^```/gm)].map(m => m[1].trim());
    const fromReadme = snippets.filter(s => s.location.api.api === 'moduleReadme').map(s => s.translations.$.source.trim());
    expect(fromReadme.sort()).toEqual(blocks.sort());
  });

  test('the API docs examples are translated too', () => {
    expect(snippets.filter(s => s.location.api.api !== 'moduleReadme').length).toBeGreaterThan(0);
  });

  test('every example compiles with python3 and uses only names it imports, defines or the fixture declares', () => {
    const all = examples();
    expect(all.filter(e => e.name.startsWith('README: python block')).length).toBeGreaterThan(0);
    const problems = checkPython(all, fixtureNames(), assemblyTypes());
    expect(Object.keys(problems).sort()).toEqual(all.map(e => e.name).sort());
    expect(Object.entries(problems).filter(([, p]) => p.length > 0)).toEqual([]);
  });
});

describe('check_python_examples.py', () => {
  test('finds the mistakes translations used to have, and passes the right forms', () => {
    const types: Record<string, TypeInfo> = {
      HttpApi: { members: [], kwargs: { '<init>': ['scope', 'id', 'apiName', 'corsPreflight'] } },
      HttpRouteKey: { members: ['with', 'custom', 'DEFAULT'], kwargs: { with: ['path', 'method'], custom: ['key'] } },
      MappingTemplate: { members: ['fromFile'], kwargs: { fromFile: ['path'] } },
    };
    const bad = (python: string, typescript = ''): Example => ({ name: python, python, typescript });
    const cases = [
      bad('from cdk_switchyard import HttpRouteKey\nkey = HttpRouteKey.with("/a")\n'),
      bad('from cdk_switchyard import HttpApi\napi = HttpApi(self, "A", cors_preflight=switchyard.CorsPreflightOptions(max_age=1))\n'),
      bad('from cdk_switchyard import MappingTemplate\nt = MappingTemplate.from_file("a.vtl")\nexpect(t.check()).to_equal([])\n'),
      bad('x = JSON.parse(result.output)\n'),
      bad('r = t.render(context={"connection_id": "c"})\n', "t.render({ context: { connectionId: 'c' } })"),
      bad('from cdk_switchyard import HttpRouteKey\nkey = HttpRouteKey.of("/a")\n'),
      bad('from cdk_switchyard import NoSuchType\n'),
      bad('from cdk_switchyard import HttpApi\napi = HttpApi(self, "A", name="pets")\n'),
      bad('from cdk_switchyard import HttpRouteKey\nkey = HttpRouteKey.with_(route="/a")\n'),
    ];
    const problems = checkPython(cases, ['t', 'result'], types);
    for (const c of cases) expect([c.name, problems[c.name].length]).toEqual([c.name, 1]);
    // The right forms pass.
    const good = [
      bad('from cdk_switchyard import HttpRouteKey\nkey = HttpRouteKey.with_(path="/a")\nk2 = HttpRouteKey.DEFAULT\n'),
      bad('from cdk_switchyard import HttpApi\napi = HttpApi(self, "A", api_name="pets", cors_preflight=None)\n'),
      bad('r = t.render(context={"connectionId": "c"})\nprint(r.output)\n', "t.render({ context: { 'connectionId': 'c' } })"),
    ];
    expect(Object.values(checkPython(good, ['t'], types))).toEqual([[], [], []]);
  });
});
