import { Lazy } from 'aws-cdk-lib';
import * as fc from 'fast-check';
import { expectRuleError } from './expect-rule-error';
import { SwitchyardError } from '../../src/common/errors';
import { HttpMethod, HttpRouteKey, WebSocketRouteKey } from '../../src/common/route-key';
import { buildModel } from '../../src/model/build-model';
import { runRules } from '../../src/rules/engine';
import { httpRouteKey } from '../../src/rules/expressions/http-route-key';
import { wsRouteKey } from '../../src/rules/expressions/ws-route-key';
import { api, Protocol, route } from '../rules/expr-fixtures';

function routeKeyErrors(protocol: Protocol, keys: readonly string[]): string[] {
  const resources = Object.assign({}, api(protocol), ...keys.map((k, i) => route(`R${i}`, k)));
  return runRules(buildModel({ Resources: resources }), { rules: [httpRouteKey, wsRouteKey] }).map(f => f.rule);
}

const lazy = (s: string) => Lazy.string({ produce: () => s });

describe('HttpRouteKey', () => {
  test.each([
    ['DEFAULT (method ANY, as in aws-cdk-lib)', () => HttpRouteKey.DEFAULT, '$default', HttpMethod.ANY, undefined, []],
    ['with, method omitted', () => HttpRouteKey.with('/pets'), 'ANY /pets', HttpMethod.ANY, '/pets', []],
    ['with GET and a variable', () => HttpRouteKey.with('/pets/{petId}', HttpMethod.GET), 'GET /pets/{petId}', HttpMethod.GET, '/pets/{petId}', ['petId']],
    ['with a greedy variable last', () => HttpRouteKey.with('/files/{proxy+}', HttpMethod.PUT), 'PUT /files/{proxy+}', HttpMethod.PUT, '/files/{proxy+}', ['proxy']],
    ['with the root path', () => HttpRouteKey.with('/', HttpMethod.POST), 'POST /', HttpMethod.POST, '/', []],
    ['with literal punctuation', () => HttpRouteKey.with('/v1.2/a_b:c-d', HttpMethod.DELETE), 'DELETE /v1.2/a_b:c-d', HttpMethod.DELETE, '/v1.2/a_b:c-d', []],
    ['custom', () => HttpRouteKey.custom('PATCH /users/{id}/posts/{postId}'), 'PATCH /users/{id}/posts/{postId}', HttpMethod.PATCH, '/users/{id}/posts/{postId}', ['id', 'postId']],
    ['custom $default', () => HttpRouteKey.custom('$default'), '$default', HttpMethod.ANY, undefined, []],
  ])('%s', (_name, make, key, method, path, variables) => {
    const k = make();
    expect(k.key).toBe(key);
    expect(k.method).toBe(method);
    expect(k.path).toBe(path);
    expect(k.pathVariables).toEqual(variables);
  });

  test.each([
    ['trailing slash', () => HttpRouteKey.with('/pets/')],
    ['empty segment', () => HttpRouteKey.with('/a//b')],
    ['no leading slash', () => HttpRouteKey.with('pets', HttpMethod.GET)],
    ['empty path', () => HttpRouteKey.with('')],
    ['white space', () => HttpRouteKey.with('/a b')],
    ['variable inside a segment', () => HttpRouteKey.with('/pets{id}')],
    ['prefixed variable', () => HttpRouteKey.with('/pets/id-{id}')],
    ['greedy not last', () => HttpRouteKey.with('/{proxy+}/meta')],
    ['two greedy variables', () => HttpRouteKey.with('/{a+}/{b+}')],
    ['characters outside the set', () => HttpRouteKey.with('/caf%C3%A9')],
    ['custom TRACE', () => HttpRouteKey.custom('TRACE /items')],
    ['custom lower-case method', () => HttpRouteKey.custom('get /items')],
    ['custom without a path', () => HttpRouteKey.custom('GET')],
    ['custom $connect', () => HttpRouteKey.custom('$connect')],
  ])('error: %s', (_name, make) => {
    expectRuleError(make, 'http-route-key');
  });

  test('a variable named twice is not thrown (http-route-key-duplicate-variable warns at synth)', () => {
    expect(HttpRouteKey.with('/users/{id}/posts/{id}').key).toBe('ANY /users/{id}/posts/{id}');
  });

  test('unresolved paths and keys are passed through unchecked', () => {
    const withToken = HttpRouteKey.with(lazy('no-slash'), HttpMethod.GET);
    expect(withToken.method).toBe(HttpMethod.GET);
    expect(withToken.pathVariables).toEqual([]);
    // The method of a token key is not known: ANY, as for $default.
    expect(HttpRouteKey.custom(lazy('TRACE /')).method).toBe(HttpMethod.ANY);
  });

  test('round trip: every key the builder makes passes http-route-key', () => {
    const keys = [HttpRouteKey.DEFAULT, HttpRouteKey.with('/'), HttpRouteKey.with('/pets/{petId}', HttpMethod.GET), HttpRouteKey.with('/files/{proxy+}', HttpMethod.HEAD),
      ...Object.values(HttpMethod).map(m => HttpRouteKey.with('/a/{b}/c.d', m))];
    expect(routeKeyErrors('HTTP', keys.map(k => k.key))).toEqual([]);
  });

  test('property: with() throws exactly when http-route-key reports the key', () => {
    const segment = fc.constantFrom('', 'pets', '{id}', '{id}', '{proxy+}', 'a{b}', 'v1.2', 'a b', '%', '{', 'x-y');
    const paths = fc.array(segment, { maxLength: 4 }).map(s => `/${s.join('/')}`);
    fc.assert(fc.property(paths, fc.constantFrom(...Object.values(HttpMethod)), (path, method) => {
      let thrown = false;
      try {
        HttpRouteKey.with(path, method);
      } catch (e) {
        if (!(e instanceof SwitchyardError) || e.ruleId !== 'http-route-key') throw e;
        thrown = true;
      }
      expect(routeKeyErrors('HTTP', [`${method} ${path}`]).length > 0).toBe(thrown);
    }), { numRuns: 300 });
  });
});

