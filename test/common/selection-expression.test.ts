import { Lazy } from 'aws-cdk-lib';
import * as fc from 'fast-check';
import { expectRuleError } from './expect-rule-error';
import { SwitchyardError } from '../../src/common/errors';
import {
  ApiKeySelectionExpression, IntegrationResponseKey, IntegrationResponseTemplateSelectionExpression, ModelSelectionExpression,
  RouteResponseSelectionExpression, TemplateSelectionExpression, WebSocketRouteSelectionExpression,
} from '../../src/common/selection-expression';
import { buildModel } from '../../src/model/build-model';
import { apiKeySelectionExpression } from '../../src/rules/api/api-key-selection-expression';
import { apiWebSocketRouteSelectionRequired } from '../../src/rules/api/api-websocket-route-selection-required';
import { runRules } from '../../src/rules/engine';
import { EXPRESSION_RULES } from '../../src/rules/expressions';
import { api, integration, integrationResponse, route } from '../rules/expr-fixtures';

function thrownBy(fn: () => unknown): string | undefined {
  try {
    fn();
    return undefined;
  } catch (e) {
    if (!(e instanceof SwitchyardError)) throw e;
    return e.ruleId;
  }
}

const RULES = [...EXPRESSION_RULES, apiKeySelectionExpression, apiWebSocketRouteSelectionRequired];

function findingsOf(resources: Record<string, unknown>, severity: 'error' | 'warning' = 'error'): string[] {
  return runRules(buildModel({ Resources: resources }), { rules: RULES }).filter(f => f.severity === severity).map(f => `${f.rule} ${f.path}`);
}

const lazy = (s: string) => Lazy.string({ produce: () => s });

describe('WebSocketRouteSelectionExpression', () => {
  test.each([
    ['REQUEST_BODY_ACTION', () => WebSocketRouteSelectionExpression.REQUEST_BODY_ACTION, '$request.body.action'],
    ['requestBody plain', () => WebSocketRouteSelectionExpression.requestBody('action'), '$request.body.action'],
    ['requestBody rooted', () => WebSocketRouteSelectionExpression.requestBody('$.message.type'), '$request.body.message.type'],
    ['requestBody bracket', () => WebSocketRouteSelectionExpression.requestBody('[\'the action\']'), '${request.body[\'the action\']}'],
    ['custom', () => WebSocketRouteSelectionExpression.custom('${request.body.service}/${request.body.action}'), '${request.body.service}/${request.body.action}'],
  ])('%s', (_name, make, expected) => {
    expect(make().expression).toBe(expected);
  });

  test.each([
    ['recursive descent', () => WebSocketRouteSelectionExpression.requestBody('..action'), 'ws-route-selection-expression'],
    ['another source', () => WebSocketRouteSelectionExpression.custom('$request.header.x'), 'ws-route-selection-expression'],
    ['context source', () => WebSocketRouteSelectionExpression.custom('${context.routeKey}'), 'ws-route-selection-expression'],
    ['unclosed brace', () => WebSocketRouteSelectionExpression.custom('${request.body.action'), 'ws-route-selection-expression'],
    ['empty', () => WebSocketRouteSelectionExpression.custom(''), 'api-websocket-route-selection-required'],
    ['blank', () => WebSocketRouteSelectionExpression.custom('  '), 'api-websocket-route-selection-required'],
  ])('error: %s', (_name, make, ruleId) => {
    expectRuleError(make, ruleId);
  });

  test('round trip', () => {
    for (const e of [WebSocketRouteSelectionExpression.REQUEST_BODY_ACTION, WebSocketRouteSelectionExpression.requestBody('[\'the action\']'), WebSocketRouteSelectionExpression.requestBody('$.a[0]')]) {
      expect(findingsOf(api('WEBSOCKET', { RouteSelectionExpression: e.expression }))).toEqual([]);
    }
  });
});

describe('ApiKeySelectionExpression', () => {
  test('the two values', () => {
    expect(ApiKeySelectionExpression.HEADER_X_API_KEY.expression).toBe('$request.header.x-api-key');
    expect(ApiKeySelectionExpression.AUTHORIZER_USAGE_IDENTIFIER_KEY.expression).toBe('$context.authorizer.usageIdentifierKey');
    expect(ApiKeySelectionExpression.custom('$request.header.x-api-key').expression).toBe('$request.header.x-api-key');
  });

  test.each([
    ['another header', '$request.header.x-key'],
    ['another case', '$request.header.X-API-KEY'],
  ])('error: %s', (_name, value) => {
    expectRuleError(() => ApiKeySelectionExpression.custom(value), 'api-key-selection-expression');
  });

  test('round trip', () => {
    for (const e of [ApiKeySelectionExpression.HEADER_X_API_KEY, ApiKeySelectionExpression.AUTHORIZER_USAGE_IDENTIFIER_KEY]) {
      expect(findingsOf(api('WEBSOCKET', { ApiKeySelectionExpression: e.expression }))).toEqual([]);
    }
  });
});

