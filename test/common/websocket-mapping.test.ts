import { Lazy, Token } from 'aws-cdk-lib';
import * as fc from 'fast-check';
import { expectRuleError } from './expect-rule-error';
import { SwitchyardError } from '../../src/common/errors';
import { WebSocketMappingValue, WebSocketParameterMapping } from '../../src/common/websocket-mapping';
import { buildModel } from '../../src/model/build-model';
import { runRules } from '../../src/rules/engine';
import { EXPRESSION_RULES } from '../../src/rules/expressions';
import { integration } from '../rules/expr-fixtures';

/** The builder's rules: route-dependent ones (`$connect`-only sources, undeclared parameters) are the constructs' business. */
const BUILDER_RULES = new Set(['ws-mapping-key', 'ws-mapping-value', 'ws-mapping-context-variable']);

function errorsOf(params: Record<string, string>): string[] {
  return runRules(buildModel({ Resources: integration('WEBSOCKET', { RequestParameters: params }) }), { rules: EXPRESSION_RULES })
    .filter(f => f.severity === 'error' && BUILDER_RULES.has(f.rule)).map(f => f.rule);
}

const lazy = (s: string) => Lazy.string({ produce: () => s });
const connectionId = WebSocketMappingValue.contextVariable('connectionId');

describe('WebSocketMappingValue factories', () => {
  test.each([
    ['requestHeader', () => WebSocketMappingValue.requestHeader('Auth'), 'route.request.header.Auth'],
    ['requestQueryString', () => WebSocketMappingValue.requestQueryString('authToken'), 'route.request.querystring.authToken'],
    ['requestMultiValueHeader', () => WebSocketMappingValue.requestMultiValueHeader('x-tags'), 'route.request.multivalueheader.x-tags'],
    ['requestMultiValueQueryString', () => WebSocketMappingValue.requestMultiValueQueryString('id'), 'route.request.multivaluequerystring.id'],
    ['requestBody whole', () => WebSocketMappingValue.requestBody(), 'route.request.body'],
    ['requestBody rooted', () => WebSocketMappingValue.requestBody('$.message.id'), 'route.request.body.message.id'],
    ['requestBody plain', () => WebSocketMappingValue.requestBody('items[0]'), 'route.request.body.items[0]'],
    ['contextVariable', () => connectionId, 'context.connectionId'],
    ['contextVariable family', () => WebSocketMappingValue.contextVariable('authorizer.principalId'), 'context.authorizer.principalId'],
    ['stageVariable', () => WebSocketMappingValue.stageVariable('table'), 'stageVariables.table'],
    ['staticValue', () => WebSocketMappingValue.staticValue('application/json'), '\'application/json\''],
    ['staticValue empty', () => WebSocketMappingValue.staticValue(''), '\'\''],
    ['custom', () => WebSocketMappingValue.custom('route.request.body.action'), 'route.request.body.action'],
  ])('%s', (_name, make, expected) => {
    expect(make().value).toBe(expected);
  });

  test.each([
    ['header name with a space', () => WebSocketMappingValue.requestHeader('a b'), 'ws-mapping-value'],
    ['header name with a slash', () => WebSocketMappingValue.requestQueryString('a/b'), 'ws-mapping-value'],
    ['empty header name', () => WebSocketMappingValue.requestHeader(''), 'ws-mapping-value'],
    ['recursive descent', () => WebSocketMappingValue.requestBody('..id'), 'ws-mapping-value'],
    ['filter', () => WebSocketMappingValue.requestBody('items[?(@.a)]'), 'ws-mapping-value'],
    ['stage variable with a dash', () => WebSocketMappingValue.stageVariable('a-b'), 'ws-mapping-value'],
    ['unknown context variable', () => WebSocketMappingValue.contextVariable('httpMethod'), 'ws-mapping-context-variable'],
    ['custom unquoted static text', () => WebSocketMappingValue.custom('application/json'), 'ws-mapping-value'],
    ['custom HTTP dialect', () => WebSocketMappingValue.custom('$request.header.x'), 'ws-mapping-value'],
    ['custom unclosed quote', () => WebSocketMappingValue.custom('\'text'), 'ws-mapping-value'],
  ])('error: %s', (_name, make, ruleId) => {
    expectRuleError(make, ruleId);
  });

  test('unresolved names and values are passed through unchecked', () => {
    expect(Token.isUnresolved(WebSocketMappingValue.requestHeader(lazy('a b')).value)).toBe(true);
    expect(Token.isUnresolved(WebSocketMappingValue.contextVariable(lazy('nope')).value)).toBe(true);
    expect(Token.isUnresolved(WebSocketMappingValue.custom(lazy('$x')).value)).toBe(true);
  });
});

