import { Lazy } from 'aws-cdk-lib';
import * as fc from 'fast-check';
import { expectRuleError } from './expect-rule-error';
import { SwitchyardError } from '../../src/common/errors';
import { HttpIdentitySource, WebSocketIdentitySource } from '../../src/common/identity-source';
import { buildModel } from '../../src/model/build-model';
import { runRules } from '../../src/rules/engine';
import { httpIdentitySource } from '../../src/rules/expressions/http-identity-source';
import { jwtIdentitySource } from '../../src/rules/expressions/jwt-identity-source';
import { wsIdentitySource } from '../../src/rules/expressions/ws-identity-source';
import { authorizer, Protocol } from '../rules/expr-fixtures';

function errorsOf(protocol: Protocol, props: Record<string, unknown>): string[] {
  const rules = [httpIdentitySource, jwtIdentitySource, wsIdentitySource];
  return runRules(buildModel({ Resources: authorizer(protocol, props) }), { rules }).map(f => f.rule);
}

const lazy = (s: string) => Lazy.string({ produce: () => s });

describe('HttpIdentitySource', () => {
  test.each([
    ['header', () => HttpIdentitySource.header('Authorization'), '$request.header.Authorization'],
    ['queryString', () => HttpIdentitySource.queryString('token'), '$request.querystring.token'],
    ['context', () => HttpIdentitySource.context('identity.sourceIp'), '$context.identity.sourceIp'],
    ['stageVariable', () => HttpIdentitySource.stageVariable('auth_key'), '$stageVariables.auth_key'],
    ['custom', () => HttpIdentitySource.custom('$request.header.X-Api-Key'), '$request.header.X-Api-Key'],
  ])('%s', (_name, make, expected) => {
    expect(make().source).toBe(expected);
  });

  test.each([
    ['header name with a space', () => HttpIdentitySource.header('a b')],
    ['empty header name', () => HttpIdentitySource.header('')],
    ['context with a dash', () => HttpIdentitySource.context('request-id')],
    ['stage variable with a dot', () => HttpIdentitySource.stageVariable('a.b')],
    ['custom without $', () => HttpIdentitySource.custom('header.Authorization')],
    ['custom WebSocket form', () => HttpIdentitySource.custom('route.request.header.Auth')],
  ])('error: %s', (_name, make) => {
    expectRuleError(make, 'http-identity-source');
  });

  test('round trip: a REQUEST authorizer with every kind, and a JWT authorizer with a header', () => {
    const all = [HttpIdentitySource.header('Authorization'), HttpIdentitySource.queryString('token'), HttpIdentitySource.context('identity.sourceIp'), HttpIdentitySource.stageVariable('k')];
    expect(errorsOf('HTTP', { AuthorizerType: 'REQUEST', IdentitySource: all.map(s => s.source) })).toEqual([]);
    expect(errorsOf('HTTP', { AuthorizerType: 'JWT', IdentitySource: [HttpIdentitySource.header('Authorization').source] })).toEqual([]);
  });

  test('property: custom() throws exactly when http-identity-source reports the source', () => {
    const sources = fc.oneof(
      fc.array(fc.constantFrom('$', 'request.', 'route.', 'header.', 'querystring.', 'context.', 'stageVariables.', 'a', '-', '.', ' ', '_'), { maxLength: 5 }).map(a => a.join('')),
      fc.string({ maxLength: 12 }),
    );
    fc.assert(fc.property(sources, s => {
      let thrown = false;
      try {
        HttpIdentitySource.custom(s);
      } catch (e) {
        if (!(e instanceof SwitchyardError) || e.ruleId !== 'http-identity-source') throw e;
        thrown = true;
      }
      expect(errorsOf('HTTP', { AuthorizerType: 'REQUEST', IdentitySource: [s] }).length > 0).toBe(thrown);
    }), { numRuns: 300 });
  });
});

describe('WebSocketIdentitySource', () => {
  test.each([
    ['header', () => WebSocketIdentitySource.header('Auth'), 'route.request.header.Auth'],
    ['queryString', () => WebSocketIdentitySource.queryString('token'), 'route.request.querystring.token'],
    ['context', () => WebSocketIdentitySource.context('identity.sourceIp'), 'context.identity.sourceIp'],
    ['stageVariable', () => WebSocketIdentitySource.stageVariable('key'), 'stageVariables.key'],
    ['custom', () => WebSocketIdentitySource.custom('route.request.querystring.name'), 'route.request.querystring.name'],
  ])('%s', (_name, make, expected) => {
    expect(make().source).toBe(expected);
  });

  test.each([
    ['header name with a slash', () => WebSocketIdentitySource.header('a/b')],
    ['empty query-string name', () => WebSocketIdentitySource.queryString('')],
    ['stage variable with a dash', () => WebSocketIdentitySource.stageVariable('a-b')],
    ['custom HTTP form', () => WebSocketIdentitySource.custom('$request.header.Authorization')],
  ])('error: %s', (_name, make) => {
    expectRuleError(make, 'ws-identity-source');
  });

  test('round trip', () => {
    const all = [WebSocketIdentitySource.header('Auth'), WebSocketIdentitySource.queryString('token'), WebSocketIdentitySource.context('requestId'), WebSocketIdentitySource.stageVariable('k')];
    expect(errorsOf('WEBSOCKET', { AuthorizerType: 'REQUEST', IdentitySource: all.map(s => s.source) })).toEqual([]);
  });
});

test('unresolved sources are passed through unchecked', () => {
  expect(() => HttpIdentitySource.header(lazy('a b'))).not.toThrow();
  expect(() => HttpIdentitySource.custom(lazy('header.x'))).not.toThrow();
  expect(() => WebSocketIdentitySource.custom(lazy('$request.header.x'))).not.toThrow();
});
