import { cli, fixture } from './cli-helpers';

const R = (name: string) => fixture('render', name);

describe('switchyard render', () => {
  test('text: the rendered output, exactly', () => {
    const r = cli('render', R('greeting.vtl'), '--request', R('request.json'));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('{"id": "7", "name": "Max", "stage": "dev"}');
  });

  test('without a request: missing values render as the empty string', () => {
    const r = cli('render', R('greeting.vtl'));
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^\{"id": "", "name": .*, "stage": ""\}$/);
  });

  test('json: output, overrides and errors', () => {
    const r = cli('render', R('override.vtl'), '--format', 'json');
    expect(r.code).toBe(0);
    const result = JSON.parse(r.stdout);
    expect(Object.keys(result)).toEqual(['output', 'requestOverride', 'responseOverride', 'errors']);
    expect(result.output).toBe('not found');
    expect(JSON.stringify(result.responseOverride)).toContain('404');
    expect(result.errors).toEqual([]);
  });

  test.each([
    ['a template that does not parse', 'broken.vtl', undefined],
    ['the same override set twice', 'override-twice.vtl', undefined],
    ['a malformed JSON body read with $input.json', 'whole-body.vtl', 'malformed-body.json'],
  ])('exit 1: %s', (_name, template, request) => {
    const argv = ['render', R(template), ...(request ? ['--request', R(request)] : [])];
    const text = cli(...argv);
    expect(text.code).toBe(1);
    expect(text.stdout).toBe('');
    expect(text.stderr).toMatch(/^switchyard: render: .+\n$/s);
    expect(text.stderr).not.toMatch(/\n\s+at /);
    const json = cli(...argv, '--format', 'json');
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout).errors.length).toBeGreaterThan(0);
  });

  test.each([
    ['a missing template', [R('missing.vtl')], /missing\.vtl: no such file or directory \(the template\)/],
    ['a missing request file', [R('greeting.vtl'), '--request', R('missing.json')], /missing\.json: no such file or directory \(the request\)/],
    ['a broken request file', [R('greeting.vtl'), '--request', R('broken-request.json')], /broken-request\.json: invalid JSON/],
    ['a request of the wrong shape', [R('greeting.vtl'), '--request', R('bad-shape.json')], /params\.header\.X-Id must be a string/],
    ['no template', [], /no template file given/],
    ['two templates', [R('greeting.vtl'), R('override.vtl')], /one template file at a time/],
    ['an unknown format', [R('greeting.vtl'), '--format', 'sarif'], /--format must be one of text, json/],
  ])('exit 2: %s', (_name, argv, message) => {
    const r = cli('render', ...argv);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toMatch(/^switchyard: [^\n]+\n$/);
  });
});
