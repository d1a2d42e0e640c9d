import { App, Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { Key } from 'aws-cdk-lib/aws-kms';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { apiGatewayFindings, awsSolutionsFindings } from './nag';
import { HttpMappingRequest, HttpNoneAuthorizer, HttpQueueApi, HttpQueueApiProps, MappingValue, Switchyard } from '../../src';
import { schemaViolations } from '../examples/cloudformation-schema';

/** A tiny app: orders posted to `POST /orders` go to a queue, with the caller's source and tenant as attributes. */
function sampleApp(app: App): Stack {
  const stack = new Stack(app, 'OrdersIngest', { env: { account: '123456789012', region: 'eu-west-1' } });
  new HttpQueueApi(stack, 'Orders', {
    path: '/orders',
    messageAttributes: { source: 'x-source', tenant: 'x-tenant-id' },
  });
  return stack;
}

function build(props: HttpQueueApiProps = {}, stack = new Stack()): { stack: Stack; pattern: HttpQueueApi; template: Template } {
  const pattern = new HttpQueueApi(stack, 'Orders', props);
  return { stack, pattern, template: Template.fromStack(stack) };
}

function withKey(stack: Stack): Key {
  return new Key(stack, 'Key', { enableKeyRotation: true });
}

/** The statements of every IAM policy in the template. */
function statements(template: Template): unknown[] {
  return Object.values(template.findResources('AWS::IAM::Policy')).flatMap((p: any) => p.Properties.PolicyDocument.Statement);
}

describe('HttpQueueApi: the default pattern', () => {
  test('the whole stack', () => {
    expect(build().template.toJSON()).toMatchSnapshot();
  });

  test('POST /messages, authorized with IAM, sends the whole body through SQS-SendMessage', () => {
    const { template, stack, pattern } = build();
    template.hasResourceProperties('AWS::ApiGatewayV2::Route', { RouteKey: 'POST /messages', AuthorizationType: 'AWS_IAM' });
    template.resourceCountIs('AWS::ApiGatewayV2::Route', 1);
    const queueId = stack.getLogicalId(pattern.queue.node.defaultChild as any);
    template.hasResourceProperties('AWS::ApiGatewayV2::Integration', {
      IntegrationType: 'AWS_PROXY',
      IntegrationSubtype: 'SQS-SendMessage',
      PayloadFormatVersion: '1.0',
      RequestParameters: { QueueUrl: { Ref: queueId }, MessageBody: '$request.body' },
      CredentialsArn: { 'Fn::GetAtt': [stack.getLogicalId(pattern.role.node.defaultChild as any), 'Arn'] },
    });
  });

  test('the stage logs every request and is throttled', () => {
    build().template.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      StageName: '$default',
      AccessLogSettings: { DestinationArn: Match.anyValue(), Format: Match.anyValue() },
      DefaultRouteSettings: { ThrottlingRateLimit: 100, ThrottlingBurstLimit: 200 },
    });
  });

  test('the queue and its dead-letter queue are SQS-encrypted; the DLQ keeps messages 14 days and takes them after 5 receives', () => {
    const { template, stack, pattern } = build();
    const dlqId = stack.getLogicalId(pattern.deadLetterQueue!.queue.node.defaultChild as any);
    template.resourceCountIs('AWS::SQS::Queue', 2);
    template.hasResourceProperties('AWS::SQS::Queue', {
      SqsManagedSseEnabled: true,
      RedrivePolicy: { deadLetterTargetArn: { 'Fn::GetAtt': [dlqId, 'Arn'] }, maxReceiveCount: 5 },
    });
    template.hasResourceProperties('AWS::SQS::Queue', { SqsManagedSseEnabled: true, MessageRetentionPeriod: 1209600, RedrivePolicy: Match.absent() });
    expect(pattern.deadLetterQueue!.maxReceiveCount).toBe(5);
  });

  test('both queues deny requests without TLS', () => {
    const { template } = build();
    const policies = Object.values(template.findResources('AWS::SQS::QueuePolicy')) as any[];
    expect(policies).toHaveLength(2);
    for (const p of policies) {
      expect(p.Properties.PolicyDocument.Statement).toEqual([expect.objectContaining({
        Effect: 'Deny', Action: 'sqs:*', Condition: { Bool: { 'aws:SecureTransport': 'false' } },
      })]);
    }
  });

  test('the integration role may only sqs:SendMessage on the queue', () => {
    const { template, stack, pattern } = build();
    const queueId = stack.getLogicalId(pattern.queue.node.defaultChild as any);
    expect(statements(template)).toEqual([{ Effect: 'Allow', Action: 'sqs:SendMessage', Resource: { 'Fn::GetAtt': [queueId, 'Arn'] } }]);
    template.hasResourceProperties('AWS::IAM::Role', {
      AssumeRolePolicyDocument: { Statement: [{ Action: 'sts:AssumeRole', Effect: 'Allow', Principal: { Service: 'apigateway.amazonaws.com' } }] },
    });
  });

  test('url is the $default stage URL', () => {
    const { stack, pattern } = build();
    expect(stack.resolve(pattern.url)).toEqual(stack.resolve(pattern.api.url));
  });
});

