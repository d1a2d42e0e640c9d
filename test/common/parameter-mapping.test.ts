import { App, Lazy, Stack, Token } from 'aws-cdk-lib';
import { CfnApi, CfnIntegration } from 'aws-cdk-lib/aws-apigatewayv2';
import * as fc from 'fast-check';
import { expectRuleError } from './expect-rule-error';
import { SwitchyardError } from '../../src/common/errors';
import { MappingValue } from '../../src/common/mapping-value';
import { HttpResponseParameters, ParameterMapping, ResponseParameterMapping } from '../../src/common/parameter-mapping';
import { buildModel } from '../../src/model/build-model';
import { runRules } from '../../src/rules/engine';
import { EXPRESSION_RULES } from '../../src/rules/expressions';
import { httpRequest, httpResponse, integration } from '../rules/expr-fixtures';

function thrownBy(fn: () => unknown): string | undefined {
  try {
    fn();
    return undefined;
  } catch (e) {
    if (!(e instanceof SwitchyardError)) throw e;
    return e.ruleId;
  }
}

function errorsOf(resources: Record<string, unknown>): string[] {
  return runRules(buildModel({ Resources: resources }), { rules: EXPRESSION_RULES }).filter(f => f.severity === 'error').map(f => f.rule);
}

/** The CloudFormation value `toCloudFormation` resolves to. */
function resolved(parameters: HttpResponseParameters): unknown {
  return new Stack().resolve(parameters.toCloudFormation());
}

const lazy = (s: string) => Lazy.string({ produce: () => s });
const ctx = MappingValue.contextVariable('requestId');

describe('ParameterMapping factories', () => {
  test.each([
    ['appendHeader', () => new ParameterMapping().appendHeader('x-request-id', ctx), { 'append:header.x-request-id': '$context.requestId' }],
    ['overwriteHeader', () => new ParameterMapping().overwriteHeader('x-user', MappingValue.requestHeader('x-id')), { 'overwrite:header.x-user': '$request.header.x-id' }],
    ['removeHeader', () => new ParameterMapping().removeHeader('x-old'), { 'remove:header.x-old': '\'\'' }],
    ['appendQueryString', () => new ParameterMapping().appendQueryString('source', MappingValue.staticValue('api')), { 'append:querystring.source': 'api' }],
    ['overwriteQueryString', () => new ParameterMapping().overwriteQueryString('page', MappingValue.requestQueryString('p')), { 'overwrite:querystring.page': '$request.querystring.p' }],
    ['removeQueryString', () => new ParameterMapping().removeQueryString('debug'), { 'remove:querystring.debug': '\'\'' }],
    ['overwritePath', () => new ParameterMapping().overwritePath(MappingValue.requestPathParam('proxy')), { 'overwrite:path': '$request.path.proxy' }],
    ['custom', () => new ParameterMapping().custom('append:header.header1', '$context.requestId'), { 'append:header.header1': '$context.requestId' }],
    ['custom remove with the seed placeholder', () => new ParameterMapping().custom('remove:header.header1', '\'\''), { 'remove:header.header1': '\'\'' }],
    ['custom remove with an empty value, as aws-cdk-lib writes it', () => new ParameterMapping().custom('remove:header.h', ''), { 'remove:header.h': '' }],
  ])('%s', (_name, make, expected) => {
    expect(make().mappings).toEqual(expected);
  });

  test('combine merges mappings in order', () => {
    const m = ParameterMapping.combine(new ParameterMapping().appendHeader('a', ctx), new ParameterMapping().removeHeader('b'), new ParameterMapping().overwritePath(MappingValue.requestPath()));
    expect(m.mappings).toEqual({ 'append:header.a': '$context.requestId', 'remove:header.b': '\'\'', 'overwrite:path': '$request.path' });
  });

  test('a chain, as aws-cdk-lib code writes it, adds every mapping and returns the same mapping', () => {
    const m = new ParameterMapping();
    const chained = m.appendHeader('a', ctx).removeQueryString('q').overwritePath(MappingValue.requestPath());
    expect(chained).toBe(m);
    expect(m.mappings).toEqual({ 'append:header.a': '$context.requestId', 'remove:querystring.q': '\'\'', 'overwrite:path': '$request.path' });
  });

  test('a key set twice in a chain keeps the last value, as in aws-cdk-lib', () => {
    const m = new ParameterMapping().overwriteHeader('a', ctx).overwriteHeader('a', MappingValue.requestPath());
    expect(m.mappings).toEqual({ 'overwrite:header.a': '$request.path' });
  });

  test('a chain stops at the first bad mapping, with its rule id', () => {
    expectRuleError(() => new ParameterMapping().appendHeader('a', ctx).appendHeader('Authorization', ctx), 'http-mapping-reserved-header');
  });

  test('fromObject takes key-to-value objects and checks each key', () => {
    expect(ParameterMapping.fromObject({ 'append:header.a': ctx, 'overwrite:path': MappingValue.requestPath() }).mappings)
      .toEqual({ 'append:header.a': '$context.requestId', 'overwrite:path': '$request.path' });
    expectRuleError(() => ParameterMapping.fromObject({ 'append:path': ctx }), 'http-mapping-request-key');
    expectRuleError(() => ParameterMapping.fromObject({ 'append:header.x': MappingValue.responseHeader('y') }), 'http-mapping-request-value');
  });
});

