/**
 * Parse, check and render of a mapping template: Switchyard against velocityjs's own parse and render of
 * the same template, side by side in one run (target: render of a parsed template at most 1.5x velocityjs). The template is the AWS
 * documentation's "pass through all parameters" template; velocityjs gets a plain-JavaScript `$input` and
 * `$util` shim with the same request, so both produce the same text.
 *
 *   npx ts-node --transpile-only bench/render.ts
 */
import { Compile, parse } from 'velocityjs';
import { analyzeTemplate } from '../src/vtl/analyze';
import { renderParsed } from '../src/vtl/evaluate';
import { parseTemplate } from '../src/vtl/parse';

const TEMPLATE = `#set($allParams = $input.params())
{
"params" : {
#foreach($type in $allParams.keySet())
    #set($params = $allParams.get($type))
"$type" : {
    #foreach($paramName in $params.keySet())
    "$paramName" : "$util.escapeJavaScript($params.get($paramName))"
        #if($foreach.hasNext),#end
    #end
}
    #if($foreach.hasNext),#end
#end
}
}`;

const params = {
  path: { id: '42', section: 'orders' },
  querystring: { page: '2', sort: 'desc', q: "o'neil" },
  header: { 'content-type': 'application/json', 'user-agent': 'bench/1.0', 'accept': '*/*' },
};

function time(label: string, runs: number, fn: () => unknown): number {
  for (let i = 0; i < 2000; i++) fn(); // warm up
  const start = process.hrtime.bigint();
  for (let i = 0; i < runs; i++) fn();
  const us = Number(process.hrtime.bigint() - start) / 1e3 / runs;
  console.log(`${label.padEnd(36)} ${us.toFixed(1)} µs`);
  return us;
}

const ours = parseTemplate(TEMPLATE);
if (!ours.ok) throw new Error('the benchmark template does not parse');
const request = { params };
const velocity = new Compile(parse(TEMPLATE));
const velocityContext = {
  input: { params: () => params },
  util: { escapeJavaScript: (s: string) => String(s).replace(/["'\\/]/g, c => `\\${c}`) },
};

const oursOut = renderParsed(ours.template, request).output;
const theirsOut = velocity.render(velocityContext);
if (oursOut.replace(/\s+/g, '') !== theirsOut.replace(/\s+/g, '')) {
  console.warn('note: the two outputs differ beyond whitespace:\n', oursOut, '\n', theirsOut);
}

const RUNS = 20_000;
time('velocityjs parse', RUNS / 10, () => parse(TEMPLATE));
time('switchyard parse', RUNS / 10, () => parseTemplate(TEMPLATE));
time('switchyard parse + every check', RUNS / 10, () => analyzeTemplate(TEMPLATE, { direction: 'request' }));
const theirs = time('velocityjs render (parsed)', RUNS, () => velocity.render(velocityContext));
const mine = time('switchyard render (parsed)', RUNS, () => renderParsed(ours.template, request).output);
console.log(`render ratio: ${(mine / theirs).toFixed(2)}x velocityjs (target at most 1.5x)`);