describe('HttpQueueApi: variants', () => {
  test('a KMS key encrypts both queues; the role may kms:GenerateDataKey and kms:Decrypt on it, nothing more', () => {
    const stack = new Stack();
    const key = withKey(stack);
    const { template, pattern } = build({ encryptionKey: key }, stack);
    const keyArn = { 'Fn::GetAtt': [stack.getLogicalId(key.node.defaultChild as any), 'Arn'] };
    const queues = Object.values(template.findResources('AWS::SQS::Queue')) as any[];
    expect(queues.map(q => q.Properties.KmsMasterKeyId)).toEqual([keyArn, keyArn]);
    expect(statements(template)).toEqual([
      { Effect: 'Allow', Action: 'sqs:SendMessage', Resource: { 'Fn::GetAtt': [stack.getLogicalId(pattern.queue.node.defaultChild as any), 'Arn'] } },
      { Effect: 'Allow', Action: ['kms:GenerateDataKey', 'kms:Decrypt'], Resource: keyArn },
    ]);
  });

  test('your own queue: no queue is made; the role gets SendMessage on it and the KMS actions on its key', () => {
    const stack = new Stack();
    const key = withKey(stack);
    const queue = new Queue(stack, 'Mine', { encryption: QueueEncryption.KMS, encryptionMasterKey: key, enforceSSL: true });
    const { template, pattern } = build({ queue }, stack);
    expect(pattern.queue).toBe(queue);
    expect(pattern.deadLetterQueue).toBeUndefined();
    template.resourceCountIs('AWS::SQS::Queue', 1);
    expect(statements(template)).toEqual([
      { Effect: 'Allow', Action: 'sqs:SendMessage', Resource: { 'Fn::GetAtt': [stack.getLogicalId(queue.node.defaultChild as any), 'Arn'] } },
      { Effect: 'Allow', Action: ['kms:GenerateDataKey', 'kms:Decrypt'], Resource: { 'Fn::GetAtt': [stack.getLogicalId(key.node.defaultChild as any), 'Arn'] } },
    ]);
  });

  test('without a dead-letter queue; with your own one; with another maxReceiveCount', () => {
    const off = build({ deadLetterQueueEnabled: false });
    expect(off.pattern.deadLetterQueue).toBeUndefined();
    off.template.resourceCountIs('AWS::SQS::Queue', 1);
    off.template.hasResourceProperties('AWS::SQS::Queue', { RedrivePolicy: Match.absent() });

    const stack = new Stack();
    const dlq = new Queue(stack, 'MyDlq', { enforceSSL: true });
    const own = build({ deadLetterQueue: { queue: dlq, maxReceiveCount: 9 } }, stack);
    expect(own.pattern.deadLetterQueue!.queue).toBe(dlq);
    own.template.hasResourceProperties('AWS::SQS::Queue', { RedrivePolicy: { maxReceiveCount: 9, deadLetterTargetArn: Match.anyValue() } });
    own.template.resourceCountIs('AWS::SQS::Queue', 2);

    build({ maxReceiveCount: 12 }).template.hasResourceProperties('AWS::SQS::Queue', { RedrivePolicy: Match.objectLike({ maxReceiveCount: 12 }) });
  });

  test('message attributes from headers: one MessageAttributes JSON text with a ${request.header.<name>} hole each', () => {
    const { template, pattern } = build({ messageAttributes: { 'source': 'x-source', 'tenant.id': 'X-Tenant-Id' } });
    const value = '{"source":{"DataType":"String","StringValue":"${request.header.x-source}"},'
      + '"tenant.id":{"DataType":"String","StringValue":"${request.header.X-Tenant-Id}"}}';
    template.hasResourceProperties('AWS::ApiGatewayV2::Integration', { RequestParameters: Match.objectLike({ MessageAttributes: value }) });
    expect(pattern.parameters.MessageAttributes.value).toBe(value);
  });

  test('another message body and path', () => {
    const { template } = build({ path: '/orders/{tenant}', messageBody: MappingValue.requestBody('order') });
    template.hasResourceProperties('AWS::ApiGatewayV2::Route', { RouteKey: 'POST /orders/{tenant}' });
    template.hasResourceProperties('AWS::ApiGatewayV2::Integration', { RequestParameters: Match.objectLike({ MessageBody: '$request.body.order' }) });
  });

  test('a FIFO queue of your own with a message group id and a deduplication id', () => {
    const stack = new Stack();
    const queue = new Queue(stack, 'Ledger', { fifo: true, enforceSSL: true });
    const { template, pattern } = build({
      queue,
      messageGroupId: MappingValue.requestHeader('x-account-id'),
      messageDeduplicationId: MappingValue.contextVariable('requestId'),
    }, stack);
    template.hasResourceProperties('AWS::ApiGatewayV2::Integration', {
      RequestParameters: Match.objectLike({ MessageGroupId: '$request.header.x-account-id', MessageDeduplicationId: '$context.requestId' }),
    });
    const rendered = pattern.render({ body: 'debit 5', headers: { 'X-Account-Id': 'acc-7' }, context: { requestId: 'r-1' } });
    expect([rendered.MessageGroupId, rendered.MessageDeduplicationId]).toEqual(['acc-7', 'r-1']);
    expect(Switchyard.findings(stack)).toEqual([]);
  });

  test('another authorizer', () => {
    build({ authorizer: new HttpNoneAuthorizer() }).template.hasResourceProperties('AWS::ApiGatewayV2::Route', { AuthorizationType: 'NONE' });
  });
});