describe('ParameterMapping errors', () => {
  test.each([
    ['reserved header', () => new ParameterMapping().appendHeader('Authorization', ctx), 'http-mapping-reserved-header'],
    ['reserved header in another case', () => new ParameterMapping().overwriteHeader('x-FORWARDED-for', ctx), 'http-mapping-reserved-header'],
    ['reserved header family', () => new ParameterMapping().removeHeader('x-amzn-trace-id'), 'http-mapping-reserved-header'],
    ['reserved access-control-*', () => new ParameterMapping().appendHeader('Access-Control-Allow-Origin', MappingValue.staticValue('*')), 'http-mapping-reserved-header'],
    ['reserved header through custom', () => new ParameterMapping().custom('append:header.apigw-x', 'v'), 'http-mapping-reserved-header'],
    ['empty header name', () => new ParameterMapping().appendHeader('', ctx), 'http-mapping-request-key'],
    ['header name with white space', () => new ParameterMapping().appendHeader('a b', ctx), 'http-mapping-request-key'],
    ['custom unknown action', () => new ParameterMapping().custom('badaction:header.x', 'v'), 'http-mapping-request-key'],
    ['custom append:path', () => new ParameterMapping().custom('append:path', 'v'), 'http-mapping-request-key'],
    ['custom WebSocket key', () => new ParameterMapping().custom('integration.request.header.x', 'v'), 'http-mapping-request-key'],
    ['custom response key', () => new ParameterMapping().custom('overwrite:statuscode', '200'), 'http-mapping-request-key'],
    ['response value in a request', () => new ParameterMapping().appendHeader('x', MappingValue.responseHeader('y')), 'http-mapping-request-value'],
    ['custom JSON value', () => new ParameterMapping().custom('append:header.x', '{"a":1}'), 'http-mapping-request-value'],
    ['custom empty value', () => new ParameterMapping().custom('append:header.x', ''), 'http-mapping-value-length'],
    ['custom value over 512', () => new ParameterMapping().custom('append:header.x', 'a'.repeat(513)), 'http-mapping-value-length'],
    ['custom remove value over 512', () => new ParameterMapping().custom('remove:header.x', 'a'.repeat(513)), 'http-mapping-value-length'],
    ['custom recursive descent', () => new ParameterMapping().custom('overwrite:path', '$request.body..a'), 'http-mapping-body-jsonpath'],
    ['custom unknown context variable', () => new ParameterMapping().custom('append:header.x', '$context.connectionId'), 'http-mapping-context-variable'],
    ['combine with a key twice', () => ParameterMapping.combine(new ParameterMapping().appendHeader('a', ctx), new ParameterMapping().appendHeader('a', MappingValue.requestPath())), 'http-mapping-request-key'],
  ])('%s', (_name, make, ruleId) => {
    expectRuleError(make, ruleId);
  });
});

