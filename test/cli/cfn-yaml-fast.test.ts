/**
 * The fast YAML reader (js-yaml) either declines a document or gives exactly what the exact reader (the yaml
 * package, with positions and duplicate keys) gives: on every YAML file of the repository, on the shapes that
 * decide between the two, and on generated documents.
 */
import { readFileSync } from 'fs';
import * as fc from 'fast-check';
import { repositoryYamlFiles } from './repository-yaml';
import { readCfnYamlExact, YamlSyntaxError } from '../../src/cli/cfn-yaml';
import { readCfnYamlFast } from '../../src/cli/cfn-yaml-fast';

/** The exact reader's value, or the error class it throws. */
function exact(text: string): { value: unknown } | { error: string } {
  try {
    return { value: readCfnYamlExact(text).value };
  } catch (e) {
    return { error: e instanceof YamlSyntaxError ? 'YamlSyntaxError' : String(e) };
  }
}

/** Fast and exact agree, or fast declined. Returns whether fast answered. */
function agree(text: string): boolean {
  const fast = readCfnYamlFast(text);
  if (fast === undefined) return false;
  expect({ value: fast.value }).toEqual(exact(text));
  // toEqual treats -0 and 0, and NaN, alike: the text CloudFormation deploys must match too.
  expect(JSON.stringify(fast.value)).toEqual(JSON.stringify((exact(text) as { value: unknown }).value));
  return true;
}

describe('the fast YAML reader', () => {
  const files = repositoryYamlFiles();

  test('agrees with the exact reader on every YAML file of the repository', () => {
    expect(files.length).toBeGreaterThan(20);
    let answered = 0;
    for (const file of files) if (agree(readFileSync(file, 'utf8'))) answered++;
    // Most real templates take the fast path; the rest (aliases, unknown tags, errors) the exact one.
    expect(answered).toBeGreaterThan(files.length / 2);
  });

  test.each([
    ['plain scalars of the YAML 1.2 core schema', 'a: [~, null, Null, NULL, true, False, TRUE, 0, -0, +12, 007, 0o17, 0x1F, 0xff, 1e3]\n'],
    ['floats as CloudFormation\'s Java text', 'a: [2.0, 1.10, .5, -0.0, 1e21, 1E-5, .inf, -.Inf, .NaN, 12345e67, 1.]\n'],
    ['YAML 1.1 words stay text', 'a: [yes, no, on, off, y, n, 0b101, 1_000, 2012-10-17, 0o9, 0xZ, 1:20]\n'],
    ['quoted scalars are text', "a: ['1.0', \"true\", '', \"\\u00e9\\n\", 'it''s']\n"],
    ['block scalars', 'a: |\n  one\n  two\nb: >-\n  folded\n  text\n\nc: |+\n  kept\n\n'],
    ['short forms in every kind', "a: !Sub 'x-${A}'\nb: !GetAtt A.B.C\nc: !Join [':', [a, !Ref B]]\nd: !If\n  - C\n  - !Ref X\n  - !Ref AWS::NoValue\ne: !Transform {Name: M}\n"],
    ['empty and null values', 'a:\nb: ~\nc: !Ref\n'],
    ['keys that are not strings', '1: a\ntrue: b\n2.5: d\n0x1F: e\n'],
    ['__proto__ is data', '__proto__: {polluted: true}\nconstructor: x\n'],
  ])('%s', (_, text) => {
    expect(agree(text)).toBe(true);
  });

  test.each([
    ['a duplicate key (the exact reader lists it)', 'a: 1\na: 2\n'],
    ['a null key (js-yaml names it "null", the exact reader "")', '~: a\n'],
    ['a collection as a key', '{a: 1}: x\n[a, b]: y\n'],
    ['an alias (bounded by the exact reader)', 'a: &x [1]\nb: *x\n'],
    ['an unknown tag', 'a: !Include file.yaml\n'],
    ['a YAML 1.1 directive', '%YAML 1.1\n---\na: yes\n'],
    ['two documents', 'a: 1\n---\nb: 2\n'],
    ['a syntax error', 'a: [1, 2\n'],
    ['a comment glued to a quoted scalar', 'a: "x"#c\n'],
    ['a comment glued to a flow collection', 'a: {b: 1}#c\n'],
    ['an empty document', ''],
    ['nesting past js-yaml\'s depth limit', `a: ${'['.repeat(150)}${']'.repeat(150)}\n`],
  ])('declines %s', (_, text) => {
    expect(readCfnYamlFast(text)).toBeUndefined();
  });

  test('agrees on generated documents', () => {
    const plain = fc.constantFrom(
      '0', '-1', '+7', '010', '0o7', '0x1f', '1.5', '2.0', '.5', '1e3', '-.inf', '.nan', 'true', 'False', 'null', '~',
      'yes', 'abc', 'a b', 'GET /items/{id}', '$request.body.action', 'arn:aws:x', '1_0', '0b1', '-', '.', 'x#y',
    );
    const quoted = fc.string({ maxLength: 8 }).map(s => JSON.stringify(s));
    const tag = fc.constantFrom('', '!Ref ', '!Sub ', '!GetAtt ', '!Join ', '!If ', '!Base64 ');
    const scalar = fc.tuple(tag, fc.oneof(plain, quoted)).map(([t, s]) => `${t}${s}`);
    const key = fc.constantFrom('A', 'Type', 'Properties', 'RouteKey', '1', 'true', 'k y');
    const { doc } = fc.letrec<{ doc: string; value: string }>(tie => ({
      value: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        scalar,
        fc.array(tie('value'), { maxLength: 3 }).map(items => `[${items.join(', ')}]`),
        fc.array(fc.tuple(key, tie('value')), { maxLength: 3 }).map(pairs => `{${pairs.map(([k, v]) => `${k}: ${v}`).join(', ')}}`),
      ),
      doc: fc.array(fc.tuple(key, tie('value')), { minLength: 1, maxLength: 4 })
        .map(pairs => pairs.map(([k, v]) => `${k}: ${v}\n`).join('')),
    }));
    let runs = 0;
    let answered = 0;
    fc.assert(fc.property(doc, text => {
      runs++;
      if (agree(text)) answered++;
    }), { numRuns: process.env.CI ? 300 : 1000 });
    expect(answered).toBeGreaterThan(runs / 4);
  });

  test('agrees on mutated real templates', () => {
    const texts = files.map(file => readFileSync(file, 'utf8')).filter(text => text.length < 20_000);
    const edit = fc.record({
      file: fc.nat(texts.length - 1),
      at: fc.double({ min: 0, max: 1, noNaN: true }),
      cut: fc.nat(3),
      insert: fc.constantFrom('', ' ', '\n', ':', '- ', '!Ref ', '[', ']', '{', '}', "'", '"', '#', '|', '>', '&a ', '*a', '\t', '? '),
    });
    fc.assert(fc.property(edit, ({ file, at, cut, insert }) => {
      const text = texts[file];
      const i = Math.floor(at * text.length);
      agree(text.slice(0, i) + insert + text.slice(i + cut));
    }), { numRuns: process.env.CI ? 200 : 600 });
  });
});

