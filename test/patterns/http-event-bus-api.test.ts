import { App, Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { EventBus } from 'aws-cdk-lib/aws-events';
import { Key } from 'aws-cdk-lib/aws-kms';
import { awsSolutionsFindings, apiGatewayFindings } from './nag';
import { HttpEventBusApi, HttpEventBusApiProps, HttpNoneAuthorizer, MappingValue, Switchyard } from '../../src';
import { SwitchyardError } from '../../src/common/errors';
import { schemaViolations } from '../examples/cloudformation-schema';

const ENV = { account: '123456789012', region: 'eu-west-1' };

/** A tiny app: an orders service whose clients post order events, signed with SigV4. */
function ordersApp(props: HttpEventBusApiProps = {}): { stack: Stack; events: HttpEventBusApi } {
  const stack = new Stack(new App(), 'OrdersEvents', { env: ENV });
  const events = new HttpEventBusApi(stack, 'OrderEvents', { apiName: 'orders.api', ...props });
  return { stack, events };
}

function thrownId(build: () => unknown): string | undefined {
  try {
    build();
  } catch (e) {
    if (e instanceof SwitchyardError) return e.ruleId;
    throw e;
  }
  return undefined;
}

describe('HttpEventBusApi, defaults', () => {
  const { stack, events } = ordersApp();
  const template = Template.fromStack(stack);

  test('whole-stack snapshot', () => {
    expect(template.toJSON()).toMatchSnapshot();
  });

  test('one POST route, IAM-authorized, on /events/{detailType}', () => {
    template.resourceCountIs('AWS::ApiGatewayV2::Route', 1);
    template.hasResourceProperties('AWS::ApiGatewayV2::Route', { RouteKey: 'POST /events/{detailType}', AuthorizationType: 'AWS_IAM' });
    expect(events.route.routeKey.key).toBe('POST /events/{detailType}');
  });

  test('the integration puts the body on the new bus, the path variable as detail type, the API name as source', () => {
    template.resourceCountIs('AWS::Events::EventBus', 1);
    template.hasResourceProperties('AWS::ApiGatewayV2::Integration', {
      IntegrationType: 'AWS_PROXY',
      IntegrationSubtype: 'EventBridge-PutEvents',
      RequestParameters: {
        EventBusName: { Ref: stack.getLogicalId(events.eventBus.node.defaultChild as never) },
        Detail: '$request.body',
        DetailType: '$request.path.detailType',
        Source: 'orders.api',
      },
    });
    // No customer managed key: EventBridge encrypts with its AWS owned key.
    expect(template.findResources('AWS::Events::EventBus', { Properties: { KmsKeyIdentifier: Match.anyValue() } })).toEqual({});
  });

  test('the parameters the integration gets are the public map', () => {
    const integration = Object.values(template.findResources('AWS::ApiGatewayV2::Integration'))[0];
    const values = Object.fromEntries(Object.entries(events.parameters).map(([name, value]) => [name, value.value]));
    expect(integration.Properties.RequestParameters).toEqual(stack.resolve(values));
  });

  test('the role may only events:PutEvents on that bus, and only API Gateway assumes it', () => {
    template.resourceCountIs('AWS::IAM::Policy', 1);
    template.hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: {
        Statement: [{ Action: 'events:PutEvents', Effect: 'Allow', Resource: { 'Fn::GetAtt': [stack.getLogicalId(events.eventBus.node.defaultChild as never), 'Arn'] } }],
      },
      Roles: [{ Ref: stack.getLogicalId(events.role.node.defaultChild as never) }],
    });
    template.hasResourceProperties('AWS::IAM::Role', {
      AssumeRolePolicyDocument: { Statement: [{ Action: 'sts:AssumeRole', Effect: 'Allow', Principal: { Service: 'apigateway.amazonaws.com' } }] },
    });
    template.hasResourceProperties('AWS::ApiGatewayV2::Integration', { CredentialsArn: { 'Fn::GetAtt': [stack.getLogicalId(events.role.node.defaultChild as never), 'Arn'] } });
  });

  test('access logs on, stage throttled, no CORS', () => {
    template.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      StageName: '$default',
      AccessLogSettings: { DestinationArn: Match.anyValue() },
      DefaultRouteSettings: { ThrottlingRateLimit: 100, ThrottlingBurstLimit: 200 },
    });
    template.hasResourceProperties('AWS::ApiGatewayV2::Api', { CorsConfiguration: Match.absent() });
    expect(stack.resolve(events.url)).toEqual(stack.resolve(events.api.url));
  });
});

