import { Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { EventBus } from 'aws-cdk-lib/aws-events';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Stream } from 'aws-cdk-lib/aws-kinesis';
import { Queue } from 'aws-cdk-lib/aws-sqs';
import { Pass, StateMachine, DefinitionBody } from 'aws-cdk-lib/aws-stepfunctions';
import { HttpIntegrationSubtype } from '../../src/common/integration-subtype';
import { MappingValue } from '../../src/common/mapping-value';
import {
  HttpApi, HttpAppConfigIntegration, HttpAwsServiceIntegration, HttpEventBridgeIntegration, HttpKinesisIntegration, HttpRouteIntegration,
  HttpSqsIntegration, HttpStepFunctionsIntegration,
} from '../../src/http';
import { findings, newStack, only } from '../http/helpers';

/** Adds one route with the integration and returns the integration's and its role policy's properties. */
function bound(stack: Stack, integration: HttpRouteIntegration) {
  new HttpApi(stack, 'Api').addRoutes({ path: '/a', integration });
  return { integration: only(stack, 'AWS::ApiGatewayV2::Integration'), policy: only(stack, 'AWS::IAM::Policy') };
}

const statement = (policy: Record<string, unknown>) => (policy.PolicyDocument as { Statement: Record<string, unknown>[] }).Statement;