describe('ParameterMapping and tokens', () => {
  test('unresolved keys and values are passed through unchecked', () => {
    expect(Object.keys(new ParameterMapping().appendHeader(lazy('Authorization'), ctx).mappings)).toHaveLength(1);
    expect(Object.keys(new ParameterMapping().custom(lazy('bad'), lazy('${')).mappings)).toHaveLength(1);
    const v = new ParameterMapping().custom('append:header.x', lazy('{"a":1}')).mappings['append:header.x'];
    expect(Token.isUnresolved(v)).toBe(true);
  });
});

describe('ResponseParameterMapping and HttpResponseParameters', () => {
  test.each([
    ['appendHeader', () => ResponseParameterMapping.appendHeader('x-request-id', ctx), { 'append:header.x-request-id': '$context.requestId' }],
    ['overwriteHeader', () => ResponseParameterMapping.overwriteHeader('x-trace', MappingValue.responseHeader('x-upstream-trace')), { 'overwrite:header.x-trace': '$response.header.x-upstream-trace' }],
    ['removeHeader', () => ResponseParameterMapping.removeHeader('x-powered-by'), { 'remove:header.x-powered-by': '\'\'' }],
    ['overwriteStatusCode', () => ResponseParameterMapping.overwriteStatusCode(403), { 'overwrite:statuscode': '403' }],
    ['custom status code from a header', () => ResponseParameterMapping.custom('overwrite:statuscode', '$response.header.x-status'), { 'overwrite:statuscode': '$response.header.x-status' }],
  ])('%s', (_name, make, expected) => {
    expect(make().mappings).toEqual(expected);
  });

  test('the seed 004 example renders the CloudFormation shape', () => {
    const parameters = HttpResponseParameters.combine(
      HttpResponseParameters.forStatusCode(500,
        ResponseParameterMapping.appendHeader('header1', MappingValue.contextVariable('requestId')),
        ResponseParameterMapping.overwriteStatusCode(403)),
      HttpResponseParameters.forStatusCode(404, ResponseParameterMapping.appendHeader('error', MappingValue.stageVariable('environmentId'))),
    );
    expect(parameters.statusCodes).toEqual(['404', '500']);
    expect(parameters.mappingsFor('500')).toEqual({ 'append:header.header1': '$context.requestId', 'overwrite:statuscode': '403' });
    expect(parameters.mappingsFor('200')).toEqual({});
    expect(resolved(parameters)).toEqual({
      500: { ResponseParameters: [{ Destination: 'append:header.header1', Source: '$context.requestId' }, { Destination: 'overwrite:statuscode', Source: '403' }] },
      404: { ResponseParameters: [{ Destination: 'append:header.error', Source: '$stageVariables.environmentId' }] },
    });
  });

  test('combine merges the mappings of one status code', () => {
    const parameters = HttpResponseParameters.combine(
      HttpResponseParameters.forStatusCode(200, ResponseParameterMapping.removeHeader('a')),
      HttpResponseParameters.forStatusCode(200, ResponseParameterMapping.removeHeader('b')),
    );
    expect(parameters.statusCodes).toEqual(['200']);
    expect(parameters.mappingsFor('200')).toEqual({ 'remove:header.a': '\'\'', 'remove:header.b': '\'\'' });
  });

  test.each([
    ['status 199', () => HttpResponseParameters.forStatusCode(199, ResponseParameterMapping.removeHeader('a')), 'http-mapping-status-code'],
    ['status 600', () => HttpResponseParameters.forStatusCode(600), 'http-mapping-status-code'],
    ['status 200.5', () => HttpResponseParameters.forStatusCode(200.5), 'http-mapping-status-code'],
    ['reserved header', () => ResponseParameterMapping.overwriteHeader('Content-Length', MappingValue.staticValue('0')), 'http-mapping-reserved-header'],
    ['reserved header family', () => ResponseParameterMapping.removeHeader('X-Amz-Apigw-Id'), 'http-mapping-reserved-header'],
    ['query string in a response', () => ResponseParameterMapping.custom('append:querystring.a', 'v'), 'http-mapping-response-key'],
    ['path in a response', () => ResponseParameterMapping.custom('overwrite:path', 'v'), 'http-mapping-response-key'],
    ['request value in a response', () => ResponseParameterMapping.appendHeader('x', MappingValue.requestHeader('y')), 'http-mapping-response-value'],
    ['response filter expression', () => ResponseParameterMapping.custom('append:header.x', '$response.body.a[?(@.b)]'), 'http-mapping-body-jsonpath'],
    ['same key twice for one status', () => HttpResponseParameters.forStatusCode(200, ResponseParameterMapping.overwriteStatusCode(201), ResponseParameterMapping.overwriteStatusCode(202)), 'http-mapping-response-key'],
    ['same key twice across combine', () => HttpResponseParameters.combine(
      HttpResponseParameters.forStatusCode(200, ResponseParameterMapping.removeHeader('a')),
      HttpResponseParameters.forStatusCode(200, ResponseParameterMapping.removeHeader('a'))), 'http-mapping-response-key'],
  ])('%s', (_name, make, ruleId) => {
    expectRuleError(make, ruleId);
  });

  test('unresolved status codes and values are passed through unchecked', () => {
    const status = Token.asNumber(Lazy.number({ produce: () => 100 }));
    const parameters = HttpResponseParameters.forStatusCode(status, ResponseParameterMapping.overwriteStatusCode(status));
    expect(parameters.statusCodes).toHaveLength(1);
    expect(Token.isUnresolved(parameters.statusCodes[0])).toBe(true);
    expect(Object.keys(parameters.mappingsFor(parameters.statusCodes[0]))).toEqual(['overwrite:statuscode']);
    expect(resolved(parameters)).toEqual({ 100: { ResponseParameters: [{ Destination: 'overwrite:statuscode', Source: '100' }] } });
  });
});