describe('RouteResponseSelectionExpression', () => {
  test('DEFAULT passes the route rule', () => {
    expect(RouteResponseSelectionExpression.DEFAULT.expression).toBe('$default');
    expect(findingsOf({ ...api('WEBSOCKET'), ...route('R', 'sendMessage', { RouteResponseSelectionExpression: RouteResponseSelectionExpression.DEFAULT.expression }) })).toEqual([]);
  });
});

describe('TemplateSelectionExpression', () => {
  test.each([
    ['DEFAULT', () => TemplateSelectionExpression.DEFAULT, '\\$default'],
    ['requestBody', () => TemplateSelectionExpression.requestBody('type'), '${request.body.type}'],
    ['requestBody rooted', () => TemplateSelectionExpression.requestBody('$.a.b'), '${request.body.a.b}'],
    ['custom', () => TemplateSelectionExpression.custom('${request.body.version}-v'), '${request.body.version}-v'],
    ['custom static', () => TemplateSelectionExpression.custom('application/json'), 'application/json'],
  ])('%s', (_name, make, expected) => {
    expect(make().expression).toBe(expected);
  });

  test.each([
    ['response source', () => TemplateSelectionExpression.custom('${integration.response.statuscode}')],
    ['header source', () => TemplateSelectionExpression.custom('$request.header.x')],
    ['filter', () => TemplateSelectionExpression.requestBody('a[?(@.b)]')],
    ['stray brace', () => TemplateSelectionExpression.custom('{a}')],
  ])('error: %s', (_name, make) => {
    expectRuleError(make, 'integration-template-selection');
  });

  test('an unescaped $default is left to the warning rule', () => {
    expect(TemplateSelectionExpression.custom('$default').expression).toBe('$default');
    expect(findingsOf(integration('WEBSOCKET', { TemplateSelectionExpression: '$default' }), 'warning')).toContain('selection-unescaped-default TemplateSelectionExpression');
  });

  test('round trip', () => {
    for (const e of [TemplateSelectionExpression.DEFAULT, TemplateSelectionExpression.requestBody('type'), TemplateSelectionExpression.requestBody('[\'a b\']')]) {
      expect(findingsOf(integration('WEBSOCKET', { TemplateSelectionExpression: e.expression }))).toEqual([]);
      expect(findingsOf(integration('WEBSOCKET', { TemplateSelectionExpression: e.expression }), 'warning')).toEqual([]);
    }
  });
});

describe('IntegrationResponseTemplateSelectionExpression', () => {
  test.each([
    ['DEFAULT', () => IntegrationResponseTemplateSelectionExpression.DEFAULT, '\\$default'],
    ['STATUS_CODE', () => IntegrationResponseTemplateSelectionExpression.STATUS_CODE, '${integration.response.statuscode}'],
    ['responseHeader', () => IntegrationResponseTemplateSelectionExpression.responseHeader('Content-Type'), '${integration.response.header.Content-Type}'],
    ['responseMultiValueHeader', () => IntegrationResponseTemplateSelectionExpression.responseMultiValueHeader('x-tag'), '${integration.response.multivalueheader.x-tag}'],
    ['requestBody', () => IntegrationResponseTemplateSelectionExpression.requestBody('type'), '${request.body.type}'],
    ['custom', () => IntegrationResponseTemplateSelectionExpression.custom('${integration.response.statuscode}-x'), '${integration.response.statuscode}-x'],
  ])('%s', (_name, make, expected) => {
    expect(make().expression).toBe(expected);
  });

  test.each([
    ['empty header name', () => IntegrationResponseTemplateSelectionExpression.responseHeader('')],
    ['header name with a space', () => IntegrationResponseTemplateSelectionExpression.responseHeader('a b')],
    ['response body', () => IntegrationResponseTemplateSelectionExpression.custom('${integration.response.body.a}')],
    ['context', () => IntegrationResponseTemplateSelectionExpression.custom('$context.requestId')],
  ])('error: %s', (_name, make) => {
    expectRuleError(make, 'integration-response-template-selection');
  });

  test('round trip', () => {
    for (const e of [IntegrationResponseTemplateSelectionExpression.DEFAULT, IntegrationResponseTemplateSelectionExpression.STATUS_CODE,
      IntegrationResponseTemplateSelectionExpression.responseHeader('Content-Type'), IntegrationResponseTemplateSelectionExpression.responseMultiValueHeader('x'),
      IntegrationResponseTemplateSelectionExpression.requestBody('$.t')]) {
      expect(findingsOf(integrationResponse({ TemplateSelectionExpression: e.expression }))).toEqual([]);
    }
  });
});