describe('WebSocketParameterMapping', () => {
  test.each([
    ['header', () => WebSocketParameterMapping.header('connectionId', connectionId), { 'integration.request.header.connectionId': 'context.connectionId' }],
    ['queryString', () => WebSocketParameterMapping.queryString('token', WebSocketMappingValue.requestQueryString('authToken')), { 'integration.request.querystring.token': 'route.request.querystring.authToken' }],
    ['path', () => WebSocketParameterMapping.path('id', WebSocketMappingValue.requestBody('$.id')), { 'integration.request.path.id': 'route.request.body.id' }],
    ['custom', () => WebSocketParameterMapping.custom('integration.request.header.x', '\'v\''), { 'integration.request.header.x': '\'v\'' }],
  ])('%s', (_name, make, expected) => {
    expect(make().mappings).toEqual(expected);
  });

  test('combine', () => {
    const m = WebSocketParameterMapping.combine(
      WebSocketParameterMapping.header('connectionId', connectionId),
      WebSocketParameterMapping.header('Content-Type', WebSocketMappingValue.staticValue('application/json')),
    );
    expect(Object.keys(m.mappings)).toEqual(['integration.request.header.connectionId', 'integration.request.header.Content-Type']);
  });

  test.each([
    ['name with a space', () => WebSocketParameterMapping.header('a b', connectionId), 'ws-mapping-key'],
    ['empty name', () => WebSocketParameterMapping.path('', connectionId), 'ws-mapping-key'],
    ['custom HTTP key', () => WebSocketParameterMapping.custom('append:header.x', '\'v\''), 'ws-mapping-key'],
    ['custom unknown location', () => WebSocketParameterMapping.custom('integration.request.body.x', '\'v\''), 'ws-mapping-key'],
    ['custom bad value', () => WebSocketParameterMapping.custom('integration.request.header.x', 'v'), 'ws-mapping-value'],
    ['a key twice', () => WebSocketParameterMapping.combine(WebSocketParameterMapping.header('a', connectionId), WebSocketParameterMapping.header('a', connectionId)), 'ws-mapping-key'],
  ])('error: %s', (_name, make, ruleId) => {
    expectRuleError(make, ruleId);
  });

  test('unresolved keys are passed through unchecked', () => {
    expect(Object.keys(WebSocketParameterMapping.custom(lazy('bad key'), '\'v\'').mappings)).toHaveLength(1);
  });

  test('round trip: the seed 000 examples built with the builders pass the synth rules', () => {
    const m = WebSocketParameterMapping.combine(
      WebSocketParameterMapping.header('connectionId', connectionId),
      WebSocketParameterMapping.header('Auth', WebSocketMappingValue.requestQueryString('authToken')),
      WebSocketParameterMapping.queryString('mv', WebSocketMappingValue.requestMultiValueQueryString('ids')),
      WebSocketParameterMapping.path('action', WebSocketMappingValue.requestBody('action')),
      WebSocketParameterMapping.header('stage', WebSocketMappingValue.stageVariable('env')),
      WebSocketParameterMapping.header('Content-Type', WebSocketMappingValue.staticValue('application/json')),
    );
    expect(errorsOf(m.mappings)).toEqual([]);
  });
});

describe('property: a written-out mapping throws exactly when the synth rules report an error', () => {
  const keys = fc.constantFrom('integration.request.header.x', 'integration.request.path.a$b', 'integration.request.querystring.', 'append:header.x', 'integration.request.header.a b');
  const values = fc.oneof(
    fc.array(fc.constantFrom('route.request.', 'header.', 'body', '.a', '..', '[0]', 'context.', 'connectionId', 'nope', 'stageVariables.', 'a-b', '\'', '$', ' ', 'x'), { maxLength: 5 }).map(a => a.join('')),
    fc.string({ maxLength: 12 }),
  );
  test('request parameters', () => {
    fc.assert(fc.property(keys, values, (key, value) => {
      let thrown: string | undefined;
      try {
        WebSocketParameterMapping.custom(key, value);
      } catch (e) {
        if (!(e instanceof SwitchyardError)) throw e;
        thrown = e.ruleId;
      }
      const found = errorsOf({ [key]: value });
      if (thrown === undefined) expect(found).toEqual([]);
      else expect(found).toContain(thrown);
    }), { numRuns: 400 });
  });
});
