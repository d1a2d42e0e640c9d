import { readFileSync } from 'fs';
import { join } from 'path';
import { App, RemovalPolicy, Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { ITable, Table } from 'aws-cdk-lib/aws-dynamodb';
import { Role } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import { Code, Function, IFunction, Runtime } from 'aws-cdk-lib/aws-lambda';
import * as fc from 'fast-check';
import { apiGatewayFindings, awsSolutionsFindings, NagFinding } from './nag';
import { ChatStack } from '../../examples/websocket-chat/app';
import {
  MappingTemplateDirection, Switchyard, WebSocketConnectionsApi, WebSocketConnectionsApiProps, WebSocketLambdaAuthorizer, WebSocketNoneAuthorizer,
} from '../../src';
import { schemaViolations } from '../examples/cloudformation-schema';

const CONNECTION_ID = 'L0SM9cOFvHcCIhw=';
const CONTEXT = { connectionId: CONNECTION_ID, connectedAt: '1763791200000' };

function sendFunction(stack: Stack, id = 'Send'): Function {
  return new Function(stack, id, {
    runtime: Runtime.NODEJS_22_X,
    handler: 'index.handler',
    code: Code.fromInline('exports.handler = async () => ({ statusCode: 200 });'),
  });
}

/** The pattern with its defaults (and the send function it requires) in `stack`. */
function defaultPattern(stack: Stack, props: Partial<WebSocketConnectionsApiProps> = {}): WebSocketConnectionsApi {
  return new WebSocketConnectionsApi(stack, 'Connections', { sendHandler: sendFunction(stack), ...props });
}

/** The pattern writing to an existing table named `chat-connections`: the rendered bodies name it literally. */
function importedTablePattern(props: Partial<WebSocketConnectionsApiProps> = {}): WebSocketConnectionsApi {
  const stack = new Stack(new App(), 'Stack');
  return defaultPattern(stack, { table: Table.fromTableName(stack, 'Existing', 'chat-connections'), ...props });
}

/** A send function of another app, imported with its role. */
function importedFunction(stack: Stack): IFunction {
  return Function.fromFunctionAttributes(stack, 'Imported', {
    functionArn: 'arn:aws:lambda:eu-west-1:123456789012:function:send',
    role: Role.fromRoleArn(stack, 'SendRole', 'arn:aws:iam::123456789012:role/send-role'),
  });
}

/** True when `value` is DynamoDB JSON of string and number attributes (`{"S": "..."}`, `{"N": "<digits>"}`). */
function isDynamoDbAttributes(value: unknown): boolean {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  return Object.values(value).every(v => {
    if (v === null || typeof v !== 'object') return false;
    const entries = Object.entries(v);
    if (entries.length !== 1) return false;
    const [type, text] = entries[0];
    return (type === 'S' && typeof text === 'string') || (type === 'N' && typeof text === 'string' && /^-?\d+(\.\d+)?$/.test(text));
  });
}

describe('WebSocketConnectionsApi, default', () => {
  const stack = new Stack(new App(), 'Stack');
  const pattern = defaultPattern(stack);
  const template = Template.fromStack(stack);
  const resolve = (v: unknown) => stack.resolve(v);

  test('the whole stack', () => {
    expect(template.toJSON()).toMatchSnapshot();
  });

  test('a new table: on demand, keyed by connectionId (string), AWS managed key, point-in-time recovery', () => {
    template.resourceCountIs('AWS::DynamoDB::Table', 1);
    template.hasResourceProperties('AWS::DynamoDB::Table', {
      BillingMode: 'PAY_PER_REQUEST',
      KeySchema: [{ AttributeName: 'connectionId', KeyType: 'HASH' }],
      AttributeDefinitions: [{ AttributeName: 'connectionId', AttributeType: 'S' }],
      // SSEEnabled with no key: KMS with the AWS managed key aws/dynamodb.
      SSESpecification: { SSEEnabled: true, KMSMasterKeyId: Match.absent(), SSEType: Match.absent() },
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
    });
  });

  test('the integration role may only PutItem and DeleteItem on the table', () => {
    const policies = template.findResources('AWS::IAM::Policy', { Properties: { Roles: [{ Ref: resolve(pattern.role.roleName).Ref }] } });
    expect(Object.values(policies).map(p => p.Properties.PolicyDocument.Statement)).toEqual([[{
      Action: ['dynamodb:PutItem', 'dynamodb:DeleteItem'],
      Effect: 'Allow',
      Resource: resolve(pattern.table.tableArn),
    }]]);
    template.hasResourceProperties('AWS::IAM::Role', {
      RoleName: Match.absent(),
      AssumeRolePolicyDocument: { Statement: [{ Action: 'sts:AssumeRole', Principal: { Service: 'apigateway.amazonaws.com' } }] },
      ManagedPolicyArns: Match.absent(),
    });
  });

  test('$connect puts and $disconnect deletes through DynamoDB integrations as that role, with no Lambda function', () => {
    const integrations = template.findResources('AWS::ApiGatewayV2::Integration', { Properties: { IntegrationType: 'AWS' } });
    const byUri = Object.values(integrations).map(i => ({
      uri: JSON.stringify(i.Properties.IntegrationUri),
      credentials: i.Properties.CredentialsArn,
      template: i.Properties.RequestTemplates.$default,
    }));
    expect(byUri).toHaveLength(2);
    expect(byUri.map(i => i.uri.match(/dynamodb:action\/(\w+)/)?.[1]).sort()).toEqual(['DeleteItem', 'PutItem']);
    for (const i of byUri) expect(i.credentials).toEqual(resolve(pattern.role.roleArn));
    expect(byUri.map(i => i.template).sort()).toEqual([pattern.disconnectTemplate.text, pattern.connectTemplate.text].sort());
    template.resourceCountIs('AWS::Lambda::Function', 1); // the user's send function only
  });

  test('$connect is authorized with IAM; the other routes cannot be (API Gateway authorizes $connect only)', () => {
    template.hasResourceProperties('AWS::ApiGatewayV2::Route', { RouteKey: '$connect', AuthorizationType: 'AWS_IAM' });
    template.hasResourceProperties('AWS::ApiGatewayV2::Route', { RouteKey: '$disconnect', AuthorizationType: 'NONE' });
    template.hasResourceProperties('AWS::ApiGatewayV2::Route', { RouteKey: 'sendmessage', AuthorizationType: 'NONE' });
    template.resourceCountIs('AWS::ApiGatewayV2::Route', 3);
  });

  test('the stage: prod, deployed automatically, throttled, access logs on, the table name as a stage variable, after the account setting', () => {
    const stages = template.findResources('AWS::ApiGatewayV2::Stage');
    expect(Object.keys(stages)).toHaveLength(1);
    const stage = Object.values(stages)[0];
    expect(stage.Properties).toMatchObject({
      StageName: 'prod',
      AutoDeploy: true,
      DefaultRouteSettings: { ThrottlingRateLimit: 100, ThrottlingBurstLimit: 200 },
      StageVariables: { connectionsTable: resolve(pattern.table.tableName) },
      AccessLogSettings: { DestinationArn: resolve(pattern.stage.accessLogGroup!.logGroupArn), Format: expect.stringContaining('"requestId":"$context.requestId"') },
    });
    expect(stage.DependsOn).toContain(stack.getLogicalId(pattern.cloudWatchAccount!));
    template.hasResourceProperties('AWS::Logs::LogGroup', { RetentionInDays: 365 });
  });

  test('API Gateway\'s CloudWatch Logs role for the account, kept when the stack is deleted', () => {
    template.hasResource('AWS::ApiGateway::Account', {
      Properties: { CloudWatchRoleArn: resolve(pattern.cloudWatchRole!.roleArn) },
      DeletionPolicy: 'Retain',
    });
    template.hasResource('AWS::IAM::Role', {
      Properties: { ManagedPolicyArns: [{ 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':iam::aws:policy/service-role/AmazonAPIGatewayPushToCloudWatchLogs']] }] },
      DeletionPolicy: 'Retain',
    });
  });

  test('the send function: invoked by the sendmessage route, may manage the connections of the stage, reads the table, knows both', () => {
    template.hasResourceProperties('AWS::Lambda::Permission', {
      Action: 'lambda:InvokeFunction',
      Principal: 'apigateway.amazonaws.com',
      SourceArn: { 'Fn::Join': ['', Match.arrayWith([Match.stringLikeRegexp('/\\*/sendmessage$')])] },
    });
    template.hasResourceProperties('AWS::Lambda::Function', {
      Environment: { Variables: { CONNECTIONS_TABLE: resolve(pattern.table.tableName), CALLBACK_URL: resolve(pattern.callbackUrl) } },
    });
    template.hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          { Action: 'execute-api:ManageConnections', Effect: 'Allow', Resource: { 'Fn::Join': ['', Match.arrayWith([Match.stringLikeRegexp('^/prod/\\*/@connections/\\*$')])] } },
          Match.objectLike({ Action: Match.arrayWith(['dynamodb:Query', 'dynamodb:GetItem', 'dynamodb:Scan']), Resource: [resolve(pattern.table.tableArn)] }),
        ]),
      },
    });
  });

  test('url and callbackUrl are the stage\'s', () => {
    expect(resolve(pattern.url)).toEqual(resolve(pattern.stage.url));
    expect(pattern.url.startsWith('wss://')).toBe(true);
    expect(pattern.callbackUrl.startsWith('https://')).toBe(true);
    expect(resolve(pattern.callbackUrl)).toEqual(resolve(pattern.stage.callbackUrl));
  });

  test('the table name reaches the template as a token, and the rendered body names the stack\'s table', () => {
    const r = pattern.renderDisconnect({ context: CONTEXT });
    expect(r.output).toBe(`{"TableName": "${pattern.table.tableName}", "Key": {"connectionId": {"S": "${CONNECTION_ID}"}}}`);
    expect(resolve(JSON.parse(r.output).TableName)).toEqual(resolve(pattern.table.tableName));
  });

  test('the templates have no finding, warnings included', () => {
    const options = { direction: MappingTemplateDirection.REQUEST, webSocket: true };
    expect(pattern.connectTemplate.check(options)).toEqual([]);
    expect(pattern.disconnectTemplate.check(options)).toEqual([]);
  });
});

