/**
 * The template parser is the library's own: parsing, checking and rendering a template need no package at
 * run time, so a missing velocityjs (once the parser, now only the oracle of the differential tests) can
 * never show up as a syntax error in a user's template.
 */
import { spawnSync } from 'child_process';
import { join } from 'path';

const ROOT = join(__dirname, '..', '..');

test('parse, analyze and render work when velocityjs cannot be resolved', () => {
  const script = `
    const Module = require('module');
    const resolve = Module._resolveFilename;
    Module._resolveFilename = function (request, ...rest) {
      if (request === 'velocityjs' || request.includes('velocityjs')) throw new Error('Cannot find module velocityjs');
      return resolve.call(this, request, ...rest);
    };
    const { parseTemplate } = require('./src/vtl/parse');
    const { analyzeTemplate } = require('./src/vtl/analyze');
    const { renderTemplate } = require('./src/vtl/evaluate');
    const t = '#set($n = $input.path("$.n"))#if($n > 1)many#{else}one#end';
    process.stdout.write(JSON.stringify({
      ok: parseTemplate(t).ok,
      issues: analyzeTemplate(t).length,
      output: renderTemplate(t, { body: '{"n": 2}' }).output,
      broken: parseTemplate('#set($a = )').ok,
    }));`;
  const r = spawnSync(process.execPath, ['-r', 'ts-node/register/transpile-only', '-e', script], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
  expect(r.stderr).toBe('');
  expect(JSON.parse(r.stdout)).toEqual({ ok: true, issues: 0, output: 'many', broken: false });
});
