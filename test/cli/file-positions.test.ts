import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join, relative } from 'path';
import { cli } from './cli-helpers';
import { readCfnYamlDocument } from '../../src/cli/cfn-yaml';
import { TemplatePositions } from '../../src/cli/file-positions';
import { jsonSource } from '../../src/cli/json-source';
import { readTemplate } from '../../src/cli/load';
import { LineColumn } from '../../src/cli/source-node';
import { yamlSource } from '../../src/cli/yaml-source';
import { lintTemplate } from '../../src/rules/engine';
import { Finding } from '../../src/rules/rule';

function positions(text: string, kind: 'json' | 'yaml'): TemplatePositions {
  if (kind === 'json') return new TemplatePositions(() => jsonSource(text), text);
  return new TemplatePositions(() => yamlSource(readCfnYamlDocument(text).document!, text), text);
}

function finding(resource: string, path: string, line?: number, column?: number): Finding {
  return { rule: 'r', severity: 'error', message: 'm', resource, type: 'T', path, ...(line !== undefined ? { line, column } : {}) };
}

/** What the text holds from the 1-based line and column on (a few characters): the tests say where they expect to land. */
function textAt(text: string, where: { line: number; column: number } | undefined, length = 6): string | undefined {
  if (!where) return undefined;
  const line = text.split('\n')[where.line - 1];
  return line.slice(where.column - 1, where.column - 1 + length);
}

function at(text: string, kind: 'json' | 'yaml', f: Finding, length?: number): [string | undefined, boolean | undefined] {
  const where = positions(text, kind).locate(f);
  return [textAt(text, where, length), where?.inValue];
}

describe('positions in a JSON template', () => {
  const text = [
    '{',
    '  "Resources": {',
    '    "Api": {"Type": "AWS::ApiGatewayV2::Api", "Properties": {"Name": "orders", "Version": 3}},',
    '    "Integ": {',
    '      "Type": "AWS::ApiGatewayV2::Integration",',
    '      "Properties": {',
    '        "RequestParameters": {"append:header.x-id": "$request.header.id", "a": [1, {"b": "x"}]},',
    '        "RequestTemplates": {"$default": "#set($a = \\"q\\")\\n  #if(\\u00e9 $b"},',
    '        "Name": "first", "Name": "kept"',
    '      }',
    '    },',
    '    "Bare": {"Type": "AWS::ApiGatewayV2::Api"}',
    '  }',
    '}',
  ].join('\n');

  test('a property is placed on its value', () => {
    expect(at(text, 'json', finding('Api', 'Name'))).toEqual(['"order', false]);
    expect(at(text, 'json', finding('Api', 'Version'), 2)).toEqual(['3}', false]);
    expect(at(text, 'json', finding('Integ', 'RequestParameters'), 3)).toEqual(['{"a', false]);
  });

  test('keys holding dots and list items are followed', () => {
    expect(at(text, 'json', finding('Integ', 'RequestParameters.append:header.x-id'))).toEqual(['"$requ', false]);
    expect(at(text, 'json', finding('Integ', 'RequestParameters.a[1].b'), 3)).toEqual(['"x"', false]);
  });

  test('a key given twice: the value kept', () => {
    expect(at(text, 'json', finding('Integ', 'Name'))).toEqual(['"kept"', false]);
  });

  test('a property the file does not give: the nearest key; a resource finding: the logical id', () => {
    expect(at(text, 'json', finding('Api', 'Description'), 12)).toEqual(['"Properties"', false]);
    expect(at(text, 'json', finding('Bare', 'Name'))).toEqual(['"Bare"', false]);
    expect(at(text, 'json', finding('Api', ''), 5)).toEqual(['"Api"', false]);
    expect(positions(text, 'json').locate(finding('Missing', 'Name'))).toBeUndefined();
    expect(positions(text, 'json').locate(finding('', ''))).toBeUndefined();
  });

  test('a position inside a string goes through its escapes', () => {
    // The string is `#set($a = "q")` newline `  #if(é $b`: line 1 column 11 is the quote, line 2 column 7 is é.
    expect(at(text, 'json', finding('Integ', 'RequestTemplates.$default', 1, 11), 4)).toEqual(['\\"q\\', true]);
    expect(at(text, 'json', finding('Integ', 'RequestTemplates.$default', 2, 3), 3)).toEqual(['#if', true]);
    expect(at(text, 'json', finding('Integ', 'RequestTemplates.$default', 2, 7), 6)).toEqual(['\\u00e9', true]);
    expect(at(text, 'json', finding('Integ', 'RequestTemplates.$default', 2, 9), 3)).toEqual(['$b"', true]);
  });

  test('a position past the string falls back to its start', () => {
    expect(at(text, 'json', finding('Integ', 'RequestTemplates.$default', 3, 1), 5)).toEqual(['"#set', false]);
    expect(at(text, 'json', finding('Integ', 'RequestTemplates.$default', 1, 99), 5)).toEqual(['"#set', false]);
  });
});

