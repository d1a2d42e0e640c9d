/**
 * HTTP API AWS service integrations (`IntegrationSubtype`): every subtype with its required and optional
 * request parameters (DG http-api-develop-integrations-aws-services-reference; spec INT-021..INT-024).
 * Every subtype uses payload format 1.0 and needs `CredentialsArn`.
 */

export interface SubtypeSpec {
  readonly subtype: string;
  readonly required: readonly string[];
  readonly optional: readonly string[];
}

export const AWS_SERVICE_SUBTYPES: readonly SubtypeSpec[] = [
  { subtype: 'EventBridge-PutEvents', required: ['Detail', 'DetailType', 'Source'], optional: ['Time', 'EventBusName', 'Resources', 'Region', 'TraceHeader'] },
  { subtype: 'SQS-SendMessage', required: ['QueueUrl', 'MessageBody'], optional: ['DelaySeconds', 'MessageAttributes', 'MessageDeduplicationId', 'MessageGroupId', 'MessageSystemAttributes', 'Region'] },
  { subtype: 'SQS-ReceiveMessage', required: ['QueueUrl'], optional: ['AttributeNames', 'AttributeName', 'MaxNumberOfMessages', 'MessageAttributeNames', 'ReceiveRequestAttemptId', 'VisibilityTimeout', 'WaitTimeSeconds', 'Region'] },
  { subtype: 'SQS-DeleteMessage', required: ['ReceiptHandle', 'QueueUrl'], optional: ['Region'] },
  { subtype: 'SQS-PurgeQueue', required: ['QueueUrl'], optional: ['Region'] },
  { subtype: 'AppConfig-GetConfiguration', required: ['Application', 'Environment', 'Configuration', 'ClientId'], optional: ['ClientConfigurationVersion', 'Region'] },
  { subtype: 'Kinesis-PutRecord', required: ['StreamName', 'Data', 'PartitionKey'], optional: ['SequenceNumberForOrdering', 'ExplicitHashKey', 'Region'] },
  { subtype: 'StepFunctions-StartExecution', required: ['StateMachineArn'], optional: ['Name', 'Input', 'Region', 'TraceHeader'] },
  { subtype: 'StepFunctions-StartSyncExecution', required: ['StateMachineArn'], optional: ['Name', 'Input', 'Region', 'TraceHeader'] },
  { subtype: 'StepFunctions-StopExecution', required: ['ExecutionArn'], optional: ['Cause', 'Error', 'Region'] },
];

const BY_NAME = new Map(AWS_SERVICE_SUBTYPES.map(s => [s.subtype, s]));

/** The subtype's spec, or undefined for an unknown subtype (names are case-sensitive). */
export function subtypeSpec(subtype: string): SubtypeSpec | undefined {
  return BY_NAME.get(subtype);
}

/** A known subtype that differs only in case or by a missing/extra `s`, to suggest in messages. */
export function closestSubtype(subtype: string): string | undefined {
  const norm = (s: string) => s.toLowerCase().replace(/s$/, '');
  return AWS_SERVICE_SUBTYPES.find(s => norm(s.subtype) === norm(subtype))?.subtype;
}

/** Whether `name` is a request parameter of the subtype. */
export function isSubtypeParameter(spec: SubtypeSpec, name: string): boolean {
  return spec.required.includes(name) || spec.optional.includes(name);
}
