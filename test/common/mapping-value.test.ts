import { Lazy, Token } from 'aws-cdk-lib';
import * as fc from 'fast-check';
import { expectRuleError } from './expect-rule-error';
import { SwitchyardError } from '../../src/common/errors';
import { MappingValue } from '../../src/common/mapping-value';
import { ParameterMapping, ResponseParameterMapping } from '../../src/common/parameter-mapping';
import { buildModel } from '../../src/model/build-model';
import { runRules } from '../../src/rules/engine';
import { EXPRESSION_RULES } from '../../src/rules/expressions';
import { httpRequest } from '../rules/expr-fixtures';

/** The error findings the synth rules give for one request mapping `append:header.x-out` set to `value`. */
function requestValueErrors(value: string): string[] {
  return runRules(buildModel({ Resources: httpRequest({ 'append:header.x-out': value }) }), { rules: EXPRESSION_RULES })
    .filter(f => f.severity === 'error').map(f => f.rule);
}

const lazy = (s: string) => Lazy.string({ produce: () => s });

describe('MappingValue factories', () => {
  test.each([
    ['requestHeader', () => MappingValue.requestHeader('x-id'), '$request.header.x-id'],
    ['requestQueryString', () => MappingValue.requestQueryString('page'), '$request.querystring.page'],
    ['requestBody whole', () => MappingValue.requestBody(), '$request.body'],
    ['requestBody $ root', () => MappingValue.requestBody('$'), '$request.body'],
    ['requestBody rooted path', () => MappingValue.requestBody('$.items[0].id'), '$request.body.items[0].id'],
    ['requestBody plain path', () => MappingValue.requestBody('items[0].id'), '$request.body.items[0].id'],
    ['requestBody bracket', () => MappingValue.requestBody('[\'odd key\']'), '${request.body[\'odd key\']}'],
    ['requestBody dotted', () => MappingValue.requestBody('.a'), '$request.body.a'],
    ['requestPath', () => MappingValue.requestPath(), '$request.path'],
    ['requestPathParam', () => MappingValue.requestPathParam('petId'), '$request.path.petId'],
    ['responseHeader', () => MappingValue.responseHeader('x-trace'), '$response.header.x-trace'],
    ['responseBody whole', () => MappingValue.responseBody(), '$response.body'],
    ['responseBody path', () => MappingValue.responseBody('$.error.code'), '$response.body.error.code'],
    ['contextVariable', () => MappingValue.contextVariable('requestId'), '$context.requestId'],
    ['contextVariable family', () => MappingValue.contextVariable('authorizer.claims.sub'), '$context.authorizer.claims.sub'],
    ['stageVariable', () => MappingValue.stageVariable('backend_host'), '$stageVariables.backend_host'],
    ['staticValue', () => MappingValue.staticValue('application/json'), 'application/json'],
    ['combine', () => MappingValue.combine(MappingValue.requestPathParam('id'), MappingValue.staticValue('-'), MappingValue.contextVariable('requestId')), '${request.path.id}-${context.requestId}'],
    ['combine one', () => MappingValue.combine(MappingValue.requestHeader('a')), '${request.header.a}'],
    ['custom bare', () => MappingValue.custom('$request.header.x'), '$request.header.x'],
    ['custom braces', () => MappingValue.custom('${request.path.a}/${request.path.b}'), '${request.path.a}/${request.path.b}'],
    ['custom response', () => MappingValue.custom('$response.header.x'), '$response.header.x'],
    ['custom static', () => MappingValue.custom('plain'), 'plain'],
  ])('%s', (_name, make, expected) => {
    expect(make().value).toBe(expected);
  });

  test('combine keeps a custom part\'s static text and braces its variables', () => {
    const v = MappingValue.combine(MappingValue.custom('id=$request.path.id'), MappingValue.staticValue(';'), MappingValue.custom('${stageVariables.env}'));
    expect(v.value).toBe('id=${request.path.id};${stageVariables.env}');
  });
});

