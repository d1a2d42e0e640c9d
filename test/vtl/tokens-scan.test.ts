/**
 * A CDK token inserted at every position of real templates: the template constructs or throws its syntax
 * error with the rule id (where no literal text can stand, inside a directive's name), and `check()` reports
 * the findings of the template without the token, at the same places, and no other.
 */
import { Fn } from 'aws-cdk-lib';
import { MappingTemplate } from '../../src/vtl/mapping-template';
import { MappingTemplateSyntaxError } from '../../src/vtl/syntax-error';

const TOKEN = Fn.importValue('Shared');
const TEMPLATES = [
  '#set($inputRoot = $input.path(\'$\'))\n{"id": "$context.requestId", "name": "$util.escapeJavaScript($inputRoot.name)", "raw": $input.json(\'$.raw\')}',
  '#if($input.params(\'x\') == "a")\n#set($context.requestOverride.header.X-Id = "1")\n#end\n{"q": "$input.params().querystring.get(\'q\')"}',
  '#foreach($item in $input.path(\'$.items\'))\n  {"v": "$item.v"}#if($foreach.hasNext),#end\n#end',
];

type Row = [string, number, number];
const rows = (t: MappingTemplate): Row[] => t.check().map(f => [f.rule, f.line ?? 0, f.column ?? 0]);

describe('a token inserted at every position of a template', () => {
  test.each(TEMPLATES.map((t, i) => [i, t]))('template %i', (_i, text) => {
    const base = rows(MappingTemplate.fromString(text));
    const extra: string[] = [];
    let threw = 0;
    for (let p = 0; p <= text.length; p++) {
      const withToken = text.slice(0, p) + TOKEN + text.slice(p);
      let found: Row[];
      try {
        found = rows(MappingTemplate.fromString(withToken));
      } catch (e) {
        expect(e).toBeInstanceOf(MappingTemplateSyntaxError);
        threw++;
        continue;
      }
      // The same findings as without the token, positions after it on its line shifted by its length.
      const line = text.slice(0, p).split('\n').length;
      const col = p - text.lastIndexOf('\n', p - 1);
      const shifted = base.map(([r, l, c]) => [r, l, l === line && c >= col ? c + TOKEN.length : c] as Row);
      const key = (r: Row) => r.join(':');
      for (const f of found) if (!shifted.some(s => key(s) === key(f))) extra.push(`${p}: ${key(f)} in ${JSON.stringify(withToken.slice(Math.max(0, p - 10), p + TOKEN.length + 10))}`);
    }
    // Known limit: a token glued before another argument (`json(${token}'$.a')`) reads as a second argument.
    const gluedArgument = (e: string) => /\(\$\{Token\[[^\]]+\]\}[$']/.test(e);
    expect(extra.filter(e => !gluedArgument(e))).toEqual([]);
    expect(threw).toBeLessThan(text.length / 3);
  });
});