describe('IntegrationResponseKey', () => {
  test.each([
    ['DEFAULT', () => IntegrationResponseKey.DEFAULT, '$default'],
    ['statusPattern', () => IntegrationResponseKey.statusPattern('4\\d{2}'), '/4\\d{2}/'],
    ['statusPattern alternation', () => IntegrationResponseKey.statusPattern('(500|502)'), '/(500|502)/'],
    ['custom', () => IntegrationResponseKey.custom('/5\\d{2}/'), '/5\\d{2}/'],
  ])('%s', (_name, make, expected) => {
    expect(make().key).toBe(expected);
  });

  test.each([
    ['unclosed group', () => IntegrationResponseKey.statusPattern('(4\\d{2}')],
    ['dangling quantifier', () => IntegrationResponseKey.statusPattern('*4')],
    ['no slashes', () => IntegrationResponseKey.custom('4\\d{2}')],
    ['$Default', () => IntegrationResponseKey.custom('$Default')],
  ])('error: %s', (_name, make) => {
    expectRuleError(make, 'integration-response-key');
  });

  test('round trip', () => {
    for (const k of [IntegrationResponseKey.DEFAULT, IntegrationResponseKey.statusPattern('4\\d{2}'), IntegrationResponseKey.statusPattern('.*Error.*')]) {
      expect(findingsOf(integrationResponse({ IntegrationResponseKey: k.key }))).toEqual([]);
    }
  });

  test('property: statusPattern throws exactly when integration-response-key reports the key', () => {
    const regex = fc.array(fc.constantFrom('4', '\\d', '{2}', '(', ')', '[', ']', '*', '+', '?', '|', '.', 'a', '\\', '{', '}', '^', '$'), { maxLength: 6 }).map(a => a.join(''));
    fc.assert(fc.property(regex, r => {
      const thrown = thrownBy(() => IntegrationResponseKey.statusPattern(r));
      const found = findingsOf(integrationResponse({ IntegrationResponseKey: `/${r}/` })).some(f => f.startsWith('integration-response-key'));
      expect(thrown === 'integration-response-key').toBe(found);
    }), { numRuns: 300 });
  });
});

describe('ModelSelectionExpression', () => {
  test('factories, unchecked because the rule is a warning', () => {
    expect(ModelSelectionExpression.DEFAULT.expression).toBe('\\$default');
    expect(ModelSelectionExpression.requestBody('type').expression).toBe('${request.body.type}');
    expect(ModelSelectionExpression.custom('$request.header.x').expression).toBe('$request.header.x');
  });

  test('round trip: no warning for what the factories emit', () => {
    for (const e of [ModelSelectionExpression.DEFAULT, ModelSelectionExpression.requestBody('type')]) {
      expect(findingsOf({ ...api('WEBSOCKET'), ...route('R', 'send', { ModelSelectionExpression: e.expression }) }, 'warning')).toEqual([]);
    }
  });
});

describe('tokens', () => {
  test('unresolved expressions and keys are passed through unchecked', () => {
    expect(() => WebSocketRouteSelectionExpression.custom(lazy('$request.header.x'))).not.toThrow();
    expect(() => WebSocketRouteSelectionExpression.requestBody(lazy('..a'))).not.toThrow();
    expect(() => ApiKeySelectionExpression.custom(lazy('x'))).not.toThrow();
    expect(() => TemplateSelectionExpression.custom(lazy('${'))).not.toThrow();
    expect(() => IntegrationResponseTemplateSelectionExpression.responseHeader(lazy('a b'))).not.toThrow();
    expect(() => IntegrationResponseKey.statusPattern(lazy('('))).not.toThrow();
  });
});

describe('property: custom() throws exactly when the synth rules report an error', () => {
  const expressions = fc.oneof(
    fc.array(fc.constantFrom('$request.body', '${request.body', '.a', '}', '..b', '[0]', '$request.header.x', '${integration.response.statuscode}', '\\$default', '$default', '/', '-', ' ', '{', '$'), { maxLength: 5 }).map(a => a.join('')),
    fc.string({ maxLength: 12 }),
  );
  test('route selection', () => {
    fc.assert(fc.property(expressions, e => {
      const thrown = thrownBy(() => WebSocketRouteSelectionExpression.custom(e));
      const found = findingsOf(api('WEBSOCKET', { RouteSelectionExpression: e })).map(f => f.split(' ')[0]);
      if (thrown === undefined) expect(found).toEqual([]);
      else expect(found).toContain(thrown);
    }), { numRuns: 300 });
  });
  test('integration template selection', () => {
    fc.assert(fc.property(expressions, e => {
      const thrown = thrownBy(() => TemplateSelectionExpression.custom(e));
      const found = findingsOf(integration('WEBSOCKET', { TemplateSelectionExpression: e })).map(f => f.split(' ')[0]);
      if (thrown === undefined) expect(found).toEqual([]);
      else expect(found).toContain(thrown);
    }), { numRuns: 300 });
  });
  test('integration response template selection', () => {
    fc.assert(fc.property(expressions, e => {
      const thrown = thrownBy(() => IntegrationResponseTemplateSelectionExpression.custom(e));
      const found = findingsOf(integrationResponse({ TemplateSelectionExpression: e })).map(f => f.split(' ')[0]);
      if (thrown === undefined) expect(found).toEqual([]);
      else expect(found).toContain(thrown);
    }), { numRuns: 300 });
  });
});