const VARIANTS: Array<[string, (stack: Stack) => void]> = [
  ['default', stack => new HttpQueueApi(stack, 'Orders')],
  ['KMS key', stack => new HttpQueueApi(stack, 'Orders', { encryptionKey: withKey(stack) })],
  ['message attributes', stack => new HttpQueueApi(stack, 'Orders', { messageAttributes: { source: 'x-source', tenant: 'x-tenant-id' } })],
  ['no dead-letter queue', stack => new HttpQueueApi(stack, 'Orders', { deadLetterQueueEnabled: false })],
  ['own queue', stack => new HttpQueueApi(stack, 'Orders', { queue: new Queue(stack, 'Mine', { enforceSSL: true }) })],
];

describe.each(VARIANTS)('HttpQueueApi (%s) passes the checks', (_name, make) => {
  test('no Switchyard finding', () => {
    const stack = new Stack(new App(), 'S');
    make(stack);
    expect(Switchyard.findings(stack)).toEqual([]);
  });

  test('cdk-nag: no API Gateway finding', () => {
    expect(apiGatewayFindings(make)).toEqual([]);
  });
});

describe('HttpQueueApi: cdk-nag AwsSolutions', () => {
  test('the default pattern: no finding at all', () => {
    expect(awsSolutionsFindings(stack => new HttpQueueApi(stack, 'Orders'))).toEqual([]);
  });

  test('the sample app: no finding at all', () => {
    expect(awsSolutionsFindings(stack => new HttpQueueApi(stack, 'Orders', { path: '/orders', messageAttributes: { source: 'x-source' } }))).toEqual([]);
  });

  test('with a KMS key: no finding at all', () => {
    expect(awsSolutionsFindings(stack => new HttpQueueApi(stack, 'Orders', { encryptionKey: withKey(stack) }))).toEqual([]);
  });

  test('without a dead-letter queue: SQS3 on the queue, as documented', () => {
    expect(awsSolutionsFindings(stack => new HttpQueueApi(stack, 'Orders', { deadLetterQueueEnabled: false })))
      .toEqual([{ rule: 'AwsSolutions-SQS3', path: 'Stack/Orders/Queue/Resource' }]);
  });
});

test('the sample app passes aws-cdk-lib\'s CloudFormation schema check', () => {
  expect(schemaViolations(app => { sampleApp(app); })).toEqual([]);
});