describe('round trip: what the builders emit, the synth rules accept', () => {
  test('request mappings', () => {
    const m = ParameterMapping.combine(
      new ParameterMapping().appendHeader('x-request-id', ctx),
      new ParameterMapping().overwriteHeader('x-user', MappingValue.contextVariable('authorizer.claims.sub')),
      new ParameterMapping().removeHeader('x-old'),
      new ParameterMapping().appendQueryString('source', MappingValue.staticValue('api')),
      new ParameterMapping().overwriteQueryString('page', MappingValue.requestQueryString('p')),
      new ParameterMapping().removeQueryString('debug'),
      new ParameterMapping().overwritePath(MappingValue.combine(MappingValue.staticValue('/v2/'), MappingValue.requestPathParam('proxy'))),
      new ParameterMapping().appendHeader('x-body', MappingValue.requestBody('$.items[0][\'odd key\']')),
    );
    expect(errorsOf(httpRequest(m.mappings))).toEqual([]);
  });

  test('response mappings, in the CloudFormation shape', () => {
    const parameters = HttpResponseParameters.combine(
      HttpResponseParameters.forStatusCode(200,
        ResponseParameterMapping.removeHeader('x-powered-by'),
        ResponseParameterMapping.appendHeader('x-trace', MappingValue.responseHeader('x-upstream-trace'))),
      HttpResponseParameters.forStatusCode(500,
        ResponseParameterMapping.overwriteStatusCode(503),
        ResponseParameterMapping.overwriteHeader('x-error', MappingValue.responseBody('$.error.message'))),
      HttpResponseParameters.forStatusCode(599, ResponseParameterMapping.custom('overwrite:statuscode', '$response.header.x-status')),
    );
    expect(errorsOf(integration('HTTP', { ResponseParameters: resolved(parameters) }))).toEqual([]);
  });

  test('the flat API shape would have been an error: the check is not vacuous', () => {
    expect(errorsOf(integration('HTTP', { ResponseParameters: { 200: { 'remove:header.x-powered-by': '\'\'' } } }))).toContain('http-mapping-response-shape');
  });

  test('a CfnIntegration given both mappings synthesizes a template the synth rules accept', () => {
    const previous = process.env.CDK_VALIDATION;
    process.env.CDK_VALIDATION = 'false'; // the registry schema does not catch the flat shape; the rules do
    try {
      const app = new App();
      const stack = new Stack(app, 'S');
      const api = new CfnApi(stack, 'Api', { name: 'a', protocolType: 'HTTP' });
      new CfnIntegration(stack, 'Int', {
        apiId: api.ref,
        integrationType: 'HTTP_PROXY',
        integrationMethod: 'ANY',
        integrationUri: 'https://example.com',
        payloadFormatVersion: '1.0',
        requestParameters: ParameterMapping.combine(new ParameterMapping().appendHeader('x-id', ctx), new ParameterMapping().removeHeader('x-old')).mappings,
        responseParameters: HttpResponseParameters.forStatusCode(404, ResponseParameterMapping.overwriteStatusCode(200), ResponseParameterMapping.removeHeader('x-powered-by')).toCloudFormation(),
      });
      const template = app.synth().getStackArtifact(stack.artifactId).template;
      expect(template.Resources.Int.Properties.ResponseParameters).toEqual({
        404: { ResponseParameters: [{ Destination: 'overwrite:statuscode', Source: '200' }, { Destination: 'remove:header.x-powered-by', Source: '\'\'' }] },
      });
      expect(runRules(buildModel(template), { rules: EXPRESSION_RULES }).filter(f => f.severity === 'error')).toEqual([]);
    } finally {
      if (previous === undefined) delete process.env.CDK_VALIDATION;
      else process.env.CDK_VALIDATION = previous;
    }
  });
});

