import { renderTemplate } from '../../src/vtl/evaluate';
import { RenderRequestInput } from '../../src/vtl/request';

const out = (t: string, r: RenderRequestInput = {}) => {
  const o = renderTemplate(t, r);
  expect(o.errors).toEqual([]);
  return o.output;
};

describe('seed 001 examples', () => {
  test('JSON mapping template: name from the query string, body as JSON', () => {
    expect(out('{\n    "name" : "$input.params(\'name\')",\n    "body" : $input.json(\'$\') \n}', { body: '{"a": 1}', params: { querystring: { name: 'Max' } } }))
      .toBe('{\n    "name" : "Max",\n    "body" : {"a":1} \n}');
  });
  test('request template with $input.params, path().size() and escapeJavaScript(json())', () => {
    const o = out('{\n    "id" : "$input.params(\'id\')",\n    "count" : "$input.path(\'$.things\').size()",\n    "things" : $util.escapeJavaScript($input.json(\'$.things\'))\n}',
      { body: '{"things": {"1": {}, "2": {}, "3": {}}}', params: { path: { id: 'abc' } } });
    expect(o).toBe('{\n    "id" : "abc",\n    "count" : "3",\n    "things" : {\\"1\\":{},\\"2\\":{},\\"3\\":{}}\n}');
  });
  test('parseJson example renders errorMessageObjKey2ArrVal : 1', () => {
    expect(out('#set ($errorMessageObj = $util.parseJson($input.path(\'$.errorMessage\')))\n{\n   "errorMessageObjKey2ArrVal" : $errorMessageObj.key2.arr[0]\n}\n',
      { body: '{"errorMessage":"{\\"key1\\":\\"var1\\",\\"key2\\":{\\"arr\\":[1,2,3]}}"}' })).toBe('{\n   "errorMessageObjKey2ArrVal" : 1\n}\n');
  });
  test('all-params template lists every parameter', () => {
    const t = '#set($allParams = $input.params())\n{\n  "params" : {\n    #foreach($type in $allParams.keySet())\n    #set($params = $allParams.get($type))\n    "$type" : {\n      #foreach($paramName in $params.keySet())\n      "$paramName" : "$util.escapeJavaScript($params.get($paramName))"\n      #if($foreach.hasNext),#end\n      #end\n    }\n    #if($foreach.hasNext),#end\n    #end\n  }\n}\n';
    const o = out(t, { params: { path: { id: 'abc' }, querystring: { q: 'x' }, header: { h: 'y' } } });
    expect(JSON.parse(o)).toEqual({ params: { path: { id: 'abc' }, querystring: { q: 'x' }, header: { h: 'y' } } });
  });
  test('context variables template with no context renders empty values', () => {
    expect(out('{"stage" : "$context.stage", "ip": "$context.identity.sourceIp"}', { context: { stage: 'prod' } }))
      .toBe('{"stage" : "prod", "ip": ""}');
  });
  test('$stageVariables by name and by index', () => {
    expect(out("$stageVariables.v|$stageVariables['v']|${stageVariables['v']}", { stageVariables: { v: 'x' } })).toBe('x|x|x');
  });
});

describe('seed 002 overrides', () => {
  test('request overrides are returned apart from the body', () => {
    const o = renderTemplate('#set($context.requestOverride.header.X-Amz-Target = "AWSEvents.PutEvents")#set($context.requestOverride.querystring.q = "1")#set($context.requestOverride.path.p = "2")body');
    expect(o).toEqual({ output: 'body', requestOverride: { header: { 'X-Amz-Target': 'AWSEvents.PutEvents' }, querystring: { q: '1' }, path: { p: '2' } }, responseOverride: { header: {} }, errors: [] });
  });
  test('§2.8 the same override assigned twice is a run-time error', () => {
    const o = renderTemplate('#set($context.responseOverride.status = 400)\n#set($context.responseOverride.status = 500)');
    expect(o.errors).toHaveLength(1);
    expect(o.errors[0]).toMatch(/^line 2, column 6: /);
  });
  test('§2.8 a status outside 100-599 is ignored', () => {
    expect(renderTemplate('#set($context.responseOverride.status = 700)').responseOverride.status).toBeUndefined();
    expect(renderTemplate('#set($context.responseOverride.status = "404")').responseOverride.status).toBe(404);
  });
  test('§2.8 overrides carried from a request render are visible in the response render', () => {
    const first = renderTemplate('#set($context.responseOverride.status = 444)#set($context.responseOverride.header.foo = "bar")');
    const second = renderTemplate('$context.responseOverride.status', { context: { responseOverride: first.responseOverride } });
    expect(second.output).toBe('444');
    expect(second.responseOverride).toEqual({ header: { foo: 'bar' }, status: 444 });
  });
  test('§2.8 map writes: index form, put (renders nothing), a list makes a multi-value header', () => {
    const o = renderTemplate('#set($k = "q")#set($context["requestOverride"].querystring[$k] = "v")$context.requestOverride.header.put("a", "b")#set($context.requestOverride.header.m = ["x", "y"])');
    expect(o.output).toBe('');
    expect(o.requestOverride).toEqual({ header: { a: 'b', m: 'x,y' }, querystring: { q: 'v' }, path: {} });
  });
});