describe('HttpQueueApi.render: the SendMessage parameters SQS receives', () => {
  const app = new App();
  const stack = sampleApp(app);
  const pattern = stack.node.findChild('Orders') as HttpQueueApi;
  const attributes = (source: string, tenant: string) =>
    `{"source":{"DataType":"String","StringValue":"${source}"},"tenant":{"DataType":"String","StringValue":"${tenant}"}}`;
  /** What render gives, with the queue URL token resolved: every parameter SQS receives. */
  const sent = (request: HttpMappingRequest): { [parameter: string]: unknown; MessageAttributes: string } => {
    const rendered = pattern.render(request);
    return { ...rendered, MessageAttributes: rendered.MessageAttributes, QueueUrl: stack.resolve(rendered.QueueUrl) };
  };
  const queueUrl = { Ref: stack.getLogicalId(pattern.queue.node.defaultChild as any) };

  test('a JSON body is the message body, unchanged; header names match in any case', () => {
    const body = '{"orderId": "o-1", "items": [{"sku": "A-1", "qty": 2}]}';
    const params = sent({ body, headers: { 'X-Source': 'web', 'x-tenant-id': 't-42' } });
    expect(params).toEqual({ QueueUrl: queueUrl, MessageBody: body, MessageAttributes: attributes('web', 't-42') });
    expect(JSON.parse(params.MessageAttributes)).toEqual({
      source: { DataType: 'String', StringValue: 'web' },
      tenant: { DataType: 'String', StringValue: 't-42' },
    });
  });

  test('a body with unicode (accents, CJK, an emoji) and unicode header values are passed as they are', () => {
    const body = 'Grüße, 注文 №7 🚀';
    expect(sent({ body, headers: { 'x-source': 'café', 'x-tenant-id': '東京' } }))
      .toEqual({ QueueUrl: queueUrl, MessageBody: body, MessageAttributes: attributes('café', '東京') });
  });

  test('a header value with a double quote is copied unescaped: the MessageAttributes JSON text breaks', () => {
    const params = sent({ body: '{}', headers: { 'x-source': 'say "hi"', 'x-tenant-id': 't' } });
    const broken = '{"source":{"DataType":"String","StringValue":"say "hi""},"tenant":{"DataType":"String","StringValue":"t"}}';
    expect(params).toEqual({ QueueUrl: queueUrl, MessageBody: '{}', MessageAttributes: broken });
    expect(() => JSON.parse(params.MessageAttributes)).toThrow(SyntaxError);
  });

  test('a missing header gives an empty StringValue, which SQS refuses ("must not be empty")', () => {
    expect(sent({ body: 'hello', headers: { 'x-source': 'web' } }))
      .toEqual({ QueueUrl: queueUrl, MessageBody: 'hello', MessageAttributes: attributes('web', '') });
  });

  test('headers given twice are joined with a comma', () => {
    expect(sent({ body: 'x', headers: { 'x-source': 'a', 'X-SOURCE': 'b', 'x-tenant-id': 't' } }).MessageAttributes).toBe(attributes('a,b', 't'));
  });

  test('messageBody from a member of the body: an object gives its compact JSON; no body gives empty text, which SQS refuses', () => {
    const member = build({ messageBody: MappingValue.requestBody('order') }).pattern;
    expect(member.render({ body: '{"order": {"id": 1, "note": "Grüße"}, "other": true}' }).MessageBody).toBe('{"id":1,"note":"Grüße"}');
    expect(member.render({ body: '{"order": "plain text"}' }).MessageBody).toBe('plain text');
    expect(pattern.render({}).MessageBody).toBe('');
  });

  test('render uses the very parameters the integration is given', () => {
    const integration = Template.fromStack(stack).findResources('AWS::ApiGatewayV2::Integration');
    const [params] = Object.values(integration).map((i: any) => i.Properties.RequestParameters);
    expect(Object.fromEntries(Object.entries(pattern.parameters).map(([k, v]) => [k, stack.resolve(v.value)]))).toEqual(params);
  });
});