describe('WebSocketRouteKey', () => {
  test.each([
    ['CONNECT', () => WebSocketRouteKey.CONNECT, '$connect'],
    ['DISCONNECT', () => WebSocketRouteKey.DISCONNECT, '$disconnect'],
    ['DEFAULT', () => WebSocketRouteKey.DEFAULT, '$default'],
    ['custom', () => WebSocketRouteKey.custom('sendMessage'), 'sendMessage'],
    ['custom with a dollar inside', () => WebSocketRouteKey.custom('price$'), 'price$'],
    ['custom predefined', () => WebSocketRouteKey.custom('$connect'), '$connect'],
  ])('%s', (_name, make, key) => {
    expect(make().key).toBe(key);
  });

  test.each([
    ['starts with $', () => WebSocketRouteKey.custom('$sendMessage')],
    ['$Connect in another case', () => WebSocketRouteKey.custom('$Connect')],
    ['empty', () => WebSocketRouteKey.custom('')],
  ])('error: %s', (_name, make) => {
    expectRuleError(make, 'ws-route-key');
  });

  test('unresolved keys are passed through unchecked', () => {
    expect(WebSocketRouteKey.custom(lazy('$bad')).key).toMatch(/Token/);
  });

  test('round trip: every key the builder makes passes ws-route-key', () => {
    expect(routeKeyErrors('WEBSOCKET', [WebSocketRouteKey.CONNECT, WebSocketRouteKey.DISCONNECT, WebSocketRouteKey.DEFAULT, WebSocketRouteKey.custom('sendMessage')].map(k => k.key))).toEqual([]);
  });
});
