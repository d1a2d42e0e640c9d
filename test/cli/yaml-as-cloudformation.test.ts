import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { cli } from './cli-helpers';

interface JsonFinding {
  rule: string;
  severity: string;
  message: string;
  resource: string;
  type: string;
  path: string;
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'switchyard-yaml-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let count = 0;
function file(text: string): string {
  const path = join(dir, `t${count++}.yaml`);
  writeFileSync(path, text);
  return path;
}

function lint(text: string, ...options: string[]): { code: number; findings: JsonFinding[] } {
  const r = cli('lint', '--format', 'json', ...options, file(text));
  expect(r.stderr).toBe('');
  return { code: r.code, findings: (JSON.parse(r.stdout) as { findings: JsonFinding[] }).findings };
}

const API = [
  'Resources:',
  '  Api:',
  '    Type: AWS::ApiGatewayV2::Api',
  '    Properties: { Name: api, ProtocolType: HTTP }',
];

function integration(version: string): string {
  return [
    ...API,
    '  Integration:',
    '    Type: AWS::ApiGatewayV2::Integration',
    '    Properties:',
    '      ApiId: !Ref Api',
    '      IntegrationType: AWS_PROXY',
    '      IntegrationUri: !GetAtt Fn.Arn',
    `      PayloadFormatVersion: ${version}`,
    '      TimeoutInMillis: 29000',
    '',
  ].join('\n');
}

describe('duplicate keys: the last wins, one yaml-duplicate-key warning per key', () => {
  const template = [
    ...API,
    '  Route:',
    '    Type: AWS::ApiGatewayV2::Route',
    '    Properties:',
    '      ApiId: !Ref Api',
    '      RouteKey: GET /items',
    '      Target: integrations/abc',
    '      RouteKey: POST /items',
    '      RouteKey: ANY /items',
    '  Api:',
    '    Type: AWS::ApiGatewayV2::Api',
    '    Properties: { Name: "", ProtocolType: HTTP }',
    '',
  ].join('\n');

  test('parsed, reported with the resource, the property path and the lines, never exit 2', () => {
    const { code, findings } = lint(template);
    const duplicates = findings.filter(f => f.rule === 'yaml-duplicate-key');
    expect(duplicates).toEqual([
      expect.objectContaining({ severity: 'warning', resource: 'Api', type: 'AWS::ApiGatewayV2::Api', path: 'Resources.Api' }),
      expect.objectContaining({ severity: 'warning', resource: 'Route', type: 'AWS::ApiGatewayV2::Route', path: 'RouteKey' }),
    ]);
    expect(duplicates[0].message).toMatch(/"Api".*line 13 \(given before at line 2\)/);
    expect(duplicates[1].message).toMatch(/"RouteKey" is given 3 times.*line 12 \(given before at lines 9, 11\)/);
    // The last Api (empty name) is the one checked: proof that the last value won.
    expect(findings.filter(f => f.rule === 'api-name-length').map(f => f.resource)).toEqual(['Api']);
    expect(code).toBe(1);
  });

  test('a warning: exit 0 alone, 1 with --warnings-as-errors; --ignore drops it', () => {
    const text = [...API, '    Properties: { Name: api2, ProtocolType: HTTP }', ''].join('\n');
    expect(lint(text).code).toBe(0);
    expect(lint(text).findings.map(f => [f.rule, f.path])).toEqual([['yaml-duplicate-key', 'Resources.Api.Properties']]);
    expect(lint(text, '--warnings-as-errors').code).toBe(1);
    expect(lint(text, '--ignore', 'yaml-duplicate-key').findings).toEqual([]);
  });

  test('in text and SARIF reports too', () => {
    const text = [...API, '    Type: AWS::ApiGatewayV2::Api', ''].join('\n');
    const path = file(text);
    const plain = cli('lint', path);
    // Placed on the value CloudFormation keeps: the second `Type`, line 5.
    expect(plain.stdout).toContain(`${path}:5:11: warning yaml-duplicate-key Api (AWS::ApiGatewayV2::Api) Resources.Api.Type: key "Type"`);
    const sarif = JSON.parse(cli('lint', '--format', 'sarif', path).stdout) as { runs: Array<{ results: Array<{ ruleId: string; level: string }> }> };
    expect(sarif.runs[0].results).toEqual([expect.objectContaining({ ruleId: 'yaml-duplicate-key', level: 'warning' })]);
  });

  test('outside Resources: the template path', () => {
    const { findings } = lint(['Outputs:', '  Url:', '    Value: a', '    Value: b', ...API, ''].join('\n'));
    expect(findings).toEqual([expect.objectContaining({ rule: 'yaml-duplicate-key', resource: '', type: '', path: 'Outputs.Url.Value' })]);
  });

  test('the same key in two mappings is no duplicate', () => {
    const text = [...API, '  Api2:', '    Type: AWS::ApiGatewayV2::Api', '    Properties: { Name: api, ProtocolType: HTTP }', ''].join('\n');
    expect(lint(text).findings).toEqual([]);
  });
});

describe('numbers where CloudFormation expects text', () => {
  // CloudFormation reads a YAML float as a double and gives a text property Java's text of it: "2.0" for 2.00.
  test.each(['2.0', '1.0', "'2.0'", '"1.0"', '2.00'])('PayloadFormatVersion: %s lints clean', version => {
    expect(lint(integration(version))).toEqual({ code: 0, findings: [] });
  });

  test.each([['3.0', '"3.0"'], ['1.5', '"1.5"'], ['1.10', '"1.1"'], ['3', 'the number 3']])('PayloadFormatVersion: %s is still an error', (version, shown) => {
    const { findings } = lint(integration(version));
    expect(findings).toEqual([expect.objectContaining({ rule: 'integration-payload-format-version', path: 'PayloadFormatVersion' })]);
    expect(findings[0].message).toContain(`PayloadFormatVersion is ${shown}`);
  });

  test('floats in a model schema are still numbers to the schema check', () => {
    const ws = ['Resources:', '  Api:', '    Type: AWS::ApiGatewayV2::Api', '    Properties: { Name: ws, ProtocolType: WEBSOCKET, RouteSelectionExpression: $request.body.action }',
      '  Model:', '    Type: AWS::ApiGatewayV2::Model', '    Properties:', '      ApiId: !Ref Api', '      Name: Price', '      ContentType: application/json',
      '      Schema:', '        type: object', '        properties:', '          price: { type: number, minimum: 0.5, maximum: 99.5, multipleOf: 0.5 }', ''].join('\n');
    expect(lint(ws)).toEqual({ code: 0, findings: [] });
    expect(lint(ws.replace('multipleOf: 0.5', 'multipleOf: -0.5')).findings.map(f => f.rule)).toEqual(['model-schema']);
  });

  test('an Integer property written as a float is still checked as a number', () => {
    const text = integration('2.0').replace('TimeoutInMillis: 29000', 'TimeoutInMillis: 30001.0');
    expect(lint(text).findings.map(f => f.rule)).toEqual(['integration-timeout']);
    expect(lint(text.replace('30001.0', '29000.0')).findings).toEqual([]);
  });
});

describe('an OpenAPI body in YAML', () => {
  test('payloadFormatVersion: 1.0 and the $default route as SAM writes them lint clean', () => {
    const text = [
      'Resources:',
      '  Api:',
      '    Type: AWS::ApiGatewayV2::Api',
      '    Properties:',
      '      Body:',
      "        openapi: '3.0.1'",
      '        info: { title: !Ref AWS::StackName, version: 1.0 }',
      '        paths:',
      '          $default:',
      '            x-amazon-apigateway-any-method:',
      '              isDefaultRoute: true',
      '              x-amazon-apigateway-integration:',
      '                type: http_proxy',
      '                httpMethod: ANY',
      '                uri: https://example.com',
      '                payloadFormatVersion: 1.0',
      '',
    ].join('\n');
    expect(lint(text)).toEqual({ code: 0, findings: [] });
    expect(lint(text.replace('payloadFormatVersion: 1.0', 'payloadFormatVersion: 2.0')).findings.map(f => f.rule)).toEqual(['api-openapi-document']);
  });
});

describe('tags the linter does not know: the value is unknown', () => {
  test.each(['!Include route-key.txt', '!Rain::Embed route-key.txt', '!Custom [a, b]', '!Macro { Key: x }'])('RouteKey: %s', tagged => {
    const route = [...API, '  Route:', '    Type: AWS::ApiGatewayV2::Route', '    Properties:', '      ApiId: !Ref Api', '      RouteKey: VALUE', ''].join('\n');
    expect(lint(route.replace('VALUE', 'not-a-route-key')).findings.map(f => f.rule)).toEqual(['http-route-key']);
    expect(lint(route.replace('VALUE', tagged))).toEqual({ code: 0, findings: [] });
  });

  test('an alias of a tagged value is unknown too', () => {
    const route = [...API, '  Route:', '    Type: AWS::ApiGatewayV2::Route', '    Metadata: { Key: &key !MyMacro::Value not-a-route-key }',
      '    Properties:', '      ApiId: !Ref Api', '      RouteKey: *key', ''].join('\n');
    expect(lint(route)).toEqual({ code: 0, findings: [] });
  });

  test('Properties: !Include is no finding (the resource is unknown)', () => {
    expect(lint([...API.slice(0, 3), '    Properties: !Include api.yaml', ''].join('\n'))).toEqual({ code: 0, findings: [] });
  });

  test('Body: !Include on an HTTP API is no finding', () => {
    expect(lint([...API, '      Body: !Include openapi.yaml', ''].join('\n').replace('    Properties: { Name: api, ProtocolType: HTTP }\n', '    Properties:\n      Name: api\n      ProtocolType: HTTP\n'))).toEqual({ code: 0, findings: [] });
  });
});

describe('flow collections closed at the parent key\'s column', () => {
  test('a CORS configuration in that style lints like its block form', () => {
    const text = [
      'Resources:',
      '  Api:',
      '    Type: AWS::ApiGatewayV2::Api',
      '    Properties: {',
      '    Name: api,',
      '    ProtocolType: HTTP,',
      '    CorsConfiguration: {',
      '      AllowOrigins: [',
      '      "*"',
      '      ],',
      '      AllowCredentials: true',
      '    }',
      '    }',
      '',
    ].join('\n');
    const { findings } = lint(text);
    expect(findings.map(f => [f.rule, f.path])).toEqual([['cors-credentials-wildcard', 'CorsConfiguration.AllowCredentials']]);
  });
});

describe('a document nested deeper than the YAML reader can follow', () => {
  test('is one clear line and exit 2, not a stack overflow reported as a syntax error', () => {
    const r = cli('lint', file(`A: ${'['.repeat(200_000)}${']'.repeat(200_000)}\n`));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^switchyard: [^\n]*: invalid YAML at line 1, column \d+: collections are nested too deeply to read[^\n]*\n$/);
  });
});