describe('positions in a YAML template', () => {
  const text = [
    'Resources:', //                                              1
    '  Api:', //                                                  2
    '    Type: AWS::ApiGatewayV2::Api', //                        3
    '    Properties:', //                                         4
    '      Name: !Sub "${AWS::StackName}-\\u00e9-api"', //         5
    '      Tags: {team: a, "x.y": !Ref Team}', //                 6
    '      Description: "q\\"\\u00e9 \\U0001F600x"', //          7
    '      Body: &body {openapi: 3.0.1}', //                      8
    '  Integ:', //                                                9
    '    Type: AWS::ApiGatewayV2::Integration', //               10
    '    Properties:', //                                        11
    '      IntegrationUri: !Join [":", [arn, !Ref P]]', //       12
    '      Other: *body', //                                     13
    '      Target: !GetAtt Fn.Arn', //                           14
    '      RequestTemplates:', //                                15
    '        literal: |', //                                     16
    '          #set($a = 1)', //                                 17
    '', //                                                       18
    '            #if($a', //                                     19
    '        folded: >', //                                      20
    '          one', //                                          21
    '          two', //                                          22
    "        single: 'it''s #if('", //                           23
    '        plain: ab$if( b', //                                24
    '        multi: a', //                                       25
    '          b$if( c', //                                      26
    '        quoted: "a', //                                     27
    '          #if( b"', //                                      28
    '        list:', //                                          29
    '          - first', //                                      30
    '          - [x, {y: z}]', //                                31
    '',
  ].join('\n');

  test('a property is placed on its value, through short-form tags and flow style', () => {
    expect(at(text, 'yaml', finding('Api', 'Name'))).toEqual(['"${AWS', false]);
    expect(at(text, 'yaml', finding('Api', 'Tags.team'), 1)).toEqual(['a', false]);
    expect(at(text, 'yaml', finding('Api', 'Tags.x.y'), 8)).toEqual(['Team}', false]);
    expect(at(text, 'yaml', finding('Integ', 'IntegrationUri'), 4)).toEqual(['[":"', false]);
    expect(at(text, 'yaml', finding('Integ', 'IntegrationUri.Fn::Join[1][1]'), 6)).toEqual(['P]]', false]);
    expect(at(text, 'yaml', finding('Integ', 'Target.Fn::GetAtt[1]'), 6)).toEqual(['Fn.Arn', false]);
    expect(at(text, 'yaml', finding('Integ', 'RequestTemplates.list[1][1].y'), 1)).toEqual(['z', false]);
  });

  test('an alias is placed where it is written, the values inside it where its anchor defines them', () => {
    expect(at(text, 'yaml', finding('Integ', 'Other'), 5)).toEqual(['*body', false]);
    expect(at(text, 'yaml', finding('Integ', 'Other.openapi'), 5)).toEqual(['3.0.1', false]);
  });

  test('a missing property: the nearest key', () => {
    expect(at(text, 'yaml', finding('Api', 'Summary'), 10)).toEqual(['Properties', false]);
    expect(at(text, 'yaml', finding('Api', 'Tags.other'), 4)).toEqual(['Tags', false]);
  });

  test('inside a double-quoted string, through its escapes', () => {
    // The string is `q"é 😀x`: column 3 is é, columns 5 and 6 the two code units of 😀, column 7 the x.
    expect(at(text, 'yaml', finding('Api', 'Description', 1, 3))).toEqual(['\\u00e9', true]);
    expect(at(text, 'yaml', finding('Api', 'Description', 1, 5), 2)).toEqual(['\\U', true]);
    expect(at(text, 'yaml', finding('Api', 'Description', 1, 6), 2)).toEqual(['\\U', true]);
    expect(at(text, 'yaml', finding('Api', 'Description', 1, 7), 2)).toEqual(['x"', true]);
  });

  test('a tagged value: positions inside the text under the tag, not inside the value the tag makes', () => {
    // `Name` is { "Fn::Sub": text }: a line and column inside it are not a place in the file.
    expect(at(text, 'yaml', finding('Api', 'Name', 1, 19))).toEqual(['"${AWS', false]);
    // The text under `!Sub` is: `${AWS::StackName}-é-api`, column 19 is é.
    expect(at(text, 'yaml', finding('Api', 'Name.Fn::Sub', 1, 19))).toEqual(['\\u00e9', true]);
  });

  test('inside a literal block scalar: its lines and indentation, blank lines included', () => {
    expect(at(text, 'yaml', finding('Integ', 'RequestTemplates.literal', 1, 1), 4)).toEqual(['#set', true]);
    expect(at(text, 'yaml', finding('Integ', 'RequestTemplates.literal', 3, 3), 4)).toEqual(['#if(', true]);
  });

  test('inside one-line quoted and plain scalars', () => {
    // `it's #if(`: column 6 is the #, after the doubled quote.
    expect(at(text, 'yaml', finding('Integ', 'RequestTemplates.single', 1, 6), 4)).toEqual(['#if(', true]);
    expect(at(text, 'yaml', finding('Integ', 'RequestTemplates.plain', 1, 3), 4)).toEqual(['$if(', true]);
  });

  test('a folded or multi-line plain scalar joins lines: the value start', () => {
    expect(at(text, 'yaml', finding('Integ', 'RequestTemplates.folded', 1, 5), 1)).toEqual(['>', false]);
    expect(at(text, 'yaml', finding('Integ', 'RequestTemplates.multi', 1, 3), 1)).toEqual(['a', false]);
    expect(at(text, 'yaml', finding('Integ', 'RequestTemplates.quoted', 1, 3), 2)).toEqual(['"a', false]);
  });

  test('CRLF line ends', () => {
    const crlf = text.replace(/\n/g, '\r\n');
    expect(at(crlf, 'yaml', finding('Integ', 'RequestTemplates.literal', 3, 3), 4)).toEqual(['#if(', true]);
    expect(at(crlf, 'yaml', finding('Api', 'Tags.x.y'), 5)).toEqual(['Team}', false]);
  });
});