describe('MappingValue as aws-cdk-lib code builds it', () => {
  test('the public constructor takes a written-out value and checks it as custom does', () => {
    expect(new MappingValue('$request.header.x').value).toBe('$request.header.x');
    expectRuleError(() => new MappingValue('$request.body..a'), 'http-mapping-body-jsonpath');
    expectRuleError(() => new MappingValue('$context.connectionId'), 'http-mapping-context-variable');
    expect(new MappingValue(lazy('$context.connectionId')).value).toMatch(/TOKEN/);
  });

  test('NONE is empty text: accepted for a remove mapping, rejected where API Gateway needs a value', () => {
    expect(MappingValue.NONE.value).toBe('');
    expect(new ParameterMapping().custom('remove:header.x', MappingValue.NONE.value).mappings).toEqual({ 'remove:header.x': '' });
    expectRuleError(() => new ParameterMapping().appendHeader('x', MappingValue.NONE), 'http-mapping-value-length');
  });
});

describe('MappingValue errors', () => {
  test.each([
    ['header name with white space', () => MappingValue.requestHeader('a b'), 'http-mapping-request-value'],
    ['empty header name', () => MappingValue.requestHeader(''), 'http-mapping-request-value'],
    ['empty query-string name', () => MappingValue.requestQueryString(''), 'http-mapping-request-value'],
    ['header name with a brace', () => MappingValue.requestHeader('a}b'), 'http-mapping-request-value'],
    ['empty path parameter name', () => MappingValue.requestPathParam(''), 'http-mapping-request-value'],
    ['recursive descent', () => MappingValue.requestBody('..name'), 'http-mapping-body-jsonpath'],
    ['filter expression', () => MappingValue.requestBody('items[?(@.a)]'), 'http-mapping-body-jsonpath'],
    ['response filter expression', () => MappingValue.responseBody('$.items[?(@.a)]'), 'http-mapping-body-jsonpath'],
    ['empty response header name', () => MappingValue.responseHeader(''), 'http-mapping-response-value'],
    ['unknown context variable', () => MappingValue.contextVariable('connectionId'), 'http-mapping-context-variable'],
    ['context variable with a dash', () => MappingValue.contextVariable('request-id'), 'http-mapping-context-variable'],
    ['stage variable with a dash', () => MappingValue.stageVariable('a-b'), 'http-mapping-request-value'],
    ['static text with $', () => MappingValue.staticValue('$context.requestId'), 'http-mapping-request-value'],
    ['static JSON', () => MappingValue.staticValue('{"a":1}'), 'http-mapping-request-value'],
    ['empty static text', () => MappingValue.staticValue(''), 'http-mapping-value-length'],
    ['static text over 512', () => MappingValue.staticValue('a'.repeat(513)), 'http-mapping-value-length'],
    ['combine to over 512', () => MappingValue.combine(MappingValue.staticValue('a'.repeat(400)), MappingValue.staticValue('b'.repeat(113))), 'http-mapping-value-length'],
    ['combine nothing', () => MappingValue.combine(), 'http-mapping-value-length'],
    ['custom two bare variables', () => MappingValue.custom('$request.path.a $request.path.b'), 'http-mapping-request-value'],
    ['custom unclosed brace', () => MappingValue.custom('${request.path.a'), 'http-mapping-request-value'],
    ['custom WebSocket dialect', () => MappingValue.custom('$method.request.header.x'), 'http-mapping-request-value'],
    ['custom response with a request source', () => MappingValue.custom('${response.header.a}${request.header.b}'), 'http-mapping-response-value'],
  ])('%s', (_name, make, ruleId) => {
    expectRuleError(make, ruleId);
  });

  test('the message names the expression and the column', () => {
    expect(() => MappingValue.requestHeader('a b')).toThrow(/\(in "\$\{request\.header\.a b\}", column 18\)/);
  });
});

