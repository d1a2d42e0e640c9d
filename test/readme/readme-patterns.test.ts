/**
 * The README's pattern examples, each copied verbatim into a function whose parameters are the variables the
 * example assumes (the names rosetta/default.ts-fixture declares). Each is synthesized with no Switchyard finding,
 * and what it prints is what its comment says. A last test requires every `ts` block of the Patterns section to
 * appear here as written (its import lines aside), so an example cannot change in one place only.
 */
// The examples quote the keys of string maps (`context: { 'requestId': ... }`): unquoted, jsii-rosetta writes them in
// snake_case in Python, as if the map were a struct.
/* eslint-disable @stylistic/quote-props */
import { readFileSync } from 'fs';
import { join } from 'path';
import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { IVpc, Vpc } from 'aws-cdk-lib/aws-ec2';
import { ApplicationLoadBalancer, ListenerAction, ListenerCertificate } from 'aws-cdk-lib/aws-elasticloadbalancingv2';
import { Rule } from 'aws-cdk-lib/aws-events';
import { AccountRootPrincipal, IRole, Role } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import { Code, Function, IFunction, Runtime } from 'aws-cdk-lib/aws-lambda';
import { Construct } from 'constructs';
import { examplesMissingFrom, namesImported, tsBlocks } from './readme-blocks';
import * as switchyard from '../../src';
import {
  HttpEventBusApi, HttpPrivateBackendApi, HttpQueueApi, MappingValue, ParameterMapping, PrivateBackend, Switchyard, WebSocketConnectionsApi,
  WebSocketLambdaAuthorizer,
} from '../../src';

process.env.CDK_VALIDATION = 'false';

/** What the examples print, in order. */
let printed: unknown[] = [];
const console = { log: (value: unknown) => printed.push(value) };

function newFunction(scope: Construct, id: string): Function {
  return new Function(scope, id, { runtime: Runtime.NODEJS_22_X, handler: 'index.handler', code: Code.fromInline('exports.handler = async () => ({})') });
}

function connectionsExample(this: Construct, handler: Function, authorizerFn: IFunction): WebSocketConnectionsApi {
  const connections = new WebSocketConnectionsApi(this, 'Connections', {
    sendHandler: handler, // gets CONNECTIONS_TABLE and CALLBACK_URL, reads the table, posts to connections
    queryStringAttributes: ['user'], // wss://.../prod?user=ana stores "user": {"S": "ana"}
    connectAuthorizer: new WebSocketLambdaAuthorizer('ConnectAuth', authorizerFn),
  });

  // The exact body DynamoDB receives when a client connects.
  const put = connections.renderConnect({
    queryStringParameters: { user: 'ana "the admin"' },
    context: { 'connectionId': 'L0SM9cOFvHcCIhw=', 'connectedAt': '1763791200000' },
  });
  console.log(put.output);
  // {"TableName": "...", "Item": {"connectionId": {"S": "L0SM9cOFvHcCIhw="}, "connectedAt": {"N": "1763791200000"}, "user": {"S": "ana \"the admin\""}}}
  return connections;
}

function queueExample(this: Construct, analyticsRole: IRole, handler: Function): HttpQueueApi {
  const orders = new HttpQueueApi(this, 'Orders', {
    path: '/orders',
    encryptionKey: new Key(this, 'OrdersKey', { enableKeyRotation: true }),
    messageAttributes: { source: 'x-source', tenant: 'x-tenant-id' }, // attribute name -> request header
  });
  orders.route.grantInvoke(analyticsRole); // callers sign their requests (IAM)
  orders.queue.grantConsumeMessages(handler);

  // The SendMessage parameters API Gateway sends for a request.
  console.log(orders.render({ body: '{"sku":"A-1"}', headers: { 'X-Source': 'web', 'X-Tenant-Id': 't-9' } }));
  // { QueueUrl: '${Token[...]}', MessageBody: '{"sku":"A-1"}',
  //   MessageAttributes: '{"source":{"DataType":"String","StringValue":"web"},"tenant":{"DataType":"String","StringValue":"t-9"}}' }
  return orders;
}

function eventsExample(this: Construct, analyticsRole: IRole): HttpEventBusApi {
  const events = new HttpEventBusApi(this, 'OrderEvents', { apiName: 'com.example.orders' });
  events.route.grantInvoke(analyticsRole); // callers sign their requests (IAM)

  // POST /events/OrderPlaced with {"orderId":"o-17"} reaches this rule.
  new Rule(this, 'OnOrderPlaced', {
    eventBus: events.eventBus,
    eventPattern: { source: ['com.example.orders'], detailType: ['OrderPlaced'] },
  });

  console.log(events.render({ body: '{"orderId":"o-17"}', pathParameters: { 'detailType': 'OrderPlaced' } }));
  // { EventBusName: '${Token[...]}', Detail: '{"orderId":"o-17"}', DetailType: 'OrderPlaced', Source: 'com.example.orders' }
  return events;
}