describe('switchyard lint puts real findings on the file line', () => {
  let dir: string;
  beforeAll(() => { dir = mkdtempSync(join(tmpdir(), 'switchyard-positions-')); });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const yaml = [
    'Resources:',
    '  Api:',
    '    Type: AWS::ApiGatewayV2::Api',
    '    Properties: {Name: ws, ProtocolType: WEBSOCKET, RouteSelectionExpression: $request.body.action}',
    '  Integ:',
    '    Type: AWS::ApiGatewayV2::Integration',
    '    Properties:',
    '      ApiId: !Ref Api',
    '      IntegrationType: MOCK',
    '      TemplateSelectionExpression: \\$default',
    '      RequestTemplates:',
    '        $default: |',
    '          #set($x = 1)',
    '          #if($x',
    '          {"statusCode": 200}',
    '',
  ].join('\n');

  test('YAML: a template syntax error inside a block scalar', () => {
    const file = join(dir, 't.yaml');
    writeFileSync(file, yaml);
    const r = cli('lint', '--format', 'json', file);
    const syntax = (JSON.parse(r.stdout) as { findings: Array<Record<string, unknown>> }).findings.find(f => f.rule === 'template-syntax');
    // Line 3 column 1 of the template, the `{` the #if condition cannot hold, is line 15 column 11 of the file.
    expect(syntax).toMatchObject({ resource: 'Integ', path: 'RequestTemplates.$default', line: 3, column: 1, fileLine: 15, fileColumn: 11 });
    expect(cli('lint', file).stdout).toContain(`${file}:15:11: error template-syntax Integ (AWS::ApiGatewayV2::Integration) RequestTemplates.$default: `);
  });

  test('JSON: the same template, the same character', () => {
    const file = join(dir, 't.json');
    const template = readCfnYamlDocument(yaml).value as { Resources: { Api: { Properties: Record<string, unknown> } } };
    const json = JSON.stringify(template, null, 2);
    writeFileSync(file, json);
    const r = cli('lint', '--format', 'json', file);
    const syntax = (JSON.parse(r.stdout) as { findings: Array<{ rule: string; fileLine: number; fileColumn: number }> }).findings.find(f => f.rule === 'template-syntax')!;
    expect(textAt(json, { line: syntax.fileLine, column: syntax.fileColumn }, 3)).toBe('{\\"');
  });
});

