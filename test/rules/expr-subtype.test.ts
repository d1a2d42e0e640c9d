import { integration } from './expr-fixtures';
import { expectRule } from './rule-table';
import { httpSubtypeCredentials } from '../../src/rules/expressions/http-subtype-credentials';
import { httpSubtypeKnown } from '../../src/rules/expressions/http-subtype-known';
import { httpSubtypeParameterName } from '../../src/rules/expressions/http-subtype-parameter-name';
import { httpSubtypeRequiredParameter } from '../../src/rules/expressions/http-subtype-required-parameter';

const ROLE = 'arn:aws:iam::123456789012:role/apigw';
const sub = (subtype: string, params: Record<string, string> | undefined, extra: Record<string, unknown> = {}) =>
  integration('HTTP', { IntegrationType: 'AWS_PROXY', IntegrationSubtype: subtype, PayloadFormatVersion: '1.0', CredentialsArn: ROLE, ...(params ? { RequestParameters: params } : {}), ...extra });

expectRule(httpSubtypeKnown, {
  valid: [
    { name: 'every subtype name', resources: sub('StepFunctions-StartSyncExecution', { StateMachineArn: 'arn' }) },
    { name: 'unknown subtype value', resources: integration('HTTP', { IntegrationType: 'AWS_PROXY', IntegrationSubtype: { Ref: 'S' } }) },
  ],
  invalid: [
    { name: 'EventBridge-PutEvent (missing s)', resources: sub('EventBridge-PutEvent', {}), findings: [{ resource: 'Int', path: 'IntegrationSubtype' }] },
    { name: 'lower case', resources: sub('sqs-sendmessage', {}), findings: [{ resource: 'Int', path: 'IntegrationSubtype' }] },
    { name: 'on HTTP_PROXY', resources: sub('SQS-SendMessage', {}, { IntegrationType: 'HTTP_PROXY' }), findings: [{ resource: 'Int', path: 'IntegrationType' }] },
  ],
});

expectRule(httpSubtypeCredentials, {
  valid: [
    { name: 'a role', resources: sub('SQS-PurgeQueue', { QueueUrl: 'q' }) },
    { name: 'a role from a token', resources: sub('SQS-PurgeQueue', { QueueUrl: 'q' }, { CredentialsArn: { 'Fn::GetAtt': ['Role', 'Arn'] } }) },
    { name: 'a role with a path, in aws-us-gov', resources: sub('SQS-PurgeQueue', { QueueUrl: 'q' }, { CredentialsArn: 'arn:aws-us-gov:iam::123456789012:role/service/apigw' }) },
    { name: 'a role named by a stage variable', resources: sub('SQS-PurgeQueue', { QueueUrl: 'q' }, { CredentialsArn: 'arn:aws:iam::123456789012:${stageVariables.role}' }) },
  ],
  invalid: [
    { name: 'missing', resources: integration('HTTP', { IntegrationType: 'AWS_PROXY', IntegrationSubtype: 'SQS-SendMessage' }), findings: [{ resource: 'Int', path: 'CredentialsArn' }] },
    { name: 'a user ARN', resources: sub('SQS-PurgeQueue', { QueueUrl: 'q' }, { CredentialsArn: 'arn:aws:iam::*:user/*' }), findings: [{ resource: 'Int', path: 'CredentialsArn' }] },
    { name: 'a role ARN without its account', resources: sub('SQS-PurgeQueue', { QueueUrl: 'q' }, { CredentialsArn: 'arn:aws:iam:::role/apigw' }), findings: [{ resource: 'Int', path: 'CredentialsArn' }] },
  ],
});

expectRule(httpSubtypeRequiredParameter, {
  valid: [
    { name: 'EventBridge with the three required', resources: sub('EventBridge-PutEvents', { Detail: '$request.body', DetailType: 'x', Source: 'y' }) },
    { name: 'unknown RequestParameters', resources: sub('SQS-SendMessage', undefined, { RequestParameters: { Ref: 'P' } }) },
  ],
  invalid: [
    { name: 'EventBridge without Source', resources: sub('EventBridge-PutEvents', { Detail: '$request.body', DetailType: 'x' }), findings: [{ resource: 'Int', path: 'RequestParameters' }] },
    { name: 'no parameters at all', resources: sub('StepFunctions-StopExecution', undefined), findings: [{ resource: 'Int', path: 'RequestParameters' }] },
  ],
});

expectRule(httpSubtypeParameterName, {
  valid: [
    { name: 'required and optional', resources: sub('SQS-SendMessage', { QueueUrl: 'q', MessageBody: 'b', DelaySeconds: '5', Region: 'us-east-1' }) },
  ],
  invalid: [
    { name: 'HTTP-style key with a subtype', resources: sub('SQS-PurgeQueue', { 'QueueUrl': 'q', 'append:header.x': 'y' }), findings: [{ resource: 'Int', path: 'RequestParameters.append:header.x', line: 1, column: 1 }] },
    { name: 'wrong case', resources: sub('Kinesis-PutRecord', { StreamName: 's', Data: 'd', PartitionKey: 'p', partitionkey: 'x' }), findings: [{ resource: 'Int', path: 'RequestParameters.partitionkey', line: 1, column: 1 }] },
  ],
});