function privateBackendExample(this: Construct, vpc: IVpc, certificateArn: string, analyticsRole: IRole): HttpPrivateBackendApi {
  const alb = new ApplicationLoadBalancer(this, 'Orders', { vpc, internetFacing: false });
  const listener = alb.addListener('Https', {
    port: 443,
    certificates: [ListenerCertificate.fromArn(certificateArn)],
    open: false, // only the VPC link is let in
    defaultAction: ListenerAction.fixedResponse(200),
  });
  const backend = new HttpPrivateBackendApi(this, 'OrdersApi', {
    backend: PrivateBackend.applicationListener(listener),
    tlsServerName: 'orders.internal.example.com', // verified in the listener's certificate
    parameterMapping: new ParameterMapping()
      .appendHeader('x-request-id', MappingValue.contextVariable('requestId'))
      .overwritePath(MappingValue.combine(MappingValue.staticValue('/api/'), MappingValue.requestPathParam('proxy'))),
  });
  backend.routes[0].grantInvoke(analyticsRole); // callers sign their requests (IAM)

  console.log(backend.render({ pathParameters: { proxy: 'a/b' }, context: { 'requestId': 'r1' } }));
  // { 'append:header.x-request-id': 'r1', 'overwrite:path': '/api/a/b' }
  return backend;
}

function newStack(): Stack {
  printed = [];
  return new Stack(new App(), 'Patterns', { env: { account: '111122223333', region: 'eu-west-1' } });
}

const role = (scope: Construct) => new Role(scope, 'Analytics', { assumedBy: new AccountRootPrincipal() });

describe('README: the pattern examples', () => {
  test('WebSocketConnectionsApi: the item DynamoDB receives is the one shown', () => {
    const stack = newStack();
    connectionsExample.call(stack, newFunction(stack, 'Send'), newFunction(stack, 'Authorizer'));
    const output = printed[0] as string;
    expect(JSON.parse(output).Item).toEqual({
      connectionId: { S: 'L0SM9cOFvHcCIhw=' }, connectedAt: { N: '1763791200000' }, user: { S: 'ana "the admin"' },
    });
    expect(output).toContain('"user": {"S": "ana \\"the admin\\""}');
    expect(Switchyard.findings(stack)).toEqual([]);
  });

  test('HttpQueueApi: the SendMessage parameters are the ones shown', () => {
    const stack = newStack();
    const orders = queueExample.call(stack, role(stack), newFunction(stack, 'Consumer'));
    expect(printed[0]).toEqual({
      QueueUrl: orders.queue.queueUrl,
      MessageBody: '{"sku":"A-1"}',
      MessageAttributes: '{"source":{"DataType":"String","StringValue":"web"},"tenant":{"DataType":"String","StringValue":"t-9"}}',
    });
    expect(Switchyard.findings(stack)).toEqual([]);
  });

  test('HttpEventBusApi: the PutEvents parameters are the ones shown, and the rule matches them', () => {
    const stack = newStack();
    const events = eventsExample.call(stack, role(stack));
    expect(printed[0]).toEqual({
      EventBusName: events.eventBus.eventBusName, Detail: '{"orderId":"o-17"}', DetailType: 'OrderPlaced', Source: 'com.example.orders',
    });
    Template.fromStack(stack).hasResourceProperties('AWS::Events::Rule', {
      EventPattern: { 'source': ['com.example.orders'], 'detail-type': ['OrderPlaced'] },
    });
    expect(Switchyard.findings(stack)).toEqual([]);
  });

  test('HttpPrivateBackendApi: the mapping is the one shown', () => {
    const stack = newStack();
    privateBackendExample.call(stack, new Vpc(stack, 'Vpc', { maxAzs: 2, natGateways: 0 }), 'arn:aws:acm:eu-west-1:111122223333:certificate/abc', role(stack));
    expect(printed[0]).toEqual({ 'append:header.x-request-id': 'r1', 'overwrite:path': '/api/a/b' });
    expect(Switchyard.findings(stack)).toEqual([]);
  });
});

describe('README: the Patterns section', () => {
  const readme = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8');
  const source = readFileSync(__filename, 'utf8');
  const start = readme.indexOf('\n## Patterns: whole APIs in one construct\n');
  const end = readme.indexOf('\n## HTTP APIs\n');
  const section = readme.slice(start, end);
  const blocks = tsBlocks(readme, start, end);

  test('has a subsection and an example per pattern', () => {
    expect(start).toBeGreaterThan(0);
    const patterns = ['WebSocketConnectionsApi', 'HttpQueueApi', 'HttpEventBusApi', 'HttpPrivateBackendApi'];
    expect([...section.matchAll(/^### (\w+):/gm)].map(m => m[1])).toEqual(patterns);
    expect(blocks.length).toBe(patterns.length);
  });

  test('each example is in this file as written, so the tests above compile and run it', () => {
    expect(examplesMissingFrom(blocks, source)).toEqual([]);
  });

  test('each name an example imports from cdk-switchyard is exported by the package', () => {
    const names = namesImported(blocks);
    expect(names.length).toBeGreaterThan(5);
    expect(names.filter(n => !(n in switchyard))).toEqual([]);
  });
});