describe('HttpEventBusApi, checks', () => {
  const variants: Array<[string, (stack: Stack) => void]> = [
    ['default', s => new HttpEventBusApi(s, 'Events')],
    ['customer managed key', s => new HttpEventBusApi(s, 'Events', { encryptionKey: new Key(s, 'Key', { enableKeyRotation: true }) })],
    ['existing bus, static detail type, detail from a member', s => new HttpEventBusApi(s, 'Events', {
      eventBus: new EventBus(s, 'Bus'),
      path: '/orders',
      detailType: MappingValue.staticValue('OrderPlaced'),
      detail: MappingValue.requestBody('$.order'),
      source: MappingValue.staticValue('com.example.orders'),
    })],
    ['bus imported by name', s => new HttpEventBusApi(s, 'Events', { eventBus: EventBus.fromEventBusName(s, 'Bus', 'orders') })],
  ];

  test.each(variants)('%s: no Switchyard finding', (_name, build) => {
    const stack = new Stack(new App(), 'Stack', { env: ENV });
    build(stack);
    expect(Switchyard.findings(stack)).toEqual([]);
  });

  test.each(variants)('%s: aws-cdk-lib\'s CloudFormation schema check reports nothing', (_name, build) => {
    expect(schemaViolations(app => build(new Stack(app, 'Stack', { env: ENV })))).toEqual([]);
  });

  test.each(variants)('%s: no cdk-nag AwsSolutions finding', (_name, build) => {
    expect(apiGatewayFindings(build)).toEqual([]);
    expect(awsSolutionsFindings(build)).toEqual([]);
  });

  test('cdk-nag is really looking: a route opened to anyone is reported (APIG4)', () => {
    expect(apiGatewayFindings(s => new HttpEventBusApi(s, 'Events', { authorizer: new HttpNoneAuthorizer() }))).toEqual([
      { rule: 'AwsSolutions-APIG4', path: 'Stack/Events/Api/POST--events--{detailType}/Resource' },
    ]);
  });
});

describe('HttpEventBusApi, encryption', () => {
  test('a customer managed key encrypts the new bus, and its policy lets EventBridge use it for this bus only', () => {
    const stack = new Stack(new App(), 'Stack', { env: ENV });
    const key = new Key(stack, 'Key', { enableKeyRotation: true });
    const events = new HttpEventBusApi(stack, 'Events', { encryptionKey: key });
    const template = Template.fromStack(stack);
    const keyId = stack.getLogicalId(key.node.defaultChild as never);
    template.hasResourceProperties('AWS::Events::EventBus', { KmsKeyIdentifier: { 'Fn::GetAtt': [keyId, 'Arn'] } });
    template.hasResourceProperties('AWS::KMS::Key', {
      KeyPolicy: {
        Statement: Match.arrayWith([Match.objectLike({
          Action: ['kms:Decrypt', 'kms:GenerateDataKey', 'kms:DescribeKey'],
          Principal: { Service: 'events.amazonaws.com' },
          Condition: { StringEquals: { 'aws:SourceAccount': '123456789012', 'aws:SourceArn': Match.anyValue() } },
        })]),
      },
    });
    // The role calls PutEvents only: EventBridge itself uses the key, under the key policy.
    const statements = Object.values(template.findResources('AWS::IAM::Policy')).flatMap(p => p.Properties.PolicyDocument.Statement);
    expect(statements.map(s => s.Action)).toEqual(['events:PutEvents']);
    expect(events.eventBus).toBeInstanceOf(EventBus);
  });
});

describe('HttpEventBusApi, usage errors', () => {
  const stack = () => new Stack(new App(), 'Stack');

  test.each([
    ['/orders/{type}', 'http-event-bus-api-detail-type'],
    ['/events', 'http-event-bus-api-detail-type'],
    ['/events/{detailtype}', 'http-event-bus-api-detail-type'], // names are case-sensitive
    ['/events/{detailType}', undefined],
    ['/events/{detailType+}', undefined], // a greedy variable is read by the same name
    ['/tenants/{tenant}/events/{detailType}', undefined],
  ])('path %s without detailType: %s', (path, id) => {
    expect(thrownId(() => new HttpEventBusApi(stack(), 'Events', { path }))).toBe(id);
  });

  test('a path without {detailType} is fine once detailType is given', () => {
    expect(thrownId(() => new HttpEventBusApi(stack(), 'Events', { path: '/orders/{type}', detailType: MappingValue.requestPathParam('type') }))).toBeUndefined();
  });

  test('the message lists the path\'s variables and how to fix it', () => {
    expect(() => new HttpEventBusApi(stack(), 'Events', { path: '/orders/{type}' })).toThrow(
      /\[http-event-bus-api-detail-type\] the path "\/orders\/\{type\}" has no \{detailType\} variable .*\(variables: \{type\}\).*requestPathParam\('type'\)/);
  });

  test('encryptionKey with an eventBus given', () => {
    const s = stack();
    expect(thrownId(() => new HttpEventBusApi(s, 'Events', { eventBus: new EventBus(s, 'Bus'), encryptionKey: new Key(s, 'Key') })))
      .toBe('http-event-bus-api-encryption-key');
  });

  test.each<[string, () => HttpEventBusApiProps, string | undefined]>([
    ['static aws.orders', () => ({ source: MappingValue.staticValue('aws.orders') }), 'http-event-bus-api-source'],
    ['the default source from apiName aws.orders', () => ({ apiName: 'aws.orders' }), 'http-event-bus-api-source'],
    ['aws. followed by a header', () => ({ source: MappingValue.combine(MappingValue.staticValue('aws.'), MappingValue.requestHeader('x-app')) }), 'http-event-bus-api-source'],
    ['the default source from apiName orders {v2}', () => ({ apiName: 'orders {v2}' }), 'http-event-bus-api-source'],
    ['the default source from apiName orders $v2', () => ({ apiName: 'orders $v2' }), 'http-event-bus-api-source'],
    ['apiName orders {v2} with a source of its own', () => ({ apiName: 'orders {v2}', source: MappingValue.staticValue('com.example.orders') }), undefined],
    ['awsome.orders (no dot after aws)', () => ({ source: MappingValue.staticValue('awsome.orders') }), undefined],
    ['com.example.aws.orders', () => ({ source: MappingValue.staticValue('com.example.aws.orders') }), undefined],
    ['a header (unknown until a request)', () => ({ source: MappingValue.requestHeader('x-source') }), undefined],
  ])('source %s', (_name, props, id) => {
    expect(thrownId(() => new HttpEventBusApi(stack(), 'Events', props()))).toBe(id);
  });
});

