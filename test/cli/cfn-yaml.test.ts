import * as fc from 'fast-check';
import { parseCfnYaml, YamlSyntaxError } from '../../src/cli/cfn-yaml';

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
    expect(() => parseCfnYaml('a: 1\na: 2\n')).toThrow(YamlSyntaxError);
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

  test('an alias bomb is refused, not expanded', () => {
    const lines = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 0; i < 8; i++) lines.push(`${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(10).fill(`*${String.fromCharCode(97 + i)}`).join(', ')}]`);
    expect(() => parseCfnYaml(lines.join('\n'))).toThrow(YamlSyntaxError);
  });

  const TAGS = ['!Ref', '!GetAtt', '!Sub', '!Join', '!If', '!Select', '!Split', '!FindInMap', '!GetAZs', '!ImportValue',
    '!Base64', '!Cidr', '!Equals', '!And', '!Or', '!Not', '!Condition', '!Unknown'];
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
});
