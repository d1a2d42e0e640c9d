import * as fc from 'fast-check';
import { elide, show } from '../../src/expressions/problem';
import { analyzeCanProduce, CAN_PRODUCE_BUDGET, parseSelectionExpression } from '../../src/expressions/selection-expressions';
import { buildModel } from '../../src/model/build-model';
import { lintTemplate, MAX_MESSAGE_LENGTH, runRules } from '../../src/rules/engine';
import { selectionTemplateKeyUnreachable } from '../../src/rules/expressions/selection-template-key-unreachable';
import { wsRouteSelectionExpression } from '../../src/rules/expressions/ws-route-selection-expression';
import { wsIntegrationResponseDefault } from '../../src/rules/integration/ws-integration-response-default';
import { Rule, RULE_FAILURE_ID } from '../../src/rules/rule';
import { javaFindsAny } from '../../src/vtl/java-regex';

/**
 * Hostile input for the rules: each test asserts counts (findings, message length, analysis steps), never
 * wall-clock time. Before these bounds, the inputs below took seconds to minutes (see bench/hostile-rules.ts).
 */

const wsApi = (properties: Record<string, unknown> = {}) => ({
  Type: 'AWS::ApiGatewayV2::Api',
  Properties: { Name: 'chat', ProtocolType: 'WEBSOCKET', RouteSelectionExpression: '$request.body.action', ...properties },
});

function templateSelection(expression: string, keys: readonly string[]) {
  return {
    Api: wsApi(),
    Backend: {
      Type: 'AWS::ApiGatewayV2::Integration',
      Properties: {
        ApiId: { Ref: 'Api' },
        IntegrationType: 'MOCK',
        TemplateSelectionExpression: expression,
        RequestTemplates: Object.fromEntries(keys.map(k => [k, '{}'])),
      },
    },
  };
}

const variables = (n: number) => Array.from({ length: n }, (_, i) => `\${request.body.v${i}}`).join('');

