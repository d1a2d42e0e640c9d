import { CliInputError } from '../../src/cli/errors';
import { checkRequest } from '../../src/cli/render-request';

describe('render request file', () => {
  test('every field is optional; the full shape passes', () => {
    expect(checkRequest('r.json', {})).toEqual({});
    const full = {
      body: '{"a":1}',
      params: { path: { id: '7' }, querystring: { q: 'x' }, header: { 'X-Id': 'h' } },
      context: { requestId: 'r-1', requestOverride: { header: { a: 'b' } } },
      stageVariables: { env: 'dev' },
    };
    expect(checkRequest('r.json', full)).toBe(full);
    expect(checkRequest('r.json', { body: null })).toEqual({ body: null });
  });

  test.each([
    ['not an object', [1], /the request must be a JSON object/],
    ['an unknown field', { headers: {} }, /unknown request field "headers"/],
    ['a body that is not a string', { body: { a: 1 } }, /body must be a string or null/],
    ['params that is a list', { params: [] }, /params must be an object/],
    ['an unknown params field', { params: { query: {} } }, /unknown params field "query"/],
    ['a header that is not a string', { params: { header: { a: 1 } } }, /params\.header\.a must be a string \(got 1\)/],
    ['a context that is a string', { context: 'x' }, /context must be an object/],
    ['a stage variable that is not a string', { stageVariables: { a: true } }, /stageVariables\.a must be a string/],
  ])('%s is a usage error naming the field', (_name, value, message) => {
    expect(() => checkRequest('r.json', value)).toThrow(CliInputError);
    expect(() => checkRequest('r.json', value)).toThrow(message);
  });
});
