import * as fc from 'fast-check';
import { analyzeTemplate } from '../../src/vtl/analyze';
import { renderTemplate } from '../../src/vtl/evaluate';
import { parseTemplate } from '../../src/vtl/parse';

/** Pieces templates are made of, so random input reaches the parser's deeper states. */
const PIECES = [
  '#if(', '#elseif(', '#else', '#{else}', '#end', '#{end}', '#foreach(', ' in ', '#set(', '#set (', '#define(', '#macro(',
  '#break', '#stop', '#{stop}', '#evaluate(', ')', '(', '$', '$!', '${', '}', '{', '[', ']', '..', '.', ',', '"', "'",
  '$input.json(\'$.a\')', '$input.path(\'$\')', '$input.params()', '$util.escapeJavaScript(', '$context.requestOverride.header.X',
  '$context.responseOverride.status', ' = ', '==', '!=', '&&', '||', '!', '+', '-', '*', '/', '%', '1', '2.5', 'true', 'null',
  '$x', '$foreach.count', '$velocityCount', '##', '#*', '*#', '#[[', ']]#', '\n', ' ', 'a', '\\', '$a.b-c', '.size()', '.put("k", 1)',
];

const template = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 4 })), { maxLength: 40 }).map(a => a.join(''));
const body = fc.oneof(fc.constant(''), fc.json(), fc.string({ maxLength: 20 }));

describe('property: the parser, the checks and the evaluator never crash or hang', () => {
  test('parseTemplate returns a result or problems with positions', () => {
    fc.assert(fc.property(fc.oneof(template, fc.string({ maxLength: 200 })), text => {
      const r = parseTemplate(text);
      if (!r.ok) {
        expect(r.problems.length).toBeGreaterThan(0);
        for (const p of r.problems) {
          expect(p.line).toBeGreaterThanOrEqual(1);
          expect(p.column).toBeGreaterThanOrEqual(1);
        }
      }
    }), { numRuns: 1500 });
  });

  test('analyzeTemplate never throws', () => {
    fc.assert(fc.property(template, fc.constantFrom<'request' | 'response'>('request', 'response'), (text, direction) => {
      for (const issue of analyzeTemplate(text, { direction })) expect(issue.line).toBeGreaterThanOrEqual(1);
    }), { numRuns: 800 });
  });

  test('renderTemplate never throws and ends', () => {
    fc.assert(fc.property(template, body, (text, b) => {
      const o = renderTemplate(text, { body: b, params: { path: { a: '1' } } });
      expect(typeof o.output).toBe('string');
      expect(Array.isArray(o.errors)).toBe(true);
    }), { numRuns: 800 });
  });

  test('mutations of a real template never crash the parser or the evaluator', () => {
    const seed = '#set($allParams = $input.params())\n{\n  "params" : {\n    #foreach($type in $allParams.keySet())\n    #set($params = $allParams.get($type))\n    "$type" : {\n      #foreach($paramName in $params.keySet())\n      "$paramName" : "$util.escapeJavaScript($params.get($paramName))"\n      #if($foreach.hasNext),#end\n      #end\n    }\n    #if($foreach.hasNext),#end\n    #end\n  }\n}\n';
    const mutation = fc.array(fc.tuple(fc.nat(seed.length), fc.nat(5), fc.constantFrom(...PIECES)), { minLength: 1, maxLength: 5 });
    fc.assert(fc.property(mutation, edits => {
      let text = seed;
      for (const [at, del, ins] of edits) text = text.slice(0, at) + ins + text.slice(at + del);
      const o = renderTemplate(text, { params: { header: { h: 'v' } } });
      expect(typeof o.output).toBe('string');
      analyzeTemplate(text);
    }), { numRuns: 600 });
  });
});