describe('aliases never reach the fast reader', () => {
  /** Ten aliases per level, each to the level below: the value stands for 10^levels objects once walked. */
  function aliasBomb(levels: number, alias: (name: string) => string): string {
    const lines = ['a0: &a0 [x, y]'];
    for (let i = 1; i <= levels; i++) lines.push(`a${i}: &a${i} [${Array(10).fill(alias(`a${i - 1}`)).join(', ')}]`);
    return `${lines.join('\n')}\nResources: {}\n`;
  }

  test.each([
    ['after a space', (n: string) => `{"k": *${n}}`],
    ['right after the colon of a quoted key', (n: string) => `{"k":*${n}}`],
  ])('an alias %s: declined, so the exact reader bounds the aliases', (_name, alias) => {
    // Small enough that a reader which took it would answer at once (and this test fail), not hang.
    expect(readCfnYamlFast(aliasBomb(3, alias))).toBeUndefined();
    // The exact reader refuses past its alias bound, on the 1.4 KB file that stands for 10^12 objects.
    expect(() => readCfnYamlExact(aliasBomb(12, alias))).toThrow(YamlSyntaxError);
  });

  test('a document with an anchor is declined even when no alias is seen in its text', () => {
    expect(readCfnYamlFast('x: &a [1]\n')).toBeUndefined();
    expect(readCfnYamlFast('x: [1]\n')).toEqual({ value: { x: [1] } });
  });
});