describe('rendering: the exact body DynamoDB receives', () => {
  const pattern = importedTablePattern({ queryStringAttributes: ['user', 'room'] });
  const PREFIX = `{"TableName": "chat-connections", "Item": {"connectionId": {"S": "${CONNECTION_ID}"}, "connectedAt": {"N": "1763791200000"}`;

  test.each([
    ['plain values', { user: 'ana', room: 'lobby' }, ', "user": {"S": "ana"}, "room": {"S": "lobby"}}}', { user: { S: 'ana' }, room: { S: 'lobby' } }],
    [
      'quotes, a backslash, an apostrophe, a slash, non-ASCII and an emoji (the last three escaped as commons-lang 2 does)',
      { user: 'ana "the admin" \\ it\'s a/b é 😀', room: 'x' },
      ', "user": {"S": "ana \\"the admin\\" \\\\ it\'s a\\/b \\u00E9 \\uD83D\\uDE00"}, "room": {"S": "x"}}}',
      { user: { S: 'ana "the admin" \\ it\'s a/b é 😀' }, room: { S: 'x' } },
    ],
    [
      'a backslash before an apostrophe, a newline and a tab',
      { user: 'it\\\'s\nnew\tline' },
      ', "user": {"S": "it\\\\\'s\\nnew\\tline"}}}',
      { user: { S: 'it\\\'s\nnew\tline' } },
    ],
    [
      'VTL in the value, which stays text',
      { user: '$context.connectionId #set($a = 1)$a' },
      ', "user": {"S": "$context.connectionId #set($a = 1)$a"}}}',
      { user: { S: '$context.connectionId #set($a = 1)$a' } },
    ],
    ['a missing parameter: its attribute is left out', { room: 'lobby' }, ', "room": {"S": "lobby"}}}', { room: { S: 'lobby' } }],
    ['an empty parameter, the first one present: left out', { user: 'ana', room: '' }, ', "user": {"S": "ana"}}}', { user: { S: 'ana' } }],
    ['no query string at all', {}, '}}', {}],
  ])('$connect with %s', (_what, query, rest, attributes) => {
    const r = pattern.renderConnect({ queryStringParameters: query, context: CONTEXT });
    expect(r.errors).toEqual([]);
    expect(r.output).toBe(PREFIX + rest);
    const body = JSON.parse(r.output);
    expect(body).toEqual({ TableName: 'chat-connections', Item: { connectionId: { S: CONNECTION_ID }, connectedAt: { N: '1763791200000' }, ...attributes } });
    expect(isDynamoDbAttributes(body.Item)).toBe(true);
  });

  test('any well-formed value comes back unchanged from the DynamoDB JSON (property)', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', minLength: 1 }), fc.string({ unit: 'binary' }), (user, room) => {
      const r = pattern.renderConnect({ queryStringParameters: { user, room }, context: CONTEXT });
      const item = JSON.parse(r.output).Item;
      expect(item.user).toEqual({ S: user });
      expect(item.room).toEqual(room === '' ? undefined : { S: room });
      expect(isDynamoDbAttributes(item)).toBe(true);
    }), { numRuns: 300 });
  });

  test('a header of the same name does not stand in for a missing query parameter', () => {
    const r = pattern.renderConnect({ headers: { user: 'mallory', Host: 'example.com' }, context: CONTEXT });
    expect(r.output).toBe(`${PREFIX}}}`);
  });

  test('the deployed stage\'s table name wins over one given in the request', () => {
    const r = pattern.renderConnect({ context: CONTEXT, stageVariables: { connectionsTable: 'other', extra: 'x' } });
    expect(JSON.parse(r.output).TableName).toBe('chat-connections');
  });

  test('$disconnect deletes the item of the connection', () => {
    const r = pattern.renderDisconnect({ context: CONTEXT, queryStringParameters: { user: 'ignored' } });
    expect(r.errors).toEqual([]);
    expect(r.output).toBe(`{"TableName": "chat-connections", "Key": {"connectionId": {"S": "${CONNECTION_ID}"}}}`);
    const body = JSON.parse(r.output);
    expect(isDynamoDbAttributes(body.Key)).toBe(true);
  });

  test('a partition key of another name', () => {
    const p = importedTablePattern({ partitionKeyName: 'pk' });
    expect(p.renderConnect({ context: CONTEXT }).output)
      .toBe(`{"TableName": "chat-connections", "Item": {"pk": {"S": "${CONNECTION_ID}"}, "connectedAt": {"N": "1763791200000"}}}`);
    expect(p.renderDisconnect({ context: CONTEXT }).output).toBe(`{"TableName": "chat-connections", "Key": {"pk": {"S": "${CONNECTION_ID}"}}}`);
  });

  test('the checker of DynamoDB JSON refuses what DynamoDB refuses', () => {
    expect(isDynamoDbAttributes({ a: { S: 'x' }, b: { N: '12' } })).toBe(true);
    expect(isDynamoDbAttributes({ a: 'x' })).toBe(false);
    expect(isDynamoDbAttributes({ a: { N: '' } })).toBe(false);
    expect(isDynamoDbAttributes({ a: { S: 'x', N: '1' } })).toBe(false);
  });
});