describe('§2.2 null and missing values', () => {
  test('missing and null render as empty text, also with $!', () => {
    expect(out('[$missing][$!missing][$input.path(\'$.n\')][$m.get("x")]', { body: '{"n": null}' })).toBe('[][][][]');
  });
  test('null == "" and null == $null hold', () => {
    expect(out('#if($input.path(\'$.ShardCount\') == \'\')5#else x#end #if($nothing == $null)y#end')).toBe('5 y');
  });
  test('#if on a missing value is false; on an empty string it is true (Velocity 1.7)', () => {
    expect(out('#if($missing)a#{else}b#end#if("")c#end#if($input.params(\'none\'))d#end')).toBe('bcd');
  });
});

describe('§2.3 $input.body', () => {
  test('raw, unmodified', () => expect(out('$input.body', { body: '{"some":  1.50}' })).toBe('{"some":  1.50}'));
  test('empty body is {}', () => expect(out('$input.body|$input.json(\'$\')|$input.path(\'$\')', { body: '' })).toBe('{}|{}|{}'));
  test('$input.body.foo is null', () => expect(out('[$input.body.foo]', { body: '{"foo":1}' })).toBe('[]'));
});

describe('§2.4 $input.json', () => {
  test('a string leaf keeps its quotes; compact output; numbers re-serialized', () => {
    expect(out('$input.json(\'$.name\')|$input.json(\'$\')', { body: '{ "name" : "Max", "price": 10.00, "big": 12345678901234567890 }' }))
      .toBe('"Max"|{"name":"Max","price":10.0,"big":12345678901234567890}');
  });
  test('a non-JSON body is a JSON string', () => expect(out('$input.json(\'$\')', { body: 'a=b' })).toBe('"a=b"'));
  test('a missing path gives ""', () => expect(out('$input.json(\'$.nope\')', { body: '{}' })).toBe('""'));
  test('$input.path and $input.json share one mutable document', () => {
    expect(out('#set($inputRoot = $input.path(\'$\'))#set($inputRoot.statuscode = 650)$input.json(\'$\')', { body: '{"statuscode": 200}' }))
      .toBe('{"statuscode":650}');
  });
});

describe('§2.5 $input.path and the object model', () => {
  const body = '{"foo":"bar","bigger":{"a":"dict","with":[{"nested":"bar"}]},"list":[{"foo":"bar"}],"nested":[[{"foo":"bar"}]],"items":[{"id":1}]}';
  test('a map prints as {k=v}, a list as compact JSON, also nested in a map', () => {
    expect(out('$input.path(\'$.bigger\')|$input.path(\'$.list\')', { body })).toBe('{a=dict, with=[{"nested":"bar"}]}|[{"foo":"bar"}]');
  });
  test('indexing: a map reached from a list prints as a map, a nested list as JSON', () => {
    expect(out('#set($l = $input.path(\'$.list\'))$l[0]|#set($n = $input.path(\'$.nested\'))$n[0]|$l[0].toString()', { body })).toBe('{foo=bar}|[{"foo":"bar"}]|{foo=bar}');
  });
  test('an indefinite path gives a list even for one match', () => {
    expect(out('$input.path(\'$.items[*].id\')|$input.path(\'$.items[0].id\')|$input.path(\'$..id\')', { body })).toBe('[1]|1|[1]');
  });
  test('a malformed JSON body fails with 400', () => {
    const o = renderTemplate('$input.path(\'$\')', { body: '{"a": ' });
    expect(o.errors[0]).toContain('Could not process payloadnet.minidev.json.parser.ParseException');
  });
  test('a body not starting with { or [ is a plain string', () => expect(out('$input.path(\'$\')', { body: 'a{b' })).toBe('a{b'));
  test('size() of an object', () => expect(out('$input.path(\'$.bigger\').size()', { body })).toBe('2'));
});

describe('§2.6 $input.params', () => {
  test('params(x) searches path, then query string, then header; missing is ""', () => {
    const r = { params: { path: { a: 'p' }, querystring: { a: 'q', b: 'q' }, header: { a: 'h', b: 'h', c: 'h' } } };
    expect(out("$input.params('a')$input.params('b')$input.params('c')|$input.params('d')|", r)).toBe('pqh||');
  });
  test('params() has path, querystring and header', () => {
    expect(out("#set($p = $input.params())$p.containsKey('path') $p.containsKey('querystring') $p.containsKey('header') $p.size()")).toBe('true true true 3');
  });
});

