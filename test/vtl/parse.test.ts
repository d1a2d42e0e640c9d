import { parseTemplate } from '../../src/vtl/parse';

const ok = (t: string) => {
  const r = parseTemplate(t);
  expect(r.ok ? [] : r.problems).toEqual([]);
  return r.ok ? r.template.nodes : [];
};
const problem = (t: string) => {
  const r = parseTemplate(t);
  expect(r.ok).toBe(false);
  return r.ok ? undefined : r.problems[0];
};

describe('parser adapter: Velocity 1.x syntax API Gateway accepts', () => {
  test.each([
    ['hyphenated identifiers', '$elem.partition-key #set($context.requestOverride.header.X-Amz-Target = "x")'],
    ['#{else} and #{end}', '#if($a)x#{else}y#{end}'],
    ['#set with spaces', '#set ( $x = 1 )#set ($y = 2)'],
    ['## comment at line end', 'a ## note\nb'],
    ['#define', '#define($loop)x#end$loop'],
    ['#macro', '#macro(m $a $b)$a$b#end#m(1 2)'],
    ['$foreach and $velocityCount', '#foreach($i in $l)$foreach.count $foreach.hasNext $velocityCount#end'],
    ['#break and #stop', '#foreach($i in $l)#break#end#stop'],
    ['braced directives', '#{if}($a)#{set}($b = 1)#{break}#{end}#{stop}'],
  ])('%s', (_name, t) => {
    ok(t);
  });

  test('#stop is a stop node, not text (velocityjs reads it as text)', () => {
    expect(ok('a#stop b').map(n => n.kind)).toEqual(['text', 'stop', 'text']);
  });
  test('#stop inside a comment or raw block stays text', () => {
    expect(ok('#[[#stop]]#').map(n => n.kind)).toEqual(['text']);
  });
});

describe('parser adapter: problems with 1-based line and column', () => {
  test('an unclosed #if is reported at the #if', () => expect(problem('a\n  #if($a)\nb')).toMatchObject({ line: 2, column: 3 }));
  test('a stray #end (velocityjs drops the rest of the template)', () => expect(problem('x\n#end\ny')).toMatchObject({ line: 2, column: 1 }));
  test('#else outside #if', () => expect(problem('#foreach($a in $b)#else#end')).toMatchObject({ line: 1, column: 19 }));
  test('#elseif after #else', () => expect(problem('#if($a)#else#elseif($b)#end')).toMatchObject({ line: 1, column: 13 }));
  test('a #set without a value', () => expect(problem('\n\n#set($a = )')).toMatchObject({ line: 3, column: 11 }));
  test('an unterminated string inside a directive', () => expect(problem('one\ntwo #set($a = "x)')).toMatchObject({ line: 2, column: 15 }));
  test('positions after a rewritten #{stop} map back to the original text', () => {
    expect(problem('#{stop}#{stop}\n #set($a = )')).toMatchObject({ line: 2, column: 12 });
  });
  test('an error inside an interpolated string is placed in the string', () => {
    expect(problem('#set($a = "ab${c")')).toMatchObject({ line: 1, column: 17 });
  });
});