describe('the websocket-chat example', () => {
  const chat = new ChatStack(new App(), 'WebSocketChat').chat;
  const file = (name: string) => readFileSync(join(__dirname, '..', '..', 'examples', 'templates', name), 'utf8');
  /** The file without its leading `##` comment line (a VTL comment, which renders as nothing). */
  const body = (text: string) => text.replace(/^##[^\n]*\n/, '');

  test('its template files are the pattern\'s templates (the demo renders what the app deploys)', () => {
    expect(body(file('chat-connect.vtl'))).toBe(chat.connectTemplate.text);
    expect(body(file('chat-disconnect.vtl'))).toBe(chat.disconnectTemplate.text);
  });

  test('the demo\'s request renders to valid DynamoDB JSON', () => {
    const request = JSON.parse(file('chat-connect.request.json'));
    const r = chat.renderConnect({
      queryStringParameters: request.params.querystring,
      context: { connectionId: request.context.connectionId, connectedAt: String(request.context.connectedAt) },
    });
    expect(r.output).toBe(`{"TableName": "${chat.table.tableName}", "Item": {"connectionId": {"S": "L0SM9cOFvHcCIhw="}, `
      + '"connectedAt": {"N": "1763791200000"}, "user": {"S": "ana \\"the admin\\""}}}');
    expect(isDynamoDbAttributes(JSON.parse(r.output).Item)).toBe(true);
  });
});

/** The variants a user reaches with the props. */
const VARIANTS: Array<[string, (stack: Stack) => WebSocketConnectionsApi]> = [
  ['default', stack => defaultPattern(stack)],
  ['an existing table, no authorizer, no account setting, another stage and throttle', stack => defaultPattern(stack, {
    table: Table.fromTableName(stack, 'Existing', 'chat-connections'),
    connectAuthorizer: new WebSocketNoneAuthorizer(),
    cloudWatchRole: false,
    stageName: 'live',
    throttle: { rateLimit: 10, burstLimit: 20 },
  })],
  ['a Lambda authorizer, a customer managed key, query attributes, another partition key and send route', stack => defaultPattern(stack, {
    connectAuthorizer: new WebSocketLambdaAuthorizer('Auth', sendFunction(stack, 'Authorizer')),
    encryptionKey: new Key(stack, 'Key', { enableKeyRotation: true }),
    queryStringAttributes: ['user', 'room'],
    partitionKeyName: 'pk',
    sendRouteKey: 'post',
  })],
  ['an imported send function with its role', stack => new WebSocketConnectionsApi(stack, 'Connections', { sendHandler: importedFunction(stack) })],
];

describe.each(VARIANTS)('WebSocketConnectionsApi, %s', (_name, build) => {
  test('no Switchyard finding', () => {
    const stack = new Stack(new App(), 'Stack', { env: { account: '123456789012', region: 'eu-west-1' } });
    build(stack);
    expect(Switchyard.findings(stack)).toEqual([]);
  });

  test('aws-cdk-lib\'s CloudFormation schema check: no violation', () => {
    expect(schemaViolations(app => { build(new Stack(app, 'Stack')); })).toEqual([]);
  });
});

describe('the variants\' resources', () => {
  test('a customer managed key: the table uses it and the integration role may use it', () => {
    const stack = new Stack(new App(), 'Stack');
    const key = new Key(stack, 'Key');
    const p = defaultPattern(stack, { encryptionKey: key });
    const template = Template.fromStack(stack);
    template.hasResourceProperties('AWS::DynamoDB::Table', { SSESpecification: { SSEEnabled: true, SSEType: 'KMS', KMSMasterKeyId: stack.resolve(key.keyArn) } });
    template.hasResourceProperties('AWS::IAM::Policy', {
      Roles: [stack.resolve(p.role.roleName)],
      PolicyDocument: { Statement: Match.arrayWith([Match.objectLike({ Action: Match.arrayWith(['kms:Decrypt', 'kms:GenerateDataKey*']), Resource: stack.resolve(key.keyArn) })]) },
    });
  });

  test('an existing table: no table is made, and the role may only PutItem and DeleteItem on it', () => {
    const stack = new Stack(new App(), 'Stack');
    const table: ITable = Table.fromTableName(stack, 'Existing', 'chat-connections');
    const p = defaultPattern(stack, { table });
    const template = Template.fromStack(stack);
    template.resourceCountIs('AWS::DynamoDB::Table', 0);
    expect(p.table).toBe(table);
    template.hasResourceProperties('AWS::IAM::Policy', {
      Roles: [stack.resolve(p.role.roleName)],
      PolicyDocument: { Statement: [{ Action: ['dynamodb:PutItem', 'dynamodb:DeleteItem'], Effect: 'Allow', Resource: stack.resolve(table.tableArn) }] },
    });
    template.hasResourceProperties('AWS::ApiGatewayV2::Stage', { StageVariables: { connectionsTable: 'chat-connections' } });
  });

  test('cloudWatchRole: false makes no account setting and no role for it', () => {
    const stack = new Stack(new App(), 'Stack');
    const p = defaultPattern(stack, { cloudWatchRole: false });
    Template.fromStack(stack).resourceCountIs('AWS::ApiGateway::Account', 0);
    expect(p.cloudWatchRole).toBeUndefined();
    expect(p.cloudWatchAccount).toBeUndefined();
  });

  test('cloudWatchRoleRemovalPolicy: DESTROY', () => {
    const stack = new Stack(new App(), 'Stack');
    defaultPattern(stack, { cloudWatchRoleRemovalPolicy: RemovalPolicy.DESTROY });
    Template.fromStack(stack).hasResource('AWS::ApiGateway::Account', { DeletionPolicy: 'Delete' });
  });

  test('query attributes are declared as optional parameters of $connect; a Lambda authorizer authorizes it', () => {
    const stack = new Stack(new App(), 'Stack');
    defaultPattern(stack, { queryStringAttributes: ['user'], connectAuthorizer: new WebSocketLambdaAuthorizer('Auth', sendFunction(stack, 'Authorizer')) });
    Template.fromStack(stack).hasResourceProperties('AWS::ApiGatewayV2::Route', {
      RouteKey: '$connect',
      AuthorizationType: 'CUSTOM',
      RequestParameters: { 'route.request.querystring.user': { Required: false } },
    });
  });

  test('an imported send function: its role gets the grants, and no environment is set', () => {
    const stack = new Stack(new App(), 'Stack');
    const p = new WebSocketConnectionsApi(stack, 'Connections', { sendHandler: importedFunction(stack), sendRouteKey: 'post' });
    const template = Template.fromStack(stack);
    template.resourceCountIs('AWS::Lambda::Function', 0);
    template.hasResourceProperties('AWS::ApiGatewayV2::Route', { RouteKey: 'post' });
    template.hasResourceProperties('AWS::IAM::Policy', {
      Roles: ['send-role'],
      PolicyDocument: { Statement: Match.arrayWith([Match.objectLike({ Action: 'execute-api:ManageConnections' }), Match.objectLike({ Resource: [stack.resolve(p.table.tableArn)] })]) },
    });
  });
});

describe('cdk-nag AwsSolutions', () => {
  // The pattern's own findings, explained in the README: API Gateway authorizes $connect only; the account's
  // CloudWatch Logs role uses the managed policy AWS documents for it; connection ids are not known in advance.
  const patternFindings = (stage = 'prod', route = 'sendmessage'): NagFinding[] => [
    { rule: 'AwsSolutions-APIG4', path: 'Stack/Connections/Api/$disconnect-Route/Resource' },
    { rule: 'AwsSolutions-APIG4', path: `Stack/Connections/Api/${route}-Route/Resource` },
    {
      rule: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AmazonAPIGatewayPushToCloudWatchLogs]',
      path: 'Stack/Connections/CloudWatchRole/Resource',
    },
    {
      rule: `AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:execute-api:eu-west-1:123456789012:<ConnectionsApiC29CA60D>/${stage}/*/@connections/*]`,
      path: 'Stack/Send/ServiceRole/DefaultPolicy/Resource',
    },
  ];
  // The test's own send function (not the pattern's): the basic execution managed policy, and a runtime nag
  // does not know as the latest.
  const functionFindings: NagFinding[] = [
    { rule: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]', path: 'Stack/Send/ServiceRole/Resource' },
    { rule: 'AwsSolutions-L1', path: 'Stack/Send/Resource' },
  ];
  const sorted = (f: NagFinding[]) => [...f].sort((a, b) => `${a.rule} ${a.path}`.localeCompare(`${b.rule} ${b.path}`));

  test('API Gateway findings: APIG4 on $disconnect and the send route only', () => {
    expect(apiGatewayFindings(stack => { defaultPattern(stack); })).toEqual(patternFindings().filter(f => f.rule === 'AwsSolutions-APIG4'));
  });

  test('every finding of the default pattern', () => {
    expect(awsSolutionsFindings(stack => { defaultPattern(stack); })).toEqual(sorted([...patternFindings(), ...functionFindings]));
  });

  test('with a Lambda authorizer on $connect and no account setting', () => {
    const findings = awsSolutionsFindings(stack => {
      defaultPattern(stack, { cloudWatchRole: false, stageName: 'live', sendRouteKey: 'post', connectAuthorizer: new WebSocketLambdaAuthorizer('Auth', sendFunction(stack, 'Authorizer')) });
    });
    const authorizerFindings: NagFinding[] = [
      { rule: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]', path: 'Stack/Authorizer/ServiceRole/Resource' },
      { rule: 'AwsSolutions-L1', path: 'Stack/Authorizer/Resource' },
    ];
    expect(findings).toEqual(sorted([...patternFindings('live', 'post').filter(f => !f.path.includes('CloudWatchRole')), ...functionFindings, ...authorizerFindings]));
  });
});