describe('every finding of the real-world corpus is placed inside its resource', () => {
  const corpus = join(__dirname, '..', 'corpus');
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(json|ya?ml)$/.test(name) && dir !== corpus) files.push(path);
    }
  };
  walk(corpus);

  const before = (a: LineColumn, b: LineColumn) => a.line < b.line || (a.line === b.line && a.column <= b.column);

  test.each(files.map(f => [relative(corpus, f), f]))('%s', (_, file) => {
    const { template, positions: where } = readTemplate(file);
    const findings = lintTemplate(template, { file }).filter(f => f.resource);
    // Where each resource starts (its logical id), in the order of the file.
    const starts = Object.keys((template as { Resources: object }).Resources)
      .map(id => ({ id, at: where.locate(finding(id, ''))! }))
      .sort((a, b) => (before(a.at, b.at) ? -1 : 1));
    for (const f of findings) {
      const placed = where.locate(f);
      expect(placed).toBeDefined();
      const i = starts.findIndex(s => s.id === f.resource);
      expect(before(starts[i].at, placed!)).toBe(true);
      if (i + 1 < starts.length) expect(before(placed!, starts[i + 1].at)).toBe(true);
    }
  });
});

describe('hostile shapes stay cheap and never crash the placing', () => {
  test('a key of 100,000 dots and a list nested 100,000 deep', () => {
    const dots = '.'.repeat(100_000);
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    const text = `{"Resources": {"A": {"Type": "T", "Properties": {"M": {"${dots}": 1}, "L": ${deep}, "N": "x"}}}}`;
    const where = positions(text, 'json');
    const start = Date.now();
    // The key of dots is found whole (the last step of a path is always tried); a key missing below it gives its key.
    expect(textAt(text, where.locate(finding('A', `M.${dots}`)), 2)).toBe('1}');
    expect(textAt(text, where.locate(finding('A', `M.${dots}.z`)), 4)).toBe('"...');
    expect(textAt(text, where.locate(finding('A', `M.a${dots}b`)), 3)).toBe('"M"');
    expect(textAt(text, where.locate(finding('A', `L${'[0]'.repeat(100)}`)), 3)).toBe('[[[');
    // Skipping the deep list to reach the key after it.
    expect(textAt(text, where.locate(finding('A', 'N', 1, 1)), 2)).toBe('x"');
    // A fraction of a second on a quiet machine; a quadratic walk would take minutes. Loose for a shared CI machine.
    expect(Date.now() - start).toBeLessThan(10_000);
  });
});
