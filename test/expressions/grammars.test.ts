import { contextVariableUses, isContextVariable } from '../../src/expressions/context-variables';
import { parseHttpRequestKey, parseHttpRequestValue } from '../../src/expressions/http-parameter-mapping';
import { checkJavaRegex } from '../../src/expressions/java-regex';
import { parseJsonPath } from '../../src/expressions/jsonpath';
import { isReservedHeader } from '../../src/expressions/reserved-headers';
import { parseHttpRouteKey, pathVariablesOf } from '../../src/expressions/route-key';
import { parseWebSocketRequestValue } from '../../src/expressions/websocket-mapping';

const codes = (ps: readonly { code: string }[]) => ps.map(p => p.code);

describe('context variables', () => {
  test.each([
    ['requestId', 'http-parameter-mapping', true], ['authorizer.claims.sub', 'http-parameter-mapping', true],
    ['authorizer', 'http-parameter-mapping', false], ['connectionId', 'http-parameter-mapping', false],
    ['connectionId', 'websocket-mapping', true], ['eventType', 'websocket-access-log', true],
    ['requestOverride.header.x', 'rest-template', true], ['responseOverride.status', 'rest-template', true],
    ['responseOverride.status', 'http-access-log', false], ['identity.sourceIp', 'rest-template', true],
    ['authorizer.', 'rest-template', false], ['requestid', 'http-access-log', false],
  ] as const)('%s for %s is %s', (name, use, expected) => expect(isContextVariable(name, use)).toBe(expected));
  test('uses of a WebSocket-only variable', () => expect(contextVariableUses('messageId')).toEqual(['websocket-mapping', 'websocket-access-log']));
});

describe('java regex', () => {
  test.each(['2\\d\\d', '.*error.*', 'a*+', '(?>x)', '\\Qa.b{\\E', '[a-z&&[^e]]', '(?i)x', '(?<n>a)\\k<n>', '[]a]', '\\p{Lu}', '^*', 'a{2,}?', '\\x{1F600}', '\\0177', '[\\w-]'])('accepts %s', p => expect(checkJavaRegex(p)).toEqual([]));
  test.each([['a{', 1], ['{', 0], ['\\y', 0], ['(?<a_b>x)', 4], ['[]', 1], ['a)', 1], ['(a', 2], ['[z-a]', 2], ['\\0', 0], ['\\x4', 0], ['\\k<n>', 0], ['x{2,1}', 1], ['*a', 0], ['[\\b]', 1], ['a**', 2], ['(?z)', 2]] as const)('rejects %s at %i', (p, at) => {
    const ps = checkJavaRegex(p);
    expect(codes(ps)).toEqual(['java-regex']);
    expect(ps[0].offset).toBe(Math.min(at, p.length - 1));
  });
});

describe('jsonpath', () => {
  test('body paths', () => {
    expect(parseJsonPath('.a.b[0][\'c d\'][*][1:3]', { rooted: false }).ast?.segments.map(s => s.kind)).toEqual(['name', 'name', 'index', 'name', 'wildcard', 'slice']);
    expect(codes(parseJsonPath('..a', { rooted: false }).problems)).toEqual(['jsonpath-recursive-descent']);
    expect(codes(parseJsonPath('$.a[?(@.b)]', { rooted: true }).problems)).toEqual(['jsonpath-filter']);
    expect(codes(parseJsonPath('.a[', { rooted: false }).problems)).toEqual(['jsonpath-syntax']);
  });
});

describe('http mapping', () => {
  test('keys', () => {
    expect(parseHttpRequestKey('append:header.x-id').ast).toEqual({ action: 'append', location: 'header', name: 'x-id', nameOffset: 14 });
    expect(codes(parseHttpRequestKey('remove:path').problems)).toEqual(['http-key-path']);
  });
  test('values', () => {
    expect(parseHttpRequestValue('${request.path.a}-${context.requestId}').ast?.sources.map(s => s.kind)).toEqual(['request.path.parameter', 'context']);
    expect(codes(parseHttpRequestValue('$stageVariables.my-var').problems)).toEqual(['variable-name']);
  });
  test('reserved headers are case-insensitive', () => {
    expect(isReservedHeader('X-AMZN-Trace-Id')).toBe(true);
    expect(isReservedHeader('x-amazon')).toBe(false);
  });
});

describe('route keys', () => {
  test('variables', () => expect(pathVariablesOf(parseHttpRouteKey('GET /a/{id}/{proxy+}').ast!)).toEqual(['id', 'proxy']));
  test('root', () => expect(parseHttpRouteKey('ANY /').problems).toEqual([]));
});

describe('websocket mapping', () => {
  test('sources', () => {
    expect(parseWebSocketRequestValue('route.request.multivalueheader.X-Y').ast?.source).toBe('route.request.multivalueheader');
    expect(parseWebSocketRequestValue("'a b'").ast).toEqual({ source: 'static', name: 'a b', nameOffset: 1 });
  });
});
