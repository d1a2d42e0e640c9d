import * as fc from 'fast-check';
import { javaDoubleText, parseCfnYaml, readCfnYaml, UNKNOWN_TAG_KEY, YamlSyntaxError } from '../../src/cli/cfn-yaml';

describe('CloudFormation YAML', () => {
  test.each([
    ['!Ref Api', { Ref: 'Api' }],
    ["!Ref 'AWS::Region'", { Ref: 'AWS::Region' }],
    ['!GetAtt Api.ApiEndpoint', { 'Fn::GetAtt': ['Api', 'ApiEndpoint'] }],
    ['!GetAtt Db.Endpoint.Address', { 'Fn::GetAtt': ['Db', 'Endpoint.Address'] }],
    ['!GetAtt [Api, ApiEndpoint]', { 'Fn::GetAtt': ['Api', 'ApiEndpoint'] }],
    ["!Sub 'arn:${AWS::Partition}:x'", { 'Fn::Sub': 'arn:${AWS::Partition}:x' }],
    ["!Sub ['${A}-b', { A: !Ref X }]", { 'Fn::Sub': ['${A}-b', { A: { Ref: 'X' } }] }],
    ["!Join ['', [integrations/, !Ref Int]]", { 'Fn::Join': ['', ['integrations/', { Ref: 'Int' }]] }],
    ['!If [C, 1, !Ref AWS::NoValue]', { 'Fn::If': ['C', 1, { Ref: 'AWS::NoValue' }] }],
    ["!Select [0, !Split [',', 'a,b']]", { 'Fn::Select': [0, { 'Fn::Split': [',', 'a,b'] }] }],
    ['!FindInMap [M, !Ref AWS::Region, K]', { 'Fn::FindInMap': ['M', { Ref: 'AWS::Region' }, 'K'] }],
    ["!GetAZs ''", { 'Fn::GetAZs': '' }],
    ['!ImportValue Shared-ApiId', { 'Fn::ImportValue': 'Shared-ApiId' }],
    ['!Base64 hello', { 'Fn::Base64': 'hello' }],
    ["!Cidr ['10.0.0.0/16', 4, 8]", { 'Fn::Cidr': ['10.0.0.0/16', 4, 8] }],
    ['!Equals [a, b]', { 'Fn::Equals': ['a', 'b'] }],
    ['!And [!Condition A, !Not [!Condition B]]', { 'Fn::And': [{ Condition: 'A' }, { 'Fn::Not': [{ Condition: 'B' }] }] }],
    ['!Or [!Equals [a, b], !Condition C]', { 'Fn::Or': [{ 'Fn::Equals': ['a', 'b'] }, { Condition: 'C' }] }],
  ])('%s', (yaml, expected) => {
    expect(parseCfnYaml(`V: ${yaml}\n`)).toEqual({ V: expected });
  });

  test('block forms, anchors and plain YAML 1.2 scalars', () => {
    const text = [
      'A: !Sub',
      "  - '${Name}-x'",
      '  - Name: !GetAtt Api.Name',
      'B: &target !Join',
      '  - /',
      '  - [integrations, !Ref Int]',
      'C: *target',
      'D: 2012-10-17',
      'E: yes',
      '',
    ].join('\n');
    const target = { 'Fn::Join': ['/', ['integrations', { Ref: 'Int' }]] };
    expect(parseCfnYaml(text)).toEqual({
      A: { 'Fn::Sub': ['${Name}-x', { Name: { 'Fn::GetAtt': ['Api', 'Name'] } }] },
      B: target,
      C: target,
      D: '2012-10-17',
      E: 'yes',
    });
  });

  test('errors carry a position', () => {
    let error: unknown;
    try {
      parseCfnYaml('a:\n  b: [1\n');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(YamlSyntaxError);
    expect((error as YamlSyntaxError).line).toBeGreaterThanOrEqual(2);
    expect((error as YamlSyntaxError).message).not.toContain('\n');
  });

  test('two documents in one file are an error at the second', () => {
    expect(() => parseCfnYaml('a: 1\n---\nb: 2\n')).toThrow(expect.objectContaining({ line: 2, column: 1 }));
  });

  test('an empty file is null', () => {
    expect(readCfnYaml('')).toEqual({ value: null, duplicateKeys: [] });
  });

  describe('duplicate keys, as CloudFormation reads them: the last wins', () => {
    test('every duplicated key once, with its path and the lines of each occurrence', () => {
      const text = ['a: 1', 'b:', '  c: 2', '  c: 3', '  d: [{ e: 1, e: 2 }]', '  c: 4', 'a: 5', ''].join('\n');
      expect(readCfnYaml(text)).toEqual({
        value: { a: 5, b: { c: 4, d: [{ e: 2 }] } },
        duplicateKeys: [
          { key: 'a', path: ['a'], lines: [1, 7] },
          { key: 'c', path: ['b', 'c'], lines: [3, 4, 6] },
          { key: 'e', path: ['b', 'd', 0, 'e'], lines: [5, 5] },
        ],
      });
    });

    test('a float key and its text are one key', () => {
      expect(readCfnYaml('2.0: a\n"2.0": b\n')).toEqual({ value: { '2.0': 'b' }, duplicateKeys: [{ key: '2.0', path: ['2.0'], lines: [1, 2] }] });
    });

    test('an anchored mapping used twice is reported once', () => {
      expect(readCfnYaml('a: &m { x: 1, x: 2 }\nb: *m\n').duplicateKeys).toEqual([{ key: 'x', path: ['a', 'x'], lines: [1, 1] }]);
    });

    test('one pass: 40,000 keys with 20,000 duplicates are all found', () => {
      const lines: string[] = [];
      for (let i = 0; i < 20000; i++) lines.push(`k${i}: 1`, `k${i}: 2`);
      const { value, duplicateKeys } = readCfnYaml(lines.join('\n'));
      expect(duplicateKeys).toHaveLength(20000);
      expect((value as Record<string, number>).k19999).toBe(2);
    });
  });

  describe('flow collections read as PyYAML and SnakeYAML read them: indentation means nothing inside', () => {
    // Each expected value is what PyYAML 6.0.3's safe_load gives for the same text.
    test.each([
      ['Foo: [\n  a,\n  b\n]\n', { Foo: ['a', 'b'] }],
      ['Bar: {\n  x: 1\n}\n', { Bar: { x: 1 } }],
      ['Foo: [\na,\nb\n]\n', { Foo: ['a', 'b'] }],
      ['R:\n  Foo: [\n  a,\n  b\n  ]\n', { R: { Foo: ['a', 'b'] } }],
      ['R:\n  Foo: [\n    a\n]\n', { R: { Foo: ['a'] } }],
      ['L:\n  - Foo: [\n      a\n  ]\n', { L: [{ Foo: ['a'] }] }],
      ['R:\n  Foo: [ a,\n b ]\n', { R: { Foo: ['a', 'b'] } }],
      ['R:\n  - Foo: {\n    x: 1\n  }\n', { R: [{ Foo: { x: 1 } }] }],
      ['R:\n  Foo: {\nx: 1\n}\n  Bar: 2\n', { R: { Foo: { x: 1 }, Bar: 2 } }],
      ["R:\n  Foo: [a, \"b\n  c\", 'd\n e', # x\n f]\n  G: 1\nH: 2\n", { R: { Foo: ['a', 'b c', 'd e', 'f'], G: 1 }, H: 2 }],
      ['R: !Join [\n  "", [a, !Ref B]\n]\n', { R: { 'Fn::Join': ['', ['a', { Ref: 'B' }]] } }],
    ])('%j', (text, expected) => {
      expect(parseCfnYaml(text)).toEqual(expected);
    });

    test.each([
      // PyYAML refuses these too: outside a flow collection, indentation still rules.
      'R:\n  Foo: x\n  y\n',
      'R:\n  Foo: |\n    a [\n  b\n',
      // A document marker ends the collection.
      'R:\n  Foo: [a,\n---\nb]\n',
      'a: [1\n',
    ])('still an error: %j', text => {
      expect(() => parseCfnYaml(text)).toThrow(YamlSyntaxError);
    });
  });

  describe('floats are the text CloudFormation makes of them (Java\'s Double.toString)', () => {
    test.each([
      ['2.0', '2.0'], ['1.0', '1.0'], ['2.00', '2.0'], ['1.10', '1.1'], ['.5', '0.5'], ['-1.5', '-1.5'], ['1e3', '1000.0'],
      ['10000000.0', '1.0E7'], ['0.0001', '1.0E-4'], ['1.5e300', '1.5E300'], ['0.0', '0.0'], ['.inf', 'Infinity'], ['.nan', 'NaN'],
    ])('%s → %j', (yaml, text) => {
      expect(parseCfnYaml(`V: ${yaml}\n`)).toEqual({ V: text });
    });

    test('integers stay numbers; short forms keep their integer arguments', () => {
      expect(parseCfnYaml('T: 29000\nS: !Select [0, [a]]\nC: !Cidr [x, 4, 8]\n')).toEqual({
        T: 29000, S: { 'Fn::Select': [0, ['a']] }, C: { 'Fn::Cidr': ['x', 4, 8] },
      });
    });

    test('javaDoubleText', () => {
      expect([1, -0, 0.001, 9999999.5, 1e21, 123456789012].map(javaDoubleText)).toEqual(['1.0', '-0.0', '0.001', '9999999.5', '1.0E21', '1.23456789012E11']);
    });
  });

  describe('tags the linter does not know: the value is an unknown-tag object', () => {
    test.each([
      ['!Include foo.yaml', { Tag: '!Include', Value: 'foo.yaml' }],
      ['!Rain::Embed [a, b]', { Tag: '!Rain::Embed', Value: ['a', 'b'] }],
      ['!Macro { K: !Ref X }', { Tag: '!Macro', Value: { K: { Ref: 'X' } } }],
      ['!!foo 1', { Tag: 'tag:yaml.org,2002:foo', Value: '1' }],
    ])('%s', (yaml, expected) => {
      expect(parseCfnYaml(`V: ${yaml}\nW: [!Include x]\n`)).toEqual({ V: { [UNKNOWN_TAG_KEY]: expected }, W: [{ [UNKNOWN_TAG_KEY]: { Tag: '!Include', Value: 'x' } }] });
    });

    test('the document itself under an unknown tag', () => {
      expect(parseCfnYaml('!Include all.yaml\n')).toEqual({ [UNKNOWN_TAG_KEY]: { Tag: '!Include', Value: 'all.yaml' } });
    });

    test('known tags stay what they are', () => {
      expect(parseCfnYaml('A: !!str 2.0\nB: !Ref X\nC: ! 12\n')).toEqual({ A: '2.0', B: { Ref: 'X' }, C: '12' });
    });
  });

  test('an alias bomb is refused, not expanded', () => {
    const lines = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 0; i < 8; i++) lines.push(`${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(10).fill(`*${String.fromCharCode(97 + i)}`).join(', ')}]`);
    expect(() => parseCfnYaml(lines.join('\n'))).toThrow(YamlSyntaxError);
  });

  const TAGS = ['!Ref', '!GetAtt', '!Sub', '!Join', '!If', '!Select', '!Split', '!FindInMap', '!GetAZs', '!ImportValue',
    '!Base64', '!Cidr', '!Equals', '!And', '!Or', '!Not', '!Condition', '!Unknown', '!Include', '!Rain::Embed', '!!foo'];
  const fragment = fc.oneof(
    fc.constantFrom(...TAGS, ':', '- ', '[', ']', '{', '}', ',', '\n', '  ', '&a ', '*a', "'", '"', '#', '|', '>', 'Resources', 'x'),
    fc.string({ maxLength: 8 }),
  );

  test('never throws anything but YamlSyntaxError, on random and mutated input', () => {
    fc.assert(fc.property(fc.array(fragment, { maxLength: 40 }), parts => {
      try {
        parseCfnYaml(parts.join(''));
      } catch (e) {
        if (!(e instanceof YamlSyntaxError)) throw e;
      }
    }), { numRuns: 500 });
  });

  /** A flow collection of plain scalars, and the same collection on one line. */
  type Flow = string | Flow[] | { [key: string]: Flow };
  const flow: fc.Arbitrary<Flow> = fc.letrec(tie => ({
    value: fc.oneof({ depthSize: 'small', withCrossShrink: true }, fc.constantFrom('a', 'b1', 'x-y', '2.5', '7'), tie('list'), tie('map')),
    list: fc.array(tie('value'), { maxLength: 4 }),
    map: fc.dictionary(fc.constantFrom('k', 'l', 'm', 'n'), tie('value'), { maxKeys: 3 }),
  })).value as fc.Arbitrary<Flow>;

  /** Renders a flow value, breaking the line before an item with the given indentations (0 to 8 spaces). */
  function render(value: Flow, breaks: number[]): string {
    const item = (text: string) => {
      const indent = breaks.length ? breaks.shift()! : -1;
      return indent < 0 ? text : `\n${' '.repeat(indent)}${text}`;
    };
    if (typeof value === 'string') return value;
    if (Array.isArray(value)) return `[${value.map(v => item(render(v, breaks))).join(', ')}${item(']')}`;
    return `{${Object.entries(value).map(([k, v]) => item(`${k}: ${render(v, breaks)}`)).join(', ')}${item('}')}`;
  }

  test('inside a flow collection, where its lines start changes nothing (as in PyYAML)', () => {
    fc.assert(fc.property(
      flow.filter(v => typeof v !== 'string'),
      fc.array(fc.integer({ min: -1, max: 8 }), { maxLength: 30 }),
      fc.constantFrom('', '  ', '    '),
      (value, breaks, parentIndent) => {
        const head = parentIndent === '' ? '' : 'Parent:\n';
        const oneLine = parseCfnYaml(`${head}${parentIndent}Key: ${render(value, [])}\n${parentIndent}Next: 1\n`);
        const broken = parseCfnYaml(`${head}${parentIndent}Key: ${render(value, [...breaks])}\n${parentIndent}Next: 1\n`);
        expect(broken).toEqual(oneLine);
      },
    ), { numRuns: 300 });
  });
});
