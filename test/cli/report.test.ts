import { artifactUri, formatJson, formatText, summarize, textLine } from '../../src/cli/report';
import { Finding } from '../../src/rules/rule';

const route: Finding = {
  rule: 'some-rule',
  severity: 'warning',
  message: 'what is wrong',
  file: 't.yaml',
  resource: 'Route',
  type: 'AWS::ApiGatewayV2::Route',
  path: 'RequestParameters.append:header.x-id',
  line: 1,
  column: 8,
};

describe('report formatters', () => {
  test('text line: position after the path', () => {
    expect(textLine(route)).toBe('t.yaml: warning some-rule Route (AWS::ApiGatewayV2::Route) RequestParameters.append:header.x-id:1:8: what is wrong');
    expect(textLine({ ...route, line: undefined, column: undefined })).toBe('t.yaml: warning some-rule Route (AWS::ApiGatewayV2::Route) RequestParameters.append:header.x-id: what is wrong');
  });

  test('summary counts and plurals', () => {
    const findings = [route, { ...route, severity: 'error' }, { ...route, severity: 'error' }];
    const summary = summarize(findings, 1, 1);
    expect(summary).toEqual({ errors: 2, warnings: 1, files: 1, resources: 1 });
    expect(formatText(findings, summary).split('\n').slice(-2)).toEqual(['2 errors, 1 warning (1 file, 1 resource checked)', '']);
  });

  test('json: line and column kept; null when absent', () => {
    const report = JSON.parse(formatJson([route, { ...route, line: undefined, column: undefined }], summarize([route], 1, 1)));
    expect(report.findings.map((f: { line: unknown; column: unknown }) => [f.line, f.column])).toEqual([[1, 8], [null, null]]);
  });

  test('artifact uris', () => {
    expect(artifactUri('cdk.out/My Stack.template.json')).toBe('cdk.out/My%20Stack.template.json');
    expect(artifactUri('/tmp/a%b.json')).toBe('file:///tmp/a%25b.json');
  });
});
