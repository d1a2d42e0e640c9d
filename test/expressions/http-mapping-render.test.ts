import { Stack } from 'aws-cdk-lib';
import { Queue } from 'aws-cdk-lib/aws-sqs';
import * as fc from 'fast-check';
import { HttpMappingRequest, MappingValue } from '../../src';
import { BODY_SELECTION_LIMIT_BYTES, renderHttpMappingValue } from '../../src/expressions/http-mapping-render';

const REQUEST: HttpMappingRequest = {
  body: '{"order":{"id":42,"items":["a","b"]},"note":"caf\\u00e9 \\"x\\"","none":null,"flag":true}',
  path: '/orders/42',
  pathParameters: { id: '42', proxy: 'a/b c' },
  queryStringParameters: { page: '2', Page: 'upper' },
  headers: { 'X-Source': 'web' },
  context: { 'requestId': 'req-1', 'identity.sourceIp': '203.0.113.9' },
  stageVariables: { env: 'prod' },
};

describe('MappingValue.render gives the text API Gateway fills in', () => {
  test.each<[string, MappingValue, string]>([
    ['the whole body, as sent', MappingValue.requestBody(), REQUEST.body!],
    ['a JSONPath selecting an object: compact JSON', MappingValue.requestBody('order'), '{"id":42,"items":["a","b"]}'],
    ['a JSONPath selecting a number', MappingValue.requestBody('order.id'), '42'],
    ['a JSONPath selecting a string: the string without quotes', MappingValue.requestBody('note'), 'café "x"'],
    ['a JSONPath selecting a boolean', MappingValue.requestBody('flag'), 'true'],
    ['a JSONPath selecting JSON null: empty', MappingValue.requestBody('none'), ''],
    ['a JSONPath selecting nothing: empty', MappingValue.requestBody('missing.member'), ''],
    ['a JSONPath selecting several values: a JSON list', MappingValue.requestBody('order.items[*]'), '["a","b"]'],
    ['a header, looked up without regard to case', MappingValue.requestHeader('x-source'), 'web'],
    ['a missing header: empty', MappingValue.requestHeader('x-absent'), ''],
    ['a query string parameter, case-sensitive', MappingValue.requestQueryString('Page'), 'upper'],
    ['the path', MappingValue.requestPath(), '/orders/42'],
    ['a greedy path variable, as given', MappingValue.requestPathParam('proxy'), 'a/b c'],
    ['a nested context variable', MappingValue.contextVariable('identity.sourceIp'), '203.0.113.9'],
    ['a stage variable', MappingValue.stageVariable('env'), 'prod'],
    ['static text', MappingValue.staticValue('orders.api'), 'orders.api'],
    ['variables combined with text', MappingValue.custom('${request.path.id}-${context.requestId}'), '42-req-1'],
    [
      'JSON text around variables (SQS MessageAttributes)',
      MappingValue.custom('{"source":{"DataType":"String","StringValue":"${request.header.X-Source}"}}'),
      '{"source":{"DataType":"String","StringValue":"web"}}',
    ],
  ])('%s', (_name, value, expected) => {
    expect(value.render(REQUEST)).toBe(expected);
  });

  test('a header given in two spellings: the values joined with commas, as API Gateway joins repeated headers', () => {
    expect(MappingValue.requestHeader('x-id').render({ headers: { 'X-Id': 'a', 'x-id': 'b' } })).toBe('a,b');
  });

  test('with no request: the path is "/" and every other source is empty', () => {
    expect(MappingValue.requestPath().render()).toBe('/');
    expect(MappingValue.custom('[${request.body.a}|${request.header.h}|${context.requestId}]').render()).toBe('[||]');
  });

  test('a body that is not JSON gives a JSONPath empty text, and $request.body the body itself', () => {
    const request = { body: 'plain text' };
    expect(MappingValue.requestBody('a').render(request)).toBe('');
    expect(MappingValue.requestBody().render(request)).toBe('plain text');
  });

  test('a JSONPath reads the body truncated at 100 KB; $request.body sends it whole', () => {
    const padding = 'x'.repeat(BODY_SELECTION_LIMIT_BYTES);
    const small = JSON.stringify({ a: 'yes', pad: 'x'.repeat(BODY_SELECTION_LIMIT_BYTES - 40) });
    const large = JSON.stringify({ a: 'yes', pad: padding });
    expect(Buffer.byteLength(small)).toBeLessThanOrEqual(BODY_SELECTION_LIMIT_BYTES);
    expect(MappingValue.requestBody('a').render({ body: small })).toBe('yes');
    // Cut at 100 KB, the JSON no longer parses: the member is not found.
    expect(MappingValue.requestBody('a').render({ body: large })).toBe('');
    expect(MappingValue.requestBody().render({ body: large })).toBe(large);
  });

  test('a CDK token in the value renders as its own unresolved text', () => {
    const stack = new Stack();
    const queue = new Queue(stack, 'Queue');
    const rendered = MappingValue.custom(queue.queueUrl).render(REQUEST);
    expect(rendered).toBe(queue.queueUrl);
    expect(stack.resolve(rendered)).toEqual({ Ref: expect.stringMatching(/^Queue/) });
  });

  test('a token next to variables keeps its place', () => {
    const stack = new Stack();
    const queue = new Queue(stack, 'Queue');
    expect(renderHttpMappingValue(`${queue.queueName}/\${request.path.id}`, REQUEST)).toBe(`${queue.queueName}/42`);
  });

  test('never throws, whatever the value and the body', () => {
    fc.assert(fc.property(fc.string({ maxLength: 80 }), fc.string({ maxLength: 200 }), (value, body) => {
      expect(typeof renderHttpMappingValue(value, { body, headers: { a: body } })).toBe('string');
    }), { numRuns: 500 });
    fc.assert(fc.property(fc.json({ maxDepth: 4 }), fc.constantFrom('a', 'a.b', 'a[0]', 'a[*]', "['a b']", '[0]', '*'), (body, path) => {
      expect(typeof renderHttpMappingValue(`$request.body.${path}`, { body })).toBe('string');
    }), { numRuns: 500 });
  });
});

test("the README's example prints what it says", () => {
  const attributes = MappingValue.custom('{"source":{"DataType":"String","StringValue":"${request.header.x-source}"}}');
  const request = { body: '{"order":{"id":42},"note":"café"}', headers: { 'X-Source': 'web' } };
  expect(attributes.render(request)).toBe('{"source":{"DataType":"String","StringValue":"web"}}');
  expect(MappingValue.requestBody('order').render(request)).toBe('{"id":42}');
  expect(MappingValue.requestBody('note').render(request)).toBe('café');
});