describe('§2.7 $util', () => {
  test('escapeJavaScript escapes \' as \\\' and the replaceAll idiom undoes it (Java regex)', () => {
    expect(out('$util.escapeJavaScript("it\'s \\"q\\"")|$util.escapeJavaScript("it\'s").replaceAll("\\\\\'","\'")')).toBe('it\\\'s \\"q\\"|it\'s');
  });
  test('escapeJavaScript of null is empty', () => expect(out('[$util.escapeJavaScript($nothing)]')).toBe('[]'));
  test('urlEncode is form encoding', () => {
    expect(out('$util.urlEncode(\'{"some": "value"}\')|$util.urlEncode("a*b-c_d.e~!\'()")')).toBe('%7B%22some%22%3A+%22value%22%7D|a*b-c_d.e%7E%21%27%28%29');
  });
  test('urlDecode turns + into a space', () => expect(out('$util.urlDecode("a+b%C3%A9")')).toBe('a bé'));
  test('base64 is UTF-8', () => expect(out('$util.base64Encode("é")|$util.base64Decode("w6k=")')).toBe('w6k=|é'));
  test('parseJson gives navigable values', () => expect(out('#set($o = $util.parseJson(\'{"a":{"b":[1,2]}}\'))$o.a.b[1]')).toBe('2'));
});

describe('§2.9 Java methods and numbers', () => {
  test('integer division, decimals keep .0', () => expect(out('#set($a = 7 / 2)$a #set($b = 1.0)$b #set($c = 7 % 3)$c #set($d = 2.5 * 2)$d')).toBe('3 1.0 1 5.0'));
  test('long precision', () => expect(out('#set($a = 9007199254740993 + 1)$a')).toBe('9007199254740994'));
  test('String methods', () => {
    expect(out('#set($s = "Hello, World")$s.length() $s.isEmpty() $s.equals("x") $s.contains("World") $s.substring(7) $s.toLowerCase() $s.startsWith("He") $s.replace("l", "L")'))
      .toBe('12 false false true World hello, world true HeLLo, WorLd');
  });
  test('replaceAll/replaceFirst/matches/split with Java semantics', () => {
    const t = [
      '#set($x = "a1b22")$x.replaceAll("(\\d+)", "<$1>")',
      '$x.replaceFirst("\\d", "#")',
      '$x.matches("a.b\\d+")',
      '$x.matches("a")',
      '#set($csv = "a,b,,")#set($p = $csv.split(","))$p.size()',
    ].join('|');
    expect(out(t)).toBe('a<1>b<22>|a#b22|true|false|2');
  });
  test('Map methods: put returns the previous value, keySet, entrySet, containsKey', () => {
    expect(out('#set($m = {})$m.put("a", 1)|$m.put("a", 2)|#foreach($e in $m.entrySet())$e.key=$e.value $e.getKey()#end $m.containsKey("a") $m.keySet() $m'))
      .toBe('|1|a=2 a true [a] {a=2}');
  });
  test('#foreach over a map iterates its values', () => expect(out('#set($m = {"a": 1, "b": 2})#foreach($v in $m)$v#end')).toBe('12'));
});

describe('§2.1 syntax API Gateway accepts', () => {
  test('hyphens, #{else}, #set (, ## comments, #define, #macro, $foreach, $velocityCount, #break, #stop', () => {
    const t = '#set ( $elem = $input.path(\'$\') )$elem.partition-key ## comment\n#define($d)D#end$d#macro(m $x)<$x>#end#m("y")#foreach($i in [1..5])$foreach.count/$velocityCount#if($foreach.hasNext),#{else}.#end#if($i == 3)#break#end#end#stop after';
    expect(out(t, { body: '{"partition-key": "k"}' })).toBe('k D<y>1/1,2/2,3/3,');
  });
  test('a directive eats the rest of its line, #set also its indentation', () => {
    expect(out('a\n  #set($x = 1)\n#if(true)\nb\n#end\nc')).toBe('a\nb\nc');
  });
});

describe('§2.10 limits', () => {
  test('#foreach past 1,000 iterations stops with an error', () => {
    const o = renderTemplate('#foreach($i in [1..1001])#end');
    expect(o.errors[0]).toMatch(/1000 iterations/);
    expect(renderTemplate('#foreach($i in [1..1000])#end').errors).toEqual([]);
  });
  test('a string doubled without end is stopped', () => {
    const o = renderTemplate('#set($s = "ab")#foreach($i in [1..100])#set($s = "$s$s")#end$s.length()');
    expect(o.errors[0]).toMatch(/grew past/);
  });
  test('a macro that calls itself is stopped', () => {
    expect(renderTemplate('#macro(r)#r()#end#r()').errors[0]).toMatch(/depth/);
  });
});

describe('sandbox: no JavaScript internals', () => {
  test.each([
    '$x.constructor', '$input.constructor', '$input.getClass()', '$input.class', '$util.constructor.constructor("return process")()',
    '$context.__proto__', '$context.constructor.prototype', '${input.__proto__.toString}', '$stageVariables.hasOwnProperty("a")',
    '#set($s = "a")$s.constructor.name', '$s.getClass().forName("java.lang.Runtime")', '$process', '$require', '$Function', '$global',
    '#set($m = {})$m.__proto__.polluted', '$input.body.constructor', '$util.toString()', '$input.params().getClass()',
    '#set($l = [1])$l.constructor', '$l.__proto__', '$input.path(\'$.constructor\')', '$input.json(\'$.__proto__\')',
  ])('%s yields nothing', t => {
    const o = renderTemplate(t, { body: '{"a":1}' });
    expect(o.output.replace(/""/g, '')).toBe('');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
