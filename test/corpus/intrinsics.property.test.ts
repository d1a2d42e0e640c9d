import { readFileSync } from 'fs';
import { join } from 'path';
import * as fc from 'fast-check';
import { readTemplate } from '../../src/cli/load';
import { isIntrinsic, mapOf } from '../../src/model/value';
import { lintTemplate } from '../../src/rules/engine';
import { Finding } from '../../src/rules/rule';

/**
 * Wrapping a value of a valid template in an intrinsic that can only give that same value never creates a
 * finding: the engine follows intrinsics only where it is certain, and reports only what holds for every value.
 */

const CORPUS = __dirname;
const VERDICTS = JSON.parse(readFileSync(join(CORPUS, 'verdicts.json'), 'utf8')) as Record<string, unknown>;
const VALID = Object.keys(VERDICTS).filter(file => VERDICTS[file] === 'valid').sort();

type Path = ReadonlyArray<string | number>;
type Leaf = string | number | boolean;

interface Entry {
  readonly file: string;
  readonly template: Record<string, unknown>;
  /** Every finding of the template as written, as `rule resource path`. */
  readonly findings: ReadonlySet<string>;
  /** Paths to the literal leaves of the API Gateway resources' properties, outside any intrinsic. */
  readonly leaves: readonly Path[];
}

const key = (f: Finding) => `${f.rule} ${f.resource} ${f.path}`;

function leavesOf(value: unknown, path: Path, out: Path[]): void {
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    out.push(path);
    return;
  }
  // The arguments of an intrinsic are not values of the template (a `Ref` names, `Fn::GetAtt` points).
  if (value === null || typeof value !== 'object' || isIntrinsic(value)) return;
  if (Array.isArray(value)) value.forEach((v, i) => leavesOf(v, [...path, i], out));
  else for (const [k, v] of Object.entries(value)) leavesOf(v, [...path, k], out);
}

function entryOf(file: string): Entry {
  const template = readTemplate(join(CORPUS, file)).template as Record<string, unknown>;
  const leaves: Path[] = [];
  for (const [id, body] of Object.entries(mapOf(template.Resources) ?? {})) {
    const resource = mapOf(body);
    if (!resource || typeof resource.Type !== 'string' || !resource.Type.startsWith('AWS::ApiGateway')) continue;
    leavesOf(resource.Properties, ['Resources', id, 'Properties'], leaves);
  }
  return { file, template, findings: new Set(lintTemplate(template).map(key)), leaves };
}

/** The names the wrappers add to a template; no template of the corpus uses them. */
const PARAMETER = 'SwitchyardWrapped';
const CONDITION = 'SwitchyardCondition';
const MAPPING = 'SwitchyardMapping';

/** The forms, each giving only `value` (Fn::Sub and Fn::Join only for strings: they give text). */
interface Form {
  readonly name: string;
  /** Only around strings. */
  readonly strings?: true;
  readonly wrap: (value: Leaf) => { value: unknown; sections: Record<string, Record<string, unknown>> };
}

const FORMS: readonly Form[] = [
  { name: 'Fn::If', wrap: v => ({ value: { 'Fn::If': [CONDITION, v, v] }, sections: { Parameters: { [PARAMETER]: { Type: 'String' } }, Conditions: { [CONDITION]: { 'Fn::Equals': [{ Ref: PARAMETER }, 'x'] } } } }) },
  { name: 'Fn::Sub', strings: true, wrap: v => ({ value: { 'Fn::Sub': ['${V}', { V: v }] }, sections: {} }) },
  { name: 'Fn::Join', strings: true, wrap: v => ({ value: { 'Fn::Join': ['', [v]] }, sections: {} }) },
  { name: 'a parameter\'s AllowedValues', strings: true, wrap: v => ({ value: { Ref: PARAMETER }, sections: { Parameters: { [PARAMETER]: { Type: 'String', AllowedValues: [v] } } } }) },
  { name: 'a parameter\'s Default', strings: true, wrap: v => ({ value: { Ref: PARAMETER }, sections: { Parameters: { [PARAMETER]: { Type: 'String', Default: v } } } }) },
  {
    name: 'Fn::FindInMap',
    wrap: v => ({
      value: { 'Fn::FindInMap': [MAPPING, { Ref: PARAMETER }, 'Value'] },
      sections: { Parameters: { [PARAMETER]: { Type: 'String' } }, Mappings: { [MAPPING]: { dev: { Value: v }, prod: { Value: v } } } },
    }),
  },
  { name: 'Fn::Select', wrap: v => ({ value: { 'Fn::Select': [0, [v]] }, sections: {} }) },
];

/** A copy of the template with the leaf at `path` wrapped. */
function wrapped(template: Record<string, unknown>, path: Path, form: Form): { template: unknown; applied: boolean } {
  const copy = structuredClone(template);
  let parent: Record<string | number, unknown> = copy;
  for (const step of path.slice(0, -1)) parent = parent[step] as Record<string | number, unknown>;
  const last = path[path.length - 1];
  const leaf = parent[last] as Leaf;
  if (form.strings && typeof leaf !== 'string') return { template: copy, applied: false };
  const { value, sections } = form.wrap(leaf);
  parent[last] = value;
  for (const [section, entries] of Object.entries(sections)) {
    copy[section] = { ...(mapOf(copy[section]) ?? {}), ...entries };
  }
  return { template: copy, applied: true };
}

describe('wrapping a value of a valid corpus template in an intrinsic', () => {
  const entries = VALID.map(entryOf).filter(e => e.leaves.length > 0);

  test('the corpus gives enough templates and values to draw from', () => {
    expect(entries.length).toBeGreaterThanOrEqual(50);
  });

  test('never creates a finding', () => {
    let applied = 0;
    fc.assert(fc.property(
      fc.nat(), fc.nat(), fc.nat({ max: FORMS.length - 1 }),
      (e, l, f) => {
        const entry = entries[e % entries.length];
        const path = entry.leaves[l % entry.leaves.length];
        const result = wrapped(entry.template, path, FORMS[f]);
        if (!result.applied) return;
        applied++;
        const added = lintTemplate(result.template).map(key).filter(k => !entry.findings.has(k));
        expect({ file: entry.file, path: path.join('.'), form: FORMS[f].name, added }).toEqual({ file: entry.file, path: path.join('.'), form: FORMS[f].name, added: [] });
      },
    ), { numRuns: 600, seed: 16 });
    expect(applied).toBeGreaterThan(200);
  });

  test('every form around every top-level property of every valid template creates no finding', () => {
    const added: string[] = [];
    for (const entry of entries) {
      for (const path of entry.leaves.filter(p => p.length === 4)) {
        for (const form of FORMS) {
          const result = wrapped(entry.template, path, form);
          if (!result.applied) continue;
          for (const k of lintTemplate(result.template).map(key)) {
            if (!entry.findings.has(k)) added.push(`${entry.file} ${path.join('.')} ${form.name}: ${k}`);
          }
        }
      }
    }
    expect(added).toEqual([]);
  });
});