describe('MappingValue and tokens', () => {
  test('unresolved names, paths and values are passed through unchecked', () => {
    expect(Token.isUnresolved(MappingValue.requestHeader(lazy('a b')).value)).toBe(true);
    expect(Token.isUnresolved(MappingValue.requestBody(lazy('..x')).value)).toBe(true);
    expect(Token.isUnresolved(MappingValue.contextVariable(lazy('nope')).value)).toBe(true);
    expect(Token.isUnresolved(MappingValue.stageVariable(lazy('a-b')).value)).toBe(true);
    expect(Token.isUnresolved(MappingValue.staticValue(lazy('$x')).value)).toBe(true);
    expect(Token.isUnresolved(MappingValue.custom(lazy('${')).value)).toBe(true);
  });

  test('combine keeps a token part whole', () => {
    const token = lazy('anything');
    const v = MappingValue.combine(MappingValue.requestHeader('a'), MappingValue.staticValue(token));
    expect(v.value).toBe(`\${request.header.a}${token}`);
  });
});

describe('round trip: what a request-side factory emits, the synth rules accept', () => {
  const values = [
    MappingValue.requestHeader('x-id'),
    MappingValue.requestQueryString('page'),
    MappingValue.requestBody(),
    MappingValue.requestBody('$.items[0].id'),
    MappingValue.requestBody('[\'odd key\']'),
    MappingValue.requestBody('[\'a\', \'b\']'),
    MappingValue.requestPath(),
    MappingValue.requestPathParam('id'),
    MappingValue.contextVariable('requestId'),
    MappingValue.contextVariable('authorizer.claims.sub'),
    MappingValue.contextVariable('identity.sourceIp'),
    MappingValue.stageVariable('env_1'),
    MappingValue.staticValue('text with spaces / and, commas'),
    MappingValue.combine(MappingValue.requestPathParam('id'), MappingValue.staticValue(' and '), MappingValue.requestBody('[\'a b\']')),
  ];
  test.each(values.map(v => [v.value, v] as const))('%s', (_name, v) => {
    expect(requestValueErrors(v.value)).toEqual([]);
  });
});

describe('property: a written-out value throws exactly when the synth rules report an error', () => {
  const pieces = fc.constantFrom(
    '$request.header.x', '${request.querystring.q}', '$request.body', '.a', '[0]', '..', '[?(@.a)]', '$request.path.id',
    '${context.requestId}', '$context.nope', '$stageVariables.s', '$stageVariables.a-b', '$response.body', ' ', '-', '/',
    '{', '}', '$', '${', 'text', '\'', 'x', ',',
  );
  const values = fc.oneof(fc.array(pieces, { maxLength: 6 }).map(a => a.join('')), fc.string({ maxLength: 20 }));

  function thrownBy(fn: () => unknown): string | undefined {
    try {
      fn();
      return undefined;
    } catch (e) {
      if (!(e instanceof SwitchyardError)) throw e;
      return e.ruleId;
    }
  }

  test('in a request mapping', () => {
    fc.assert(fc.property(values, value => {
      const thrown = thrownBy(() => new ParameterMapping().custom('append:header.x-out', value));
      const found = requestValueErrors(value);
      if (thrown === undefined) expect(found).toEqual([]);
      else expect(found).toContain(thrown);
    }), { numRuns: 400 });
  });

  test('MappingValue.custom accepts a value that some side takes, and rejects one no side takes', () => {
    fc.assert(fc.property(values, value => {
      const thrown = thrownBy(() => MappingValue.custom(value));
      const request = thrownBy(() => new ParameterMapping().custom('append:header.x-out', value));
      const response = thrownBy(() => ResponseParameterMapping.custom('append:header.x-out', value));
      if (thrown === undefined) expect(request === undefined || response === undefined).toBe(true);
      else expect([request, response]).toContain(thrown);
    }), { numRuns: 400 });
  });
});