describe('HttpQueueApi: usage errors', () => {
  const attributes = (messageAttributes: { [name: string]: string }) => () => build({ messageAttributes });

  test.each([
    ['a', 'a.b', 'A-b_9', 'AWSx', 'aws', 'x.AWS.y', 'n'.repeat(256)],
  ])('valid attribute names: %s', (...names) => {
    for (const name of names) expect(attributes({ [name]: 'x-h' })).not.toThrow();
  });

  test.each([
    [''], ['n'.repeat(257)], ['a b'], ['ä'], ['AWS.x'], ['aws.x'], ['Amazon.x'], ['AMAZON.x'], ['.a'], ['a.'], ['a..b'],
  ])('attribute name %j: [http-queue-api-message-attributes]', name => {
    expect(attributes({ [name]: 'x-h' })).toThrow(/^\[http-queue-api-message-attributes\] message attribute name /);
  });

  test.each([['x h'], ['x"h'], ['x}h'], ['']])(
    'header name %j: [http-queue-api-message-attributes]', header => {
      expect(attributes({ a: header })).toThrow(/^\[http-queue-api-message-attributes\] header /);
    });

  test('valid header names: RFC 9110 tokens, reserved ones included (API Gateway reserves them as mapping destinations, not as values to read)', () => {
    expect(attributes({ a: "x-h_1.b!#$%&'*+^`|~" })).not.toThrow();
    expect(attributes({ trace: 'X-Amzn-Trace-Id', date: 'X-Amz-Date' })).not.toThrow();
  });

  test('11 attributes: [http-queue-api-message-attributes]; 10 short ones already pass 512 characters: [http-mapping-value-length]', () => {
    const many = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`a${i}`, `h${i}`]));
    expect(attributes(many(11))).toThrow(/^\[http-queue-api-message-attributes\] messageAttributes names 11 attributes; SQS takes at most 10/);
    expect(attributes(many(10))).toThrow(/^\[http-mapping-value-length\] messageAttributes makes a MessageAttributes value of 641 characters/);
    expect(attributes(many(7))).not.toThrow();
  });

  test('the MessageAttributes value: 512 characters pass, 513 do not', () => {
    // One attribute: 61 characters plus the lengths of the name and the header name.
    expect(attributes({ ['n'.repeat(200)]: 'h'.repeat(251) })).not.toThrow();
    expect(attributes({ ['n'.repeat(200)]: 'h'.repeat(252) })).toThrow(/^\[http-mapping-value-length\] .* 513 characters/);
  });

  test.each<[string, (stack: Stack) => HttpQueueApiProps, RegExp]>([
    ['queue with encryptionKey', s => ({ queue: new Queue(s, 'Q'), encryptionKey: withKey(s) }), /encryptionKey configures the queue HttpQueueApi makes, but queue is given/],
    ['queue with deadLetterQueueEnabled', s => ({ queue: new Queue(s, 'Q'), deadLetterQueueEnabled: true }), /deadLetterQueueEnabled configures/],
    ['queue with maxReceiveCount and deadLetterQueue', s => ({ queue: new Queue(s, 'Q'), maxReceiveCount: 3, deadLetterQueue: { queue: new Queue(s, 'D'), maxReceiveCount: 3 } }),
      /deadLetterQueue, maxReceiveCount configure/],
    ['deadLetterQueue with deadLetterQueueEnabled false', s => ({ deadLetterQueueEnabled: false, deadLetterQueue: { queue: new Queue(s, 'D'), maxReceiveCount: 3 } }),
      /deadLetterQueue cannot be given when deadLetterQueueEnabled is false/],
    ['maxReceiveCount with deadLetterQueueEnabled false', () => ({ deadLetterQueueEnabled: false, maxReceiveCount: 3 }), /maxReceiveCount cannot be given when deadLetterQueueEnabled is false/],
    ['maxReceiveCount with deadLetterQueue', s => ({ maxReceiveCount: 3, deadLetterQueue: { queue: new Queue(s, 'D'), maxReceiveCount: 3 } }),
      /maxReceiveCount cannot be given when deadLetterQueue carries its own maxReceiveCount/],
    ['a FIFO queue without messageGroupId', s => ({ queue: new Queue(s, 'F', { fifo: true }) }), /queue is a FIFO queue, and SendMessage requires a MessageGroupId of it/],
  ])('%s: [http-queue-api-queue-options]', (_name, props, message) => {
    const stack = new Stack();
    let error: unknown;
    try {
      new HttpQueueApi(stack, 'Orders', props(stack));
    } catch (e) {
      error = e;
    }
    expect((error as { ruleId?: string }).ruleId).toBe('http-queue-api-queue-options');
    expect((error as Error).message).toMatch(message);
  });

  test('the options agree: deadLetterQueueEnabled true with your own deadLetterQueue', () => {
    const stack = new Stack();
    expect(() => build({ deadLetterQueueEnabled: true, deadLetterQueue: { queue: new Queue(stack, 'D'), maxReceiveCount: 2 } }, stack)).not.toThrow();
  });
});