describe('AWS service integrations', () => {
  test('SQS SendMessage: QueueUrl and MessageBody filled in, a role trusted by API Gateway allowed to send to this queue', () => {
    const stack = newStack();
    const queue = new Queue(stack, 'Queue');
    const { integration, policy } = bound(stack, new HttpSqsIntegration('Send', { queue }));
    expect(integration).toMatchObject({
      IntegrationType: 'AWS_PROXY',
      IntegrationSubtype: 'SQS-SendMessage',
      PayloadFormatVersion: '1.0',
      CredentialsArn: { 'Fn::GetAtt': [expect.stringMatching(/InvokeRole/), 'Arn'] },
      RequestParameters: { QueueUrl: { Ref: expect.stringMatching(/^Queue/) }, MessageBody: '$request.body.MessageBody' },
    });
    expect(statement(policy)).toEqual([expect.objectContaining({
      Action: expect.arrayContaining(['sqs:SendMessage']),
      Resource: { 'Fn::GetAtt': [expect.stringMatching(/^Queue/), 'Arn'] },
    })]);
    Template.fromStack(stack).hasResourceProperties('AWS::IAM::Role', { AssumeRolePolicyDocument: { Statement: [{ Principal: { Service: 'apigateway.amazonaws.com' } }] } });
    expect(findings(stack)).toEqual([]);
  });

  test.each([
    ['SQS_RECEIVE_MESSAGE', 'sqs:ReceiveMessage', {}],
    ['SQS_DELETE_MESSAGE', 'sqs:DeleteMessage', { ReceiptHandle: MappingValue.requestHeader('x-receipt') }],
    ['SQS_PURGE_QUEUE', 'sqs:PurgeQueue', {}],
  ] as const)('SQS %s: the role may do %s on this queue only', (subtype, action, parameters) => {
    const stack = newStack();
    const queue = new Queue(stack, 'Queue');
    const { integration, policy } = bound(stack, new HttpSqsIntegration('Sqs', { queue, subtype: HttpIntegrationSubtype[subtype], parameters }));
    expect(integration.IntegrationSubtype).toBe(HttpIntegrationSubtype[subtype].name);
    expect(JSON.stringify(statement(policy))).toContain(action);
    expect(statement(policy).every(s => JSON.stringify(s.Resource).includes('Queue'))).toBe(true);
    expect(findings(stack)).toEqual([]);
  });

  test('required parameters are checked where the integration is written', () => {
    const stack = newStack();
    const queue = new Queue(stack, 'Queue');
    const role = new Role(stack, 'Role', { assumedBy: new ServicePrincipal('apigateway.amazonaws.com') });
    const deleteWithout = { QueueUrl: MappingValue.staticValue(queue.queueUrl) };
    expect(() => new HttpAwsServiceIntegration('Del', { subtype: HttpIntegrationSubtype.SQS_DELETE_MESSAGE, parameters: deleteWithout, role })).toThrow(/\[http-subtype-required-parameter\].*ReceiptHandle/);
    expect(() => new HttpSqsIntegration('Bad', { queue, parameters: { Body: MappingValue.requestBody() } })).toThrow(/\[http-subtype-parameter-name\]/);
    expect(() => new HttpSqsIntegration('Kin', { queue, subtype: HttpIntegrationSubtype.KINESIS_PUT_RECORD })).toThrow(/\[http-subtype-known\]/);
    const bus = { EventBusName: MappingValue.staticValue('default'), Detail: MappingValue.requestBody() };
    expect(() => new HttpAwsServiceIntegration('Ev', { subtype: HttpIntegrationSubtype.EVENTBRIDGE_PUT_EVENTS, parameters: bus, role })).toThrow(/\[http-subtype-required-parameter\].*DetailType, Source/);
  });

  test('EventBridge PutEvents on this bus', () => {
    const stack = newStack();
    const bus = new EventBus(stack, 'Bus');
    const { integration, policy } = bound(stack, new HttpEventBridgeIntegration('Events', {
      eventBus: bus,
      parameters: { Source: MappingValue.staticValue('orders'), DetailType: MappingValue.requestHeader('x-type') },
    }));
    expect(integration).toMatchObject({
      IntegrationSubtype: 'EventBridge-PutEvents',
      RequestParameters: { EventBusName: { Ref: expect.stringMatching(/^Bus/) }, Detail: '$request.body.Detail', Source: 'orders', DetailType: '$request.header.x-type' },
    });
    expect(statement(policy)).toEqual([expect.objectContaining({ Action: 'events:PutEvents', Resource: { 'Fn::GetAtt': [expect.stringMatching(/^Bus/), 'Arn'] } })]);
    expect(findings(stack)).toEqual([]);
  });

  test('Kinesis PutRecord on this stream', () => {
    const stack = newStack();
    const stream = new Stream(stack, 'Stream');
    const { integration, policy } = bound(stack, new HttpKinesisIntegration('Put', { stream }));
    expect(integration).toMatchObject({
      IntegrationSubtype: 'Kinesis-PutRecord',
      RequestParameters: { StreamName: { Ref: expect.stringMatching(/^Stream/) }, Data: '$request.body', PartitionKey: '$context.requestId' },
    });
    expect(JSON.stringify(statement(policy))).toContain('kinesis:PutRecord');
    expect(findings(stack)).toEqual([]);
  });

  test.each([
    ['STEPFUNCTIONS_START_EXECUTION', 'states:StartExecution'],
    ['STEPFUNCTIONS_START_SYNC_EXECUTION', 'states:StartSyncExecution'],
  ] as const)('Step Functions %s', (subtype, action) => {
    const stack = newStack();
    const stateMachine = new StateMachine(stack, 'Machine', { definitionBody: DefinitionBody.fromChainable(new Pass(stack, 'Pass')) });
    const { integration } = bound(stack, new HttpStepFunctionsIntegration('Run', { stateMachine, subtype: HttpIntegrationSubtype[subtype] }));
    // the input is not mapped by default, as in aws-cdk-lib
    expect(integration.RequestParameters).toEqual({ StateMachineArn: { Ref: expect.stringMatching(/^Machine/) } });
    const policies = Object.values(Template.fromStack(stack).findResources('AWS::IAM::Policy')).map(p => JSON.stringify(p));
    expect(policies.some(p => p.includes(action) && p.includes('Machine'))).toBe(true);
    expect(findings(stack)).toEqual([]);
  });

  test('Step Functions StopExecution: ExecutionArn required; the role may stop executions of this machine only', () => {
    const stack = newStack();
    const stateMachine = new StateMachine(stack, 'Machine', { definitionBody: DefinitionBody.fromChainable(new Pass(stack, 'Pass')) });
    expect(() => new HttpStepFunctionsIntegration('Stop', { stateMachine, subtype: HttpIntegrationSubtype.STEPFUNCTIONS_STOP_EXECUTION })).toThrow(/\[http-subtype-required-parameter\].*ExecutionArn/);
    bound(stack, new HttpStepFunctionsIntegration('Stop', {
      stateMachine, subtype: HttpIntegrationSubtype.STEPFUNCTIONS_STOP_EXECUTION, parameters: { ExecutionArn: MappingValue.requestBody('executionArn') },
    }));
    const policies = Object.values(Template.fromStack(stack).findResources('AWS::IAM::Policy')).map(p => JSON.stringify(p));
    expect(policies.some(p => p.includes('states:StopExecution') && p.includes(':execution:'))).toBe(true);
    expect(findings(stack)).toEqual([]);
  });

  test('AppConfig GetConfiguration of one configuration', () => {
    const stack = newStack();
    const { integration, policy } = bound(stack, new HttpAppConfigIntegration('Config', { applicationId: 'app1', environmentId: 'env1', configurationProfileId: 'cfg1' }));
    expect(integration).toMatchObject({
      IntegrationSubtype: 'AppConfig-GetConfiguration',
      RequestParameters: { Application: 'app1', Environment: 'env1', Configuration: 'cfg1', ClientId: '$context.requestId' },
    });
    expect(JSON.stringify(statement(policy))).toContain('application/app1/environment/env1/configuration/cfg1');
    expect(findings(stack)).toEqual([]);
  });

  test('generic: any subtype with your role and parameters; nothing granted', () => {
    const stack = newStack();
    const role = new Role(stack, 'Role', { assumedBy: new ServicePrincipal('apigateway.amazonaws.com') });
    new HttpApi(stack, 'Api').addRoutes({
      path: '/a',
      integration: new HttpAwsServiceIntegration('Purge', { subtype: HttpIntegrationSubtype.SQS_PURGE_QUEUE, role, parameters: { QueueUrl: MappingValue.stageVariable('queueUrl') } }),
    });
    expect(only(stack, 'AWS::ApiGatewayV2::Integration')).toMatchObject({ CredentialsArn: { 'Fn::GetAtt': [expect.stringMatching(/^Role/), 'Arn'] }, RequestParameters: { QueueUrl: '$stageVariables.queueUrl' } });
    Template.fromStack(stack).resourceCountIs('AWS::IAM::Policy', 0);
    expect(findings(stack)).toEqual([]);
  });

  test('a role you give is granted the action too', () => {
    const stack = newStack();
    const role = new Role(stack, 'Role', { assumedBy: new ServicePrincipal('apigateway.amazonaws.com') });
    bound(stack, new HttpSqsIntegration('Send', { queue: new Queue(stack, 'Queue'), role }));
    Template.fromStack(stack).resourceCountIs('AWS::IAM::Role', 1);
    expect(JSON.stringify(only(stack, 'AWS::IAM::Policy').Roles)).toContain('Role');
  });
});
