import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { MappingTemplate, MappingTemplateDirection } from '../../src/vtl/mapping-template';
import { MappingTemplateSyntaxError } from '../../src/vtl/syntax-error';

describe('MappingTemplate', () => {
  test('fromString renders a WebSocket template', () => {
    const t = MappingTemplate.fromString('{"action": $input.json(\'$.action\'), "connection": "$context.connectionId", "ip": "$context.identity.sourceIp"}');
    const r = t.render({ body: '{"action": "vote"}', context: { 'connectionId': 'abc=', 'identity.sourceIp': '203.0.113.1' } });
    expect(r.output).toBe('{"action": "vote", "connection": "abc=", "ip": "203.0.113.1"}');
    expect(r.errors).toEqual([]);
  });

  test('context keys such as __proto__ and constructor are kept as data, and nothing is polluted', () => {
    const t = MappingTemplate.fromString('$context.authorizer.__proto__ $context.authorizer.constructor $context.get("__proto__").a');
    const r = t.render({ context: { 'authorizer.__proto__': 'p', 'authorizer.constructor': 'c', '__proto__.a': 'v' } });
    expect(r.output).toBe('p c v');
    expect(({} as Record<string, unknown>).a).toBeUndefined();
  });

  test('fromFile reads the file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vtl-'));
    writeFileSync(join(dir, 't.vtl'), '$input.params(\'id\')');
    expect(MappingTemplate.fromFile(join(dir, 't.vtl')).render({ pathParameters: { id: '7' } }).output).toBe('7');
  });

  test('a template that does not parse throws with the rule id and position', () => {
    expect(() => MappingTemplate.fromString('ok\n#if($a)')).toThrow(MappingTemplateSyntaxError);
    try {
      MappingTemplate.fromString('ok\n#if($a)');
    } catch (e) {
      expect(e).toMatchObject({ ruleId: 'template-syntax', line: 2, column: 1 });
      expect((e as Error).message).toMatch(/^\[template-syntax\] line 2, column 1: /);
    }
  });

  test('overrides carry from the request render into the response render', () => {
    const request = MappingTemplate.fromString('#set($context.responseOverride.status = 444)#set($context.requestOverride.header.X-Id = "1")');
    const response = MappingTemplate.fromString('$context.responseOverride.status');
    const first = request.render();
    expect(first.responseOverrideStatus).toBe(444);
    expect(first.requestOverrideHeaders).toEqual({ 'X-Id': '1' });
    const second = response.render({ previous: first });
    expect(second.output).toBe('444');
    expect(second.responseOverrideStatus).toBe(444);
  });

  test('check returns findings with rule, severity, line and column', () => {
    const t = MappingTemplate.fromString('{\n "a": "$input.json(\'$.a\')"\n}\n#set($context.requestOverride.header.X = "1")');
    expect(t.check({ direction: MappingTemplateDirection.RESPONSE }).map(f => [f.rule, f.severity, f.line, f.column])).toEqual([
      ['template-quoted-json', 'warning', 2, 8],
      ['template-override-direction', 'warning', 4, 6],
    ]);
    expect(t.check().map(f => f.rule)).toEqual(['template-quoted-json']);
  });
});