test('a static overwrite status outside 100-599 is a warning at synth, not a throw', () => {
  for (const make of [() => ResponseParameterMapping.overwriteStatusCode(600), () => ResponseParameterMapping.custom('overwrite:statuscode', 'forbidden')]) {
    expect(make).not.toThrow();
  }
  const resources = httpResponse({ 200: { 'overwrite:statuscode': '600' } });
  expect(errorsOf(resources)).toEqual([]);
  const found = runRules(buildModel({ Resources: resources }), { rules: EXPRESSION_RULES });
  expect(found.map(f => [f.rule, f.severity])).toContainEqual(['http-mapping-status-code-value', 'warning']);
});

describe('property: a written-out mapping throws exactly when the synth rules report an error', () => {
  const keys = fc.constantFrom(
    'append:header.x', 'overwrite:header.X-Amz-Date', 'remove:header.a', 'append:querystring.q', 'overwrite:path', 'append:path',
    'overwrite:statuscode', 'bad:header.x', 'append:header.', 'integration.request.header.x', 'remove:querystring.Authorization',
  );
  const values = fc.oneof(
    fc.constantFrom('$request.header.x', '$response.header.x', '403', '99', '\'\'', '', '$context.requestId', '$request.body..a', '{', 'text'),
    fc.string({ maxLength: 12 }),
  );

  test('request side', () => {
    fc.assert(fc.property(keys, values, (key, value) => {
      const thrown = thrownBy(() => new ParameterMapping().custom(key, value));
      const found = errorsOf(httpRequest({ [key]: value }));
      if (thrown === undefined) expect(found).toEqual([]);
      else expect(found).toContain(thrown);
    }), { numRuns: 300 });
  });

  test('response side', () => {
    const statuses = fc.constantFrom(200, 404, 599, 199, 600);
    fc.assert(fc.property(statuses, keys, values, (status, key, value) => {
      const thrown = thrownBy(() => HttpResponseParameters.forStatusCode(status, ResponseParameterMapping.custom(key, value)));
      const found = errorsOf(httpResponse({ [status]: { [key]: value } }));
      if (thrown === undefined) expect(found).toEqual([]);
      else expect(found).toContain(thrown);
    }), { numRuns: 300 });
  });
});