describe('errors', () => {
  const build = (props: Partial<WebSocketConnectionsApiProps>) => () => defaultPattern(new Stack(new App(), 'Stack'), props);

  test.each([
    ['a space', { queryStringAttributes: ['user name'] }],
    ['an empty name', { queryStringAttributes: [''] }],
    ['a quote, which would end the JSON key', { queryStringAttributes: ['a"b'] }],
    ['a dollar, which VTL would read', { partitionKeyName: '$id' }],
    ['256 characters, one past the limit', { partitionKeyName: 'a'.repeat(256) }],
    ['the partition key repeated', { queryStringAttributes: ['connectionId'] }],
    ['connectedAt repeated', { queryStringAttributes: ['connectedAt'] }],
    ['connectedAt as the partition key', { partitionKeyName: 'connectedAt' }],
    ['a query attribute twice', { queryStringAttributes: ['user', 'user'] }],
  ])('websocket-connections-api-attribute-name: %s', (_what, props) => {
    expect(build(props)).toThrow(/^\[websocket-connections-api-attribute-name\] /);
  });

  test('websocket-connections-api-attribute-name: the edge cases that are allowed', () => {
    expect(build({ partitionKeyName: 'a'.repeat(255), queryStringAttributes: ['a', 'user-id', 'x.y_z', 'A9'] })).not.toThrow();
  });

  test('websocket-connections-api-options: a key with an existing table', () => {
    const stack = new Stack(new App(), 'Stack');
    expect(() => defaultPattern(stack, { table: Table.fromTableName(stack, 'T', 't'), encryptionKey: new Key(stack, 'K') }))
      .toThrow(/^\[websocket-connections-api-options\] encryptionKey/);
  });

  test('websocket-connections-api-options: a send function imported without its role, which no grant can reach', () => {
    const stack = new Stack(new App(), 'Stack');
    const sendHandler = Function.fromFunctionArn(stack, 'Imported', 'arn:aws:lambda:eu-west-1:123456789012:function:send');
    expect(() => new WebSocketConnectionsApi(stack, 'Connections', { sendHandler })).toThrow(/^\[websocket-connections-api-options\] sendHandler .*without its role/);
  });

  test('websocket-connections-api-options: a removal policy for a role the pattern does not make', () => {
    expect(build({ cloudWatchRole: false, cloudWatchRoleRemovalPolicy: RemovalPolicy.DESTROY })).toThrow(/^\[websocket-connections-api-options\] cloudWatchRoleRemovalPolicy/);
    expect(build({ cloudWatchRole: true, cloudWatchRoleRemovalPolicy: RemovalPolicy.DESTROY })).not.toThrow();
  });
});
