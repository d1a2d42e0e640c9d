import { Lazy } from 'aws-cdk-lib';
import { expectRuleError } from './expect-rule-error';
import { HttpIntegrationSubtype } from '../../src/common/integration-subtype';
import { MappingValue } from '../../src/common/mapping-value';
import { AWS_SERVICE_SUBTYPES } from '../../src/expressions/aws-service-subtypes';
import { buildModel } from '../../src/model/build-model';
import { runRules } from '../../src/rules/engine';
import { EXPRESSION_RULES } from '../../src/rules/expressions';
import { httpRequest } from '../rules/expr-fixtures';

const lazy = (s: string) => Lazy.string({ produce: () => s });
const ROLE = 'arn:aws:iam::123456789012:role/apigw';

function errorsOf(subtype: string, params: Record<string, string>): string[] {
  const resources = httpRequest(params, { IntegrationType: 'AWS_PROXY', IntegrationSubtype: subtype, CredentialsArn: ROLE, PayloadFormatVersion: '1.0' });
  return runRules(buildModel({ Resources: resources }), { rules: EXPRESSION_RULES }).filter(f => f.severity === 'error').map(f => f.rule);
}

describe('HttpIntegrationSubtype', () => {
  test('the constants cover the catalogue', () => {
    const constants = [
      HttpIntegrationSubtype.EVENTBRIDGE_PUT_EVENTS, HttpIntegrationSubtype.SQS_SEND_MESSAGE, HttpIntegrationSubtype.SQS_RECEIVE_MESSAGE,
      HttpIntegrationSubtype.SQS_DELETE_MESSAGE, HttpIntegrationSubtype.SQS_PURGE_QUEUE, HttpIntegrationSubtype.APPCONFIG_GET_CONFIGURATION,
      HttpIntegrationSubtype.KINESIS_PUT_RECORD, HttpIntegrationSubtype.STEPFUNCTIONS_START_EXECUTION,
      HttpIntegrationSubtype.STEPFUNCTIONS_START_SYNC_EXECUTION, HttpIntegrationSubtype.STEPFUNCTIONS_STOP_EXECUTION,
    ];
    expect(constants.map(c => c.name).sort()).toEqual(AWS_SERVICE_SUBTYPES.map(s => s.subtype).sort());
    expect(HttpIntegrationSubtype.all().map(s => s.name)).toEqual(AWS_SERVICE_SUBTYPES.map(s => s.subtype));
  });

  test('of() and the parameter lists', () => {
    const sqs = HttpIntegrationSubtype.of('SQS-SendMessage');
    expect(sqs.name).toBe('SQS-SendMessage');
    expect(sqs.requiredParameters).toEqual(['QueueUrl', 'MessageBody']);
    expect(sqs.optionalParameters).toContain('MessageGroupId');
    expect(HttpIntegrationSubtype.STEPFUNCTIONS_STOP_EXECUTION.requiredParameters).toEqual(['ExecutionArn']);
  });

  test.each([
    ['lower case', 'sqs-sendmessage'],
    ['plural', 'SQS-SendMessages'],
    ['unknown action', 'SQS-CreateQueue'],
    ['empty', ''],
  ])('of(): %s is http-subtype-known', (_name, name) => {
    expectRuleError(() => HttpIntegrationSubtype.of(name), 'http-subtype-known');
  });

  test('of() suggests the subtype a near miss meant', () => {
    expect(() => HttpIntegrationSubtype.of('sqs-sendmessage')).toThrow(/did you mean "SQS-SendMessage"/);
  });

  test('checkParameterNames', () => {
    const sqs = HttpIntegrationSubtype.SQS_SEND_MESSAGE;
    expect(() => sqs.checkParameterNames(['QueueUrl', 'MessageBody', 'DelaySeconds'])).not.toThrow();
    expectRuleError(() => sqs.checkParameterNames(['QueueUrl']), 'http-subtype-required-parameter');
    expectRuleError(() => sqs.checkParameterNames(['QueueUrl', 'MessageBody', 'Body']), 'http-subtype-parameter-name');
    expect(() => sqs.checkParameterNames(['QueueUrl', 'messagebody'])).toThrow(/did you mean "MessageBody"/);
    expect(() => HttpIntegrationSubtype.SQS_PURGE_QUEUE.checkParameterNames(['QueueUrl', 'Region'])).not.toThrow();
  });

  test('renderParameters checks names and values and returns RequestParameters', () => {
    const rendered = HttpIntegrationSubtype.SQS_SEND_MESSAGE.renderParameters({
      QueueUrl: MappingValue.staticValue('https://sqs.us-east-1.amazonaws.com/123456789012/q'),
      MessageBody: MappingValue.requestBody(),
      MessageGroupId: MappingValue.contextVariable('requestId'),
    });
    expect(rendered).toEqual({ QueueUrl: 'https://sqs.us-east-1.amazonaws.com/123456789012/q', MessageBody: '$request.body', MessageGroupId: '$context.requestId' });
    expect(errorsOf('SQS-SendMessage', rendered)).toEqual([]);
  });

  test.each([
    ['a missing required parameter', () => HttpIntegrationSubtype.EVENTBRIDGE_PUT_EVENTS.renderParameters({ Detail: MappingValue.requestBody(), Source: MappingValue.staticValue('app') }), 'http-subtype-required-parameter'],
    ['an unknown parameter', () => HttpIntegrationSubtype.SQS_PURGE_QUEUE.renderParameters({ QueueUrl: MappingValue.staticValue('q'), MessageBody: MappingValue.requestBody() }), 'http-subtype-parameter-name'],
    ['a response value', () => HttpIntegrationSubtype.SQS_PURGE_QUEUE.renderParameters({ QueueUrl: MappingValue.responseHeader('q') }), 'http-mapping-request-value'],
    ['a JSON literal (MessageAttributes)', () => HttpIntegrationSubtype.SQS_SEND_MESSAGE.renderParameters({
      QueueUrl: MappingValue.staticValue('q'), MessageBody: MappingValue.requestBody(), MessageAttributes: MappingValue.custom('{"a":{"DataType":"String","StringValue":"b"}}'),
    }), 'http-mapping-request-value'],
  ])('renderParameters: %s', (_name, make, ruleId) => {
    expectRuleError(make, ruleId);
  });

  test('the synth rules agree with the errors above', () => {
    expect(errorsOf('EventBridge-PutEvents', { Detail: '$request.body', Source: 'app' })).toContain('http-subtype-required-parameter');
    expect(errorsOf('SQS-PurgeQueue', { QueueUrl: 'q', MessageBody: '$request.body' })).toContain('http-subtype-parameter-name');
    expect(errorsOf('SQS-PurgeQueue', { QueueUrl: '$response.header.q' })).toContain('http-mapping-request-value');
  });

  test('round trip: every subtype with its required parameters passes the synth rules', () => {
    for (const subtype of HttpIntegrationSubtype.all()) {
      const params = subtype.renderParameters(Object.fromEntries(subtype.requiredParameters.map(p => [p, MappingValue.requestBody(`$.${p}`)])));
      expect(errorsOf(subtype.name, params)).toEqual([]);
    }
  });

  test('unresolved names are passed through unchecked', () => {
    const token = HttpIntegrationSubtype.of(lazy('SQS-Whatever'));
    expect(token.requiredParameters).toEqual([]);
    expect(() => token.checkParameterNames(['Anything'])).not.toThrow();
    expect(() => HttpIntegrationSubtype.SQS_SEND_MESSAGE.checkParameterNames([lazy('x'), 'QueueUrl'])).not.toThrow();
  });
});
