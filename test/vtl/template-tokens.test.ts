import { App, CfnParameter, Fn, Lazy, Stack, Token } from 'aws-cdk-lib';
import { MappingTemplate, MappingTemplateDirection } from '../../src/vtl/mapping-template';
import { MappingTemplateSyntaxError } from '../../src/vtl/syntax-error';

const stack = new Stack(new App(), 'Tokens');
const table = new CfnParameter(stack, 'Table').valueAsString;
const count = new CfnParameter(stack, 'Count', { type: 'Number' }).valueAsNumber;
const lazy = Lazy.string({ produce: () => 'lazy' });
const imported = Fn.importValue('Shared');
const listText = `${Lazy.list({ produce: () => ['a'] })}`;

const rows = (t: MappingTemplate, options = {}) => t.check(options).map(f => [f.rule, f.line, f.column]);

describe('CDK tokens in a mapping template', () => {
  test('a DynamoDB request template naming its table constructs, checks clean and renders the token as is', () => {
    const text = `{"TableName": "${table}", "Key": {"id": {"S": "$input.params('id')"}}}`;
    const t = MappingTemplate.fromString(text);
    expect(t.text).toBe(text);
    expect(rows(t, { direction: MappingTemplateDirection.REQUEST, webSocket: true })).toEqual([]);
    const out = t.render({ pathParameters: { id: '7' } }).output;
    expect(out).toBe(`{"TableName": "${table}", "Key": {"id": {"S": "7"}}}`);
    expect(stack.resolve(out)).toEqual({ 'Fn::Join': ['', ['{"TableName": "', { Ref: 'Table' }, '", "Key": {"id": {"S": "7"}}}']] });
  });

  test.each([
    ['plain text', (v: string) => `{"a": "${v}"}`],
    ['a double-quoted VTL string in #set', (v: string) => `#set($t = "x${v}y")$t`],
    ['a single-quoted VTL string in #set', (v: string) => `#set($t = 'x${v}y')$t`],
    ['a JSONPath', (v: string) => `$input.json('$.${v}')`],
    ['right after a $ name', (v: string) => `$input.body${v}`],
    ['right after a $context name and a dot', (v: string) => `$context.${v}`],
    ['right after a $', (v: string) => `$${v}`],
    ['an override header name', (v: string) => `#set($context.requestOverride.header.${v} = "1")`],
    ['a bare expression', (v: string) => `#set($t = ${v})$t`],
    ['an #if condition', (v: string) => `#if(${v})yes#end`],
    ['a method argument', (v: string) => `$util.escapeJavaScript(${v})`],
    ['the middle of a member name', (v: string) => `$input.pa${v}th('$')`],
    ['the middle of a member name in #set', (v: string) => `#set($x = $input.pa${v}th('$'))$x`],
  ])('a token in %s: constructs, no finding', (_where, template) => {
    for (const token of [table, lazy, imported, Token.asString(count), listText]) {
      const t = MappingTemplate.fromString(template(token));
      expect(rows(t, { direction: MappingTemplateDirection.REQUEST })).toEqual([]);
      expect(rows(t, { direction: MappingTemplateDirection.RESPONSE, webSocket: true })
        .filter(([rule]) => rule !== 'template-override-direction')).toEqual([]);
      expect(t.render().errors).toEqual([]);
    }
  });

  test('literal text in place of the token would yield findings the token must not', () => {
    expect(rows(MappingTemplate.fromString('$context.tableName')).map(r => r[0])).toEqual(['template-unknown-member']);
    expect(rows(MappingTemplate.fromString('$context.tableName'), { webSocket: true }).map(r => r[0])).toEqual(['template-unknown-member']);
    expect(rows(MappingTemplate.fromString(`$context.${table}`))).toEqual([]);
    expect(rows(MappingTemplate.fromString("$input.json('$.[')")).map(r => r[0])).toEqual(['template-jsonpath']);
    expect(rows(MappingTemplate.fromString(`$input.json('$.${table}')`))).toEqual([]);
  });

  test('a number token stands in an expression', () => {
    const t = MappingTemplate.fromString(`#if($input.json('$.n') > ${count})big#{else}small#end`);
    expect(rows(t)).toEqual([]);
    expect(t.render({ body: '{"n": 1}' }).output).toBe('small');
  });

  test('a token hides no finding of the rest of the text, and positions are those of the original text', () => {
    const plain = MappingTemplate.fromString('{"t": "T", "a": "$input.json(\'$.a\')"}\nT "$input.json(\'$.b\')"');
    const t = MappingTemplate.fromString(`{"t": "${table}", "a": "$input.json('$.a')"}\n${table} "$input.json('$.b')"`);
    const shift = table.length - 1;
    expect(rows(plain)).toHaveLength(2);
    expect(rows(t)).toEqual(rows(plain).map(([rule, line, column]) => [rule, line, (column as number) + shift]));
  });

  test('a finding that holds whatever the token is still reported', () => {
    const t = MappingTemplate.fromString(`#set($context.requestOverride.header.${table} = "1")`);
    expect(rows(t, { direction: MappingTemplateDirection.RESPONSE })).toEqual([['template-override-direction', 1, 6]]);
  });

  test('the same override set twice through the same token is reported', () => {
    const t = MappingTemplate.fromString(`#set($context.requestOverride.header.${table} = "1")\n#set($context.requestOverride.header.${table} = "2")`);
    expect(rows(t).map(r => r[0])).toContain('template-override-twice');
  });

  test('a syntax error of the template itself still throws at its position', () => {
    expect(() => MappingTemplate.fromString(`"${table}"\n#if($a)`)).toThrow(MappingTemplateSyntaxError);
    try {
      MappingTemplate.fromString(`"${table}"\n#if($a)`);
    } catch (e) {
      expect(e).toMatchObject({ ruleId: 'template-syntax', line: 2, column: 1 });
    }
  });

  test('tokens render in overrides too, and a transformed token is transformed as a placeholder', () => {
    const r = MappingTemplate.fromString(`#set($context.requestOverride.header.X-Table = "${table}")`).render();
    expect(r.requestOverrideHeaders).toEqual({ 'X-Table': table });
    const t = MappingTemplate.fromString(`$util.escapeJavaScript("${imported}")`);
    expect(t.render().output).toBe(imported);
  });

  test('text that only looks like a placeholder is kept', () => {
    const t = MappingTemplate.fromString(`Tkn0Z 73190000 ~~0~ ${table}`);
    expect(t.render().output).toBe(`Tkn0Z 73190000 ~~0~ ${table}`);
  });
});
