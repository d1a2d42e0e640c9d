import { MAX_ALTERNATIVES, ValueResolver } from '../../src/model/intrinsics';
import { arnFields, describePieces, probes } from '../../src/model/partial-string';
import { apiProtocolType } from '../../src/rules/api/api-protocol-type';
import { lintTemplate } from '../../src/rules/engine';

const resolver = (sections: Record<string, unknown> = {}, region?: string) => new ValueResolver({ Resources: {}, ...sections }, { region });
const strings = (r: ValueResolver, value: unknown) => r.strings(value).map(s => `${s.value}${s.when}`);
const shapes = (r: ValueResolver, value: unknown) => r.shapes(value).map(s => describePieces(s.value));

describe('values through intrinsics', () => {
  test('a literal is itself; an unknown value has no known string', () => {
    const r = resolver();
    expect(strings(r, 'HTTP')).toEqual(['HTTP']);
    expect(strings(r, { Ref: 'Nowhere' })).toEqual([]);
    expect(strings(r, '${Token[TOKEN.1]}')).toEqual([]);
    expect(strings(r, { 'Fn::Base64': 'x' })).toEqual([]);
    expect(r.numbers('30000').map(n => n.value)).toEqual([30000]);
  });

  test('Fn::Sub keeps its literal text and pseudo parameters become typed holes', () => {
    const r = resolver();
    const arn = { 'Fn::Sub': 'arn:${AWS::Partition}:firehose:${AWS::Region}:${AWS::AccountId}:deliverystream/x' };
    expect(shapes(r, arn)).toEqual(['arn:${partition}:firehose:${region}:${account}:deliverystream/x']);
    expect(arnFields(r.shapes(arn)[0].value)?.[2]).toBe('firehose');
    expect(strings(r, { 'Fn::Sub': 'a-${!Literal}-b' })).toEqual(['a-${Literal}-b']);
    expect(strings(r, { 'Fn::Sub': ['${A}-${B}', { A: 'x', B: { 'Fn::Sub': 'y' } }] })).toEqual(['x-y']);
  });

  test('the region, when given, is literal and says the partition', () => {
    const r = resolver({}, 'cn-north-1');
    expect(strings(r, { 'Fn::Sub': 'arn:${AWS::Partition}:acm:${AWS::Region}' })).toEqual(['arn:aws-cn:acm:cn-north-1']);
    expect(strings(r, { Ref: 'AWS::URLSuffix' })).toEqual(['amazonaws.com.cn']);
  });

  test('Fn::Join joins literal parts, and an unknown list is unknown', () => {
    const r = resolver();
    expect(strings(r, { 'Fn::Join': ['', ['integrations/', 'abc']] })).toEqual(['integrations/abc']);
    expect(shapes(r, { 'Fn::Join': [':', ['arn', { Ref: 'AWS::Partition' }, 'lambda']] })).toEqual(['arn:${partition}:lambda']);
    expect(strings(r, { 'Fn::Join': [',', { 'Fn::Split': [',', 'a,b'] }] })).toEqual([]);
  });

  test('a dynamic reference in the text of Fn::Sub or Fn::Join, also one split over parts, is unknown', () => {
    const r = resolver();
    expect(r.resolve({ 'Fn::Sub': '{{resolve:ssm:/proto}}' })).toEqual([{ value: { kind: 'unknown' }, when: [] }]);
    expect(strings(r, { 'Fn::Sub': 'x-{{resolve:ssm:/proto}}' })).toEqual([]);
    expect(strings(r, { 'Fn::Join': ['', ['{{', 'resolve:ssm:/x}}']] })).toEqual([]);
    expect(shapes(r, { 'Fn::Sub': 'arn:${AWS::Partition}:{{resolve:ssm:/x}}' })).toEqual([]);
    const api = (protocol: unknown) => ({ Resources: { Api: { Type: 'AWS::ApiGatewayV2::Api', Properties: { Name: 'a', ProtocolType: protocol } } } });
    expect(lintTemplate(api({ 'Fn::Sub': '{{resolve:ssm:/proto}}' }), { rules: [apiProtocolType] })).toEqual([]);
    // Text that only looks like one half of a reference stays known.
    expect(strings(r, { 'Fn::Join': ['', ['{{', 'x}}']] })).toEqual(['{{x}}']);
  });

  test('Fn::If gives both branches, each naming the condition, and a known condition picks its branch', () => {
    const conditions = { IsProd: { 'Fn::Equals': [{ Ref: 'Env' }, 'prod'] }, InUsEast1: { 'Fn::Equals': [{ Ref: 'AWS::Region' }, 'us-east-1'] } };
    const r = resolver({ Conditions: conditions });
    expect(strings(r, { 'Fn::If': ['IsProd', 'a', 'b'] })).toEqual(['a (when condition IsProd is true)', 'b (when condition IsProd is false)']);
    expect(strings(resolver({ Conditions: conditions }, 'us-east-1'), { 'Fn::If': ['InUsEast1', 'a', 'b'] })).toEqual(['a']);
    // The same condition twice: only the combinations that agree.
    const twice = { 'Fn::Join': ['-', [{ 'Fn::If': ['IsProd', 'a', 'b'] }, { 'Fn::If': ['IsProd', 'c', 'd'] }]] };
    expect(r.strings(twice).map(s => s.value)).toEqual(['a-c', 'b-d']);
  });

  test('a parameter is each of its allowed values; with none, anything (its default may be overridden when the stack is deployed)', () => {
    const r = resolver({
      Parameters: {
        Type: { Type: 'String', AllowedValues: ['HTTP', 'WEBSOCKET'], Default: 'HTTP' },
        Timeout: { Type: 'Number', Default: 30000 },
        FromSsm: { Type: 'AWS::SSM::Parameter::Value<String>', Default: '/my/param' },
        Free: { Type: 'String' },
      },
    });
    expect(strings(r, { Ref: 'Type' })).toEqual(['HTTP (when parameter Type is "HTTP")', 'WEBSOCKET (when parameter Type is "WEBSOCKET")']);
    expect(r.numbers({ Ref: 'Timeout' }).map(n => n.value)).toEqual([]);
    expect(strings(r, { Ref: 'FromSsm' })).toEqual([]);
    expect(strings(r, { Ref: 'Free' })).toEqual([]);
    expect(strings(r, { 'Fn::Sub': '${Type}-${Type}' }).map(s => s.split(' ')[0])).toEqual(['HTTP-HTTP', 'WEBSOCKET-WEBSOCKET']);
  });

  test('Fn::FindInMap: the named entry, or each entry under the key it assumes', () => {
    const Mappings = { Regions: { 'us-east-1': { Cert: 'arn-a' }, 'eu-west-1': { Cert: 'arn-b' } } };
    const lookup = { 'Fn::FindInMap': ['Regions', { Ref: 'AWS::Region' }, 'Cert'] };
    expect(strings(resolver({ Mappings }), lookup)).toEqual(['arn-a (when AWS::Region is "us-east-1")', 'arn-b (when AWS::Region is "eu-west-1")']);
    expect(strings(resolver({ Mappings }, 'eu-west-1'), lookup)).toEqual(['arn-b']);
    expect(strings(resolver({ Mappings }), { 'Fn::FindInMap': ['Missing', 'a', 'b'] })).toEqual([]);
  });

  test('Fn::Select over a literal list; an unknown index is unknown', () => {
    const r = resolver();
    expect(strings(r, { 'Fn::Select': [1, ['a', 'b']] })).toEqual(['b']);
    expect(strings(r, { 'Fn::Select': ['0', ['a', 'b']] })).toEqual(['a']);
    expect(strings(r, { 'Fn::Select': [{ Ref: 'I' }, ['a', 'b']] })).toEqual([]);
    expect(strings(r, { 'Fn::Select': [5, ['a']] })).toEqual([]);
  });

  test('Ref and Fn::GetAtt of resources whose ARN has a known form', () => {
    const r = resolver({
      Resources: {
        Fn: { Type: 'AWS::Lambda::Function', Properties: {} },
        Named: { Type: 'AWS::Lambda::Function', Properties: { FunctionName: 'orders' } },
        Cert: { Type: 'AWS::CertificateManager::Certificate', Properties: {} },
        Bucket: { Type: 'AWS::S3::Bucket' },
      },
    });
    expect(shapes(r, { 'Fn::GetAtt': ['Fn', 'Arn'] })).toEqual(['arn:${partition}:lambda:${region}:${account}:function:${name}']);
    expect(shapes(r, { 'Fn::GetAtt': 'Named.Arn' })).toEqual(['arn:${partition}:lambda:${region}:${account}:function:orders']);
    expect(shapes(r, { Ref: 'Cert' })).toEqual(['arn:${partition}:acm:${region}:${account}:certificate/${name}']);
    expect(shapes(r, { 'Fn::Sub': '${Fn.Arn}' })).toEqual(['arn:${partition}:lambda:${region}:${account}:function:${name}']);
    expect(shapes(r, { 'Fn::GetAtt': ['Bucket', 'Arn'] })).toEqual([]);
  });

  test('bounded: past the cap of alternatives, or nested too deep, the value is unknown', () => {
    const values = Array.from({ length: 9 }, (_, i) => `v${i}`);
    const r = resolver({ Parameters: { A: { AllowedValues: values }, B: { AllowedValues: values } } });
    expect(r.strings({ 'Fn::Sub': '${A}' })).toHaveLength(9);
    expect(9 * 9).toBeGreaterThan(MAX_ALTERNATIVES);
    expect(r.strings({ 'Fn::Sub': '${A}${B}' })).toEqual([]);
    let deep: unknown = 'x';
    for (let i = 0; i < 10_000; i++) deep = { 'Fn::Join': ['', [deep]] };
    expect(r.strings(deep)).toEqual([]);
  });

  test('bounded: linear in the number of parts, assumptions and mapping keys', () => {
    const started = Date.now();
    const join = { 'Fn::Join': ['', Array.from({ length: 100_000 }, (_, i) => (i % 2 ? 'a' : { Ref: 'AWS::AccountId' }))] };
    expect(resolver().shapes(join)).toHaveLength(1);
    const parameters = Object.fromEntries(Array.from({ length: 20_000 }, (_, i) => [`P${i}`, { AllowedValues: ['x'] }]));
    const sub = { 'Fn::Sub': Array.from({ length: 20_000 }, (_, i) => `\${P${i}}`).join('-') };
    expect(resolver({ Parameters: parameters }).strings(sub)).toEqual([]);
    const keys = Object.fromEntries(Array.from({ length: 20_000 }, (_, i) => [`k${i}`, { V: 'x' }]));
    expect(resolver({ Mappings: { M: keys } }).strings({ 'Fn::FindInMap': ['M', { Ref: 'Key' }, 'V'] })).toEqual([]);
    // Quadratic work would take hours here; linear work takes well under a second on a quiet machine.
    expect(Date.now() - started).toBeLessThan(30_000);
  }, 60_000);

  test("a resource's Condition holds for its own values: a branch of Fn::If that contradicts it is never deployed", () => {
    const timeout = () => ({ 'Fn::If': ['IsProd', 10000, 60000] });
    const [own, notOwn, unconditioned, shared] = [timeout(), { 'Fn::If': ['IsDev', 1, 2] }, timeout(), timeout()];
    const integration = (condition: string | undefined, t: unknown) => ({ Type: 'AWS::ApiGatewayV2::Integration', Condition: condition, Properties: { T: t } });
    const r = resolver({
      Conditions: { IsProd: { 'Fn::Equals': [{ Ref: 'Env' }, 'prod'] }, IsDev: { 'Fn::Not': [{ Condition: 'IsProd' }] } },
      Resources: {
        Prod: integration('IsProd', [own, notOwn]),
        Any: integration(undefined, unconditioned),
        // One node in two resources of different conditions (a YAML alias): neither condition is certain.
        A: integration('IsProd', { X: shared }),
        B: integration('IsDev', [shared]),
      },
    });
    const numbers = (value: unknown) => r.numbers(value).map(n => `${n.value}${n.when}`);
    expect(numbers(own)).toEqual(['10000']);
    expect(numbers(notOwn)).toEqual(['2']);
    expect(numbers(unconditioned)).toEqual(['10000 (when condition IsProd is true)', '60000 (when condition IsProd is false)']);
    expect(numbers(shared)).toEqual(['10000 (when condition IsProd is true)', '60000 (when condition IsProd is false)']);
  });

  test('probes stand in for typed holes only', () => {
    expect(probes(['arn:', { hole: 'partition' }, ':x'])).toEqual(['arn:aws:x', 'arn:aws-us-gov:x']);
    expect(probes(['arn:', { hole: 'any' }])).toBeUndefined();
    expect(arnFields(['arn:', { hole: 'partition' }, ':lambda:', { hole: 'any' }, ':x'])).toEqual(['arn', undefined, 'lambda', undefined]);
  });
});

describe('a finding through an intrinsic says when the value is taken', () => {
  test('the branch of Fn::If names its condition, the other branch gives nothing', () => {
    const findings = lintTemplate({
      Conditions: { IsProd: { 'Fn::Equals': [{ Ref: 'Env' }, 'prod'] } },
      Resources: { Api: { Type: 'AWS::ApiGatewayV2::Api', Properties: { Name: 'a', ProtocolType: { 'Fn::If': ['IsProd', 'HTTP', 'REST'] } } } },
    }, { rules: [apiProtocolType] });
    expect(findings.map(f => [f.rule, f.resource, f.path])).toEqual([['api-protocol-type', 'Api', 'ProtocolType']]);
    expect(findings[0].message).toContain('"REST" (when condition IsProd is false)');
  });
});
