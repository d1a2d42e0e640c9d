import * as fc from 'fast-check';
import { isContextVariable, CONTEXT_USES } from '../../src/expressions/context-variables';
import { parseHttpRequestKey, parseHttpRequestValue, parseHttpResponseKey, parseHttpResponseValue, parseResponseStatusKey, checkStatusCodeValue } from '../../src/expressions/http-parameter-mapping';
import { checkJwtIdentitySources, parseHttpIdentitySource, parseWebSocketIdentitySource } from '../../src/expressions/identity-source';
import { checkJavaRegex } from '../../src/expressions/java-regex';
import { formatJsonPath, parseJsonPath } from '../../src/expressions/jsonpath';
import { ExpressionProblem } from '../../src/expressions/problem';
import { checkRouteTarget, parseHttpRouteKey, parseWebSocketRouteKey } from '../../src/expressions/route-key';
import { canProduce, parseIntegrationResponseKey, parseSelectionExpression, unescapedDefaults } from '../../src/expressions/selection-expressions';
import { formatSelectionTemplate, parseSelectionTemplate } from '../../src/expressions/selection-template';
import { parseIntegrationResponseParameter, parseRouteRequestParameterKey, parseWebSocketRequestKey, parseWebSocketRequestValue } from '../../src/expressions/websocket-mapping';

/** Strings biased towards the characters the grammars care about, plus fully random ones. */
const ALPHABET = ['$', '{', '}', '.', '[', ']', '\'', '"', '\\', '/', ':', '-', '*', '?', '(', ')', '@', ',', ' ', '+', '|', '^', '&', 'a', 'b', 'Z', '0', '7', 'x', 'k', '<', '>', 'Q', 'E', 'p'];
const WORDS = ['request', 'response', 'header', 'querystring', 'body', 'path', 'context', 'stageVariables', 'integration', 'route', 'append', 'overwrite', 'remove', 'default', 'GET', 'ANY', '$default', '\\$', '${', '..', '?(@'];
const tricky = fc.array(fc.oneof(fc.constantFrom(...ALPHABET), fc.constantFrom(...WORDS)), { maxLength: 40 }).map(parts => parts.join(''));
const input = fc.oneof(tricky, fc.string({ maxLength: 60 }), fc.string({ unit: 'grapheme', maxLength: 30 }));

function wellFormed(problems: readonly ExpressionProblem[], text: string): void {
  for (const p of problems) {
    expect(typeof p.code).toBe('string');
    expect(p.message.length).toBeGreaterThan(5);
    expect(p.offset).toBeGreaterThanOrEqual(0);
    expect(p.offset).toBeLessThanOrEqual(Math.max(text.length, 1));
    expect(p.length).toBeGreaterThanOrEqual(1);
  }
}

const PARSERS: [string, (s: string) => readonly ExpressionProblem[]][] = [
  ['jsonpath (rooted)', s => parseJsonPath(s, { rooted: true }).problems],
  ['jsonpath (body)', s => parseJsonPath(s, { rooted: false }).problems],
  ['selection template', s => parseSelectionTemplate(s).problems],
  ['http request key', s => parseHttpRequestKey(s).problems],
  ['http response key', s => parseHttpResponseKey(s).problems],
  ['http request value', s => parseHttpRequestValue(s).problems],
  ['http response value', s => parseHttpResponseValue(s).problems],
  ['status key', s => parseResponseStatusKey(s).problems],
  ['status value', s => checkStatusCodeValue(s)],
  ['ws key', s => parseWebSocketRequestKey(s).problems],
  ['ws value', s => parseWebSocketRequestValue(s).problems],
  ['ws route parameter', s => parseRouteRequestParameterKey(s).problems],
  ['ws response parameter', s => { const r = parseIntegrationResponseParameter(s, s); return [...r.keyProblems, ...r.valueProblems]; }],
  ['http route key', s => parseHttpRouteKey(s).problems],
  ['ws route key', s => parseWebSocketRouteKey(s).problems],
  ['route target', s => checkRouteTarget(s)],
  ['ws route selection', s => parseSelectionExpression(s, 'websocket-route').problems],
  ['ir template selection', s => parseSelectionExpression(s, 'integration-response-template').problems],
  ['unescaped default', s => unescapedDefaults(s)],
  ['integration response key', s => parseIntegrationResponseKey(s).problems],
  ['java regex', s => checkJavaRegex(s)],
  ['http identity source', s => parseHttpIdentitySource(s).problems],
  ['ws identity source', s => parseWebSocketIdentitySource(s).problems],
  ['jwt identity sources', s => checkJwtIdentitySources([s]).map(x => x.problem)],
];

describe.each(PARSERS)('%s', (_name, parse) => {
  test('never throws, returns well-formed problems, over random input', () => {
    fc.assert(fc.property(input, s => { wellFormed(parse(s), s); }), { numRuns: 400 });
  });
  test('finishes on long input quickly (no catastrophic backtracking)', () => {
    for (const unit of ['${', '[', '\\', '(', '$a', '{1', 'a*', '..', '\'']) {
      const s = unit.repeat(5000);
      const start = Date.now();
      const problems = parse(s);
      expect(Date.now() - start).toBeLessThan(1000);
      wellFormed(problems.slice(0, 20), s);
    }
  });
});

describe('round trips', () => {
  const member = fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_-]{0,8}$/);
  const segment = fc.oneof(member.map(m => `.${m}`), fc.nat(99).map(n => `[${n}]`), fc.constant('[*]'), member.map(m => `['${m} x']`));
  test('formatJsonPath(parseJsonPath(p)) parses to the same segments', () => {
    fc.assert(fc.property(fc.array(segment, { minLength: 1, maxLength: 6 }), segs => {
      const text = `$${segs.join('')}`;
      const parsed = parseJsonPath(text, { rooted: true });
      expect(parsed.problems).toEqual([]);
      const again = parseJsonPath(formatJsonPath(parsed.ast!), { rooted: true });
      expect(again.ast!.segments.map(s => ({ ...s, offset: 0, end: 0 }))).toEqual(parsed.ast!.segments.map(s => ({ ...s, offset: 0, end: 0 })));
    }));
  });
  test('formatSelectionTemplate keeps text and variables', () => {
    const part = fc.oneof(
      fc.stringMatching(/^[a-z /-]{1,6}$/).map(t => ({ text: t })),
      fc.stringMatching(/^request\.body\.[a-z]{1,5}$/).map(v => ({ variable: v })),
    );
    fc.assert(fc.property(fc.array(part, { maxLength: 5 }), parts => {
      const text = parts.map(p => 'text' in p ? p.text : `\${${p.variable}}`).join('');
      const parsed = parseSelectionTemplate(text);
      const again = parseSelectionTemplate(formatSelectionTemplate(parsed.template));
      const strip = (t: typeof parsed.template) => t.parts.map(p => p.kind === 'text' ? p.value : `$${p.name}`).join('|');
      expect(strip(again.template)).toBe(strip(parsed.template));
    }));
  });
  test('a static selection expression produces exactly its text', () => {
    fc.assert(fc.property(fc.stringMatching(/^[a-z0-9 _-]{0,10}$/), fc.stringMatching(/^[a-z0-9 _-]{0,10}$/), (text, other) => {
      const t = parseSelectionTemplate(text).template;
      expect(canProduce(t, text)).toBe(true);
      expect(canProduce(t, other)).toBe(other === text);
    }));
  });
  test('context variable lookup never throws', () => {
    fc.assert(fc.property(input, fc.constantFrom(...CONTEXT_USES), (s, use) => { expect(typeof isContextVariable(s, use)).toBe('boolean'); }));
  });
});