/** The old analysis, a regular expression with one `.*` per variable: exponential, so only for small inputs. */
function regexCanProduce(expression: string, key: string): boolean {
  const { ast } = parseSelectionExpression(expression, 'integration-template');
  const source = ast!.parts.map(p => p.kind === 'text' ? p.value.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&') : '[\\s\\S]*').join('');
  return new RegExp(`^${source}$`).test(key);
}

describe('selection-template-key-unreachable: linear analysis with a budget', () => {
  test('64 variables around static text: decided, in steps linear in the key', () => {
    const expression = `x${variables(64)}y`;
    const { ast } = parseSelectionExpression(expression, 'integration-template');
    const key = `x${'a'.repeat(10_000)}z`;
    const r = analyzeCanProduce(ast!, key);
    expect(r.verdict).toBe('no');
    expect(r.steps).toBeLessThanOrEqual(key.length + expression.length);
    expect(runRules(buildModel({ Resources: templateSelection(expression, [key]) }), { rules: [selectionTemplateKeyUnreachable] })).toHaveLength(1);
  });

  test('texts between variables are found in order, each scan starting where the last ended', () => {
    const expression = `${variables(1)}${'/a'.repeat(200)}${variables(1)}`;
    const { ast } = parseSelectionExpression(`a${variables(1)}b${variables(1)}c${variables(1)}d`, 'integration-template');
    expect(analyzeCanProduce(ast!, 'a-b-c-d').verdict).toBe('yes');
    expect(analyzeCanProduce(ast!, 'a-c-b-d').verdict).toBe('no');
    expect(analyzeCanProduce(ast!, 'abcd').verdict).toBe('yes');
    expect(analyzeCanProduce(ast!, 'abd').verdict).toBe('no');
    const key = '/a'.repeat(5_000);
    const r = analyzeCanProduce(parseSelectionExpression(expression, 'integration-template').ast!, key);
    expect(r.verdict).toBe('yes');
    expect(r.steps).toBeLessThanOrEqual(key.length + 400);
  });

  test('past the budget the analysis is unknown and the rule reports nothing', () => {
    const expression = `${variables(1)}b${variables(1)}`;
    const { ast } = parseSelectionExpression(expression, 'integration-template');
    const key = 'a'.repeat(CAN_PRODUCE_BUDGET + 1);
    expect(analyzeCanProduce(ast!, key)).toEqual({ verdict: 'unknown', steps: 0 });
    expect(analyzeCanProduce(ast!, 'a'.repeat(100), 50).verdict).toBe('unknown');
    expect(analyzeCanProduce(ast!, 'a'.repeat(100)).verdict).toBe('no');
    const rule = (keys: string[]) => runRules(buildModel({ Resources: templateSelection(expression, keys) }), {
      rules: [selectionTemplateKeyUnreachable],
    });
    expect(rule([key])).toEqual([]);
    expect(rule(['a'.repeat(100)])).toHaveLength(1);
  });

  const textPiece = fc.constantFrom('a', 'b', 'ab', '-', '/', 'v1', '\\$', '.');
  const variablePiece = fc.constantFrom('${request.body.x}', '$request.body.y', '${request.body.z}');
  const expressionOf = fc.array(fc.oneof(textPiece, variablePiece), { minLength: 1, maxLength: 8 }).map(ps => ps.join(''));
  const keyOf = fc.array(fc.constantFrom('a', 'b', '-', '/', 'v', '1', '$', '.'), { maxLength: 12 }).map(ps => ps.join(''));

  test('random expressions and keys: the same verdict as the regular expression, never throws, steps within key + expression', () => {
    fc.assert(fc.property(expressionOf, keyOf, (expression, key) => {
      const { ast, problems } = parseSelectionExpression(expression, 'integration-template');
      fc.pre(ast !== undefined && problems.length === 0);
      const r = analyzeCanProduce(ast!, key);
      expect(r.verdict).toBe(regexCanProduce(expression, key) ? 'yes' : 'no');
      expect(r.steps).toBeLessThanOrEqual(key.length + expression.length + 1);
    }), { numRuns: 2000 });
  });

  test('random expressions through the rule: at most one finding per template key', () => {
    fc.assert(fc.property(fc.string({ maxLength: 60 }), fc.array(fc.string({ maxLength: 30 }), { maxLength: 4 }), (expression, keys) => {
      const findings = runRules(buildModel({ Resources: templateSelection(expression, keys) }), { rules: [selectionTemplateKeyUnreachable] });
      expect(new Set(findings.map(f => f.path)).size).toBe(findings.length);
      expect(findings.length).toBeLessThanOrEqual(keys.length);
    }), { numRuns: 500 });
  });
});

describe('ws-integration-response-default: response keys matched with bounded work', () => {
  const twoWay = (...keys: string[]) => {
    const resources: Record<string, unknown> = {
      Api: wsApi(),
      Backend: { Type: 'AWS::ApiGatewayV2::Integration', Properties: { ApiId: { Ref: 'Api' }, IntegrationType: 'HTTP', IntegrationUri: 'https://example.com' } },
      Send: {
        Type: 'AWS::ApiGatewayV2::Route',
        Properties: { ApiId: { Ref: 'Api' }, RouteKey: 'send', RouteResponseSelectionExpression: '$default', Target: { 'Fn::Join': ['', ['integrations/', { Ref: 'Backend' }]] } },
      },
    };
    keys.forEach((key, i) => {
      resources[`Response${i}`] = { Type: 'AWS::ApiGatewayV2::IntegrationResponse', Properties: { ApiId: { Ref: 'Api' }, IntegrationId: { Ref: 'Backend' }, IntegrationResponseKey: key } };
    });
    return runRules(buildModel({ Resources: resources }), { rules: [wsIntegrationResponseDefault] });
  };
  const success = Array.from({ length: 100 }, (_, i) => String(200 + i));

  test.each([8, 32, 64])('a key of %i nested quantified groups is decided within the work budget', depth => {
    const pattern = `${'('.repeat(depth)}.*${')*'.repeat(depth)}x`;
    expect(javaFindsAny(pattern, success)).toBe('no-match');
    // The same search with a budget too small to finish it is undecided: the budget is what bounds it.
    expect(javaFindsAny(pattern, success, 1_000)).toBe('undecided');
    expect(twoWay(`/${pattern}/`).map(f => f.path)).toEqual(['IntegrationType']);
    expect(twoWay(`/${'('.repeat(depth)}\\d*${')*'.repeat(depth)}/`)).toEqual([]);
  });

  test('a key nested too deep or compiling too large is undecided: no finding, no stack overflow', () => {
    expect(javaFindsAny(`${'('.repeat(100_000)}x${')'.repeat(100_000)}`, success)).toBe('undecided');
    expect(twoWay(`/${'('.repeat(500)}x${')'.repeat(500)}/`)).toEqual([]);
    expect(twoWay('/((x{100}){100}){100}/')).toEqual([]);
  });

  test('a pattern Java refuses, or one needing more backtracking than the budget, is undecided', () => {
    expect(javaFindsAny('[', ['x'])).toBe('undecided');
    expect(javaFindsAny('(a+)+\\1b', ['a'.repeat(30)])).toBe('undecided');
    expect(javaFindsAny('2\\d\\d', ['204'])).toBe('match');
  });

  const keyPiece = fc.constantFrom('(', ')', '(?:', '|', '*', '+', '?', '{2}', '{0,3}', '.', '\\d', '\\w', '[0-9]', '2', '4', '0', 'x', '^', '$');
  test('random keys from regex pieces: never throws, one finding at most, always a verdict', () => {
    fc.assert(fc.property(fc.array(keyPiece, { maxLength: 40 }), pieces => {
      const pattern = pieces.join('');
      expect(twoWay(`/${pattern}/`).length).toBeLessThanOrEqual(1);
      expect(['match', 'no-match', 'undecided']).toContain(javaFindsAny(pattern, success));
    }), { numRuns: 1000 });
  });
});

describe('engine: one finding per rule and property, short messages', () => {
  test('100,000 stray braces in one expression: one finding, saying how many more there were', () => {
    const findings = runRules(buildModel({ Resources: { Api: wsApi({ RouteSelectionExpression: '{'.repeat(100_000) }) } }), { rules: [wsRouteSelectionExpression] });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'ws-route-selection-expression', resource: 'Api', path: 'RouteSelectionExpression', line: 1, column: 1 });
    expect(findings[0].message).toContain('99999 more');
    expect(findings[0].message.length).toBeLessThanOrEqual(MAX_MESSAGE_LENGTH);
  });

  test('every message of a template of over-long values is at most 300 characters, one per rule and property', () => {
    const long = 'a'.repeat(100_000);
    const findings = lintTemplate({
      Resources: {
        Api: { Type: 'AWS::ApiGatewayV2::Api', Properties: { Name: long, ProtocolType: 'HTTP', Description: long, CorsConfiguration: { AllowOrigins: [long] } } },
        Ws: wsApi({ Name: long, RouteSelectionExpression: `$${long}`, ApiKeySelectionExpression: long }),
        Stage: { Type: 'AWS::ApiGatewayV2::Stage', Properties: { ApiId: { Ref: 'Api' }, StageName: long, StageVariables: { [long]: long } } },
        Route: { Type: 'AWS::ApiGatewayV2::Route', Properties: { ApiId: { Ref: 'Api' }, RouteKey: `GET /${'{a}/'.repeat(20_000)}` } },
        Domain: { Type: 'AWS::ApiGatewayV2::DomainName', Properties: { DomainName: long } },
      },
    });
    expect(findings.length).toBeGreaterThan(5);
    for (const f of findings) expect(f.message.length).toBeLessThanOrEqual(MAX_MESSAGE_LENGTH);
    const keys = findings.map(f => `${f.rule} ${f.resource} ${f.path}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(findings.filter(f => f.rule === RULE_FAILURE_ID)).toEqual([]);
  });

  test('a rule that throws with a 100 KB message is reported as engine-rule-failed with a short message', () => {
    const throwing: Rule = {
      id: 'test-throws',
      severity: 'error',
      summary: 'throws',
      references: [],
      evidence: { kind: 'inferred', source: 'a test rule' },
      check() {
        throw new Error(`bad value ${'x'.repeat(100_000)} end`);
      },
    };
    const findings = runRules(buildModel({ Resources: {} }), { rules: [throwing] });
    expect(findings).toHaveLength(1);
    expect(findings[0].rule).toBe(RULE_FAILURE_ID);
    expect(findings[0].message).toContain('test-throws');
    expect(findings[0].message.length).toBeLessThanOrEqual(MAX_MESSAGE_LENGTH);
  });

  test('findings a rule reported before it threw are kept', () => {
    const partial: Rule = {
      id: 'test-partial',
      severity: 'warning',
      summary: 'reports then throws',
      references: [],
      evidence: { kind: 'inferred', source: 'a test rule' },
      check(model, report) {
        report({ resource: model.apis[0], path: 'Name', message: 'first finding of this rule' });
        throw new Error('then fails');
      },
    };
    const findings = runRules(buildModel({ Resources: { Api: wsApi() } }), { rules: [partial] });
    expect(findings.map(f => f.rule)).toEqual(['test-partial', RULE_FAILURE_ID]);
  });

  test('elide keeps both ends and never splits a surrogate pair; show quotes the elided value', () => {
    expect(elide('abcdefghij', 5)).toBe('ab…ij');
    expect(elide('short', 5)).toBe('short');
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.integer({ min: 1, max: 100 }), (text, max) => {
      const out = elide(text, max);
      expect(out.length).toBeLessThanOrEqual(Math.max(max, 1));
      // No lone surrogate: encoding to UTF-8 and back gives the same string.
      expect(Buffer.from(out, 'utf8').toString('utf8')).toBe(out);
    }), { numRuns: 500 });
    expect(show('x'.repeat(1000)).length).toBeLessThanOrEqual(82);
  });
});
