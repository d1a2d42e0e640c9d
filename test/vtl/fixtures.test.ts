import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { analyzeTemplate } from '../../src/vtl/analyze';
import { renderTemplate } from '../../src/vtl/evaluate';

/**
 * Templates written from AWS documentation and samples (developer guide: Kinesis, SQS, DynamoDB, $context and
 * $input examples of seed 001, overrides of seed 002; serverless-patterns EventBridge and WebSocket $connect).
 * They work on API Gateway, so they must check clean.
 */
const DIR = join(__dirname, 'fixtures');
const files = readdirSync(DIR).filter(f => f.endsWith('.vtl'));

describe('real-world templates', () => {
  test('there are fixtures', () => expect(files.length).toBeGreaterThanOrEqual(10));
  test.each(files)('%s checks clean', f => {
    const text = readFileSync(join(DIR, f), 'utf8');
    const direction = f.includes('response') ? 'response' : 'request';
    const contextUse = f.startsWith('websocket') ? 'websocket-mapping' : 'rest-template';
    expect(analyzeTemplate(text, { direction, contextUse })).toEqual([]);
  });

  test('Kinesis PutRecords renders hyphenated keys and separators', () => {
    const text = readFileSync(join(DIR, 'kinesis-put-records.vtl'), 'utf8');
    const o = renderTemplate(text, {
      body: '{"records": [{"data": "a", "partition-key": "1"}, {"data": "b", "partition-key": "2"}]}',
      params: { path: { 'stream-name': 's' } },
    });
    expect(o.errors).toEqual([]);
    expect(JSON.parse(o.output)).toEqual({ StreamName: 's', Records: [{ Data: 'YQ==', PartitionKey: '1' }, { Data: 'Yg==', PartitionKey: '2' }] });
  });

  test('Kinesis CreateStream defaults ShardCount when it is missing', () => {
    const text = readFileSync(join(DIR, 'kinesis-create-stream.vtl'), 'utf8');
    expect(JSON.parse(renderTemplate(text, { body: '{}' }).output).ShardCount).toBe(5);
    expect(JSON.parse(renderTemplate(text, { body: '{"ShardCount": 3}' }).output).ShardCount).toBe(3);
  });

  test('the EventBridge template sends valid JSON with a quote in the body', () => {
    const text = readFileSync(join(DIR, 'eventbridge-override.vtl'), 'utf8');
    const o = renderTemplate(text, { body: '{"msg": "it\'s"}' });
    expect(o.requestOverride.header['X-Amz-Target']).toBe('AWSEvents.PutEvents');
    expect(JSON.parse(JSON.parse(o.output).Entries[0].Detail)).toEqual({ msg: 'it\'s' });
  });
});