describe('HttpEventBusApi.render: the PutEvents parameters API Gateway sends', () => {
  const { stack, events } = ordersApp();
  const busName = stack.resolve(events.eventBus.eventBusName);
  const render = (request: Parameters<HttpEventBusApi['render']>[0]) => stack.resolve(events.render(request));

  test('a JSON object body, quotes and all, is the detail as sent', () => {
    const body = '{"orderId":"o-17","note":"say \\"hi\\"","items":[{"sku":"A1","qty":2}]}';
    expect(render({ body, path: '/events/OrderPlaced', pathParameters: { detailType: 'OrderPlaced' } })).toEqual({
      EventBusName: busName,
      Detail: body,
      DetailType: 'OrderPlaced',
      Source: 'orders.api',
    });
  });

  test('unicode in the body and a URL-decoded detail type', () => {
    // The client sends /events/Bestellung%20f%C3%BCr%20Z%C3%BCrich. HTTP APIs hand on the path URL-decoded (live
    // captures in hotsock/voker#8, cited by middleapi/standard-server#93), and HttpMappingRequest takes path
    // variables as API Gateway presents them: decoded. The detail type is that text, sent as is.
    const body = '{"customer":"Zoë","city":"Zürich","emoji":"🚚"}';
    expect(render({ body, path: '/events/Bestellung%20f%C3%BCr%20Z%C3%BCrich', pathParameters: { detailType: 'Bestellung für Zürich' } })).toEqual({
      EventBusName: busName,
      Detail: body,
      DetailType: 'Bestellung für Zürich',
      Source: 'orders.api',
    });
  });

  test('a body that is not a JSON object is sent as is: EventBridge fails the entry (MalformedDetail) and API Gateway answers 200', () => {
    // EventBridge takes only a JSON object as Detail: an array or a string fails the entry with
    // MalformedDetail ("Detail is malformed."), recorded against AWS by LocalStack's
    // test_put_event_malformed_detail (localstack/localstack#11990).
    expect(render({ body: '[1,2,3]', pathParameters: { detailType: 'Batch' } })).toEqual({
      EventBusName: busName, Detail: '[1,2,3]', DetailType: 'Batch', Source: 'orders.api',
    });
    expect(render({ body: '"just text"', pathParameters: { detailType: 'Note' } }).Detail).toBe('"just text"');
  });

  test('no body and no path variable: both render empty, and PutEvents needs Detail and DetailType', () => {
    // "Detail, DetailType, and Source are required for EventBridge to successfully send an event to an event bus
    // [...] EventBridge fails that entry" (PutEventsRequestEntry). Whether API Gateway sends an empty parameter or
    // none is not documented: either way the entry fails, in a 200 response.
    expect(render({})).toEqual({ EventBusName: busName, Detail: '', DetailType: '', Source: 'orders.api' });
  });

  test('a custom mapping: a member of the body, a static detail type, the source from a header', () => {
    const s = new Stack(new App(), 'Custom', { env: ENV });
    const custom = new HttpEventBusApi(s, 'Events', {
      path: '/orders',
      detail: MappingValue.requestBody('$.order'),
      detailType: MappingValue.staticValue('OrderPlaced'),
      source: MappingValue.combine(MappingValue.staticValue('com.example.'), MappingValue.requestHeader('x-app')),
    });
    const out = s.resolve(custom.render({ body: '{"order":{"id":"o-1","total":12.5},"ignored":true}', headers: { 'X-App': 'shop' } }));
    expect(out).toEqual({
      EventBusName: s.resolve(custom.eventBus.eventBusName),
      Detail: '{"id":"o-1","total":12.5}',
      DetailType: 'OrderPlaced',
      Source: 'com.example.shop',
    });
    // A header the request lacks renders empty: the source is the static part alone.
    expect(s.resolve(custom.render({ body: '{"order":{}}' })).Source).toBe('com.example.');
  });
});
