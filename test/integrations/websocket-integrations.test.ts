import { App, Duration, Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { VpcLink } from 'aws-cdk-lib/aws-apigateway';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import {
  HttpMethod, IntegrationResponseKey, MappingTemplate, Switchyard, WebSocketMappingValue, WebSocketParameterMapping, WebSocketRouteKey,
} from '../../src';
import {
  WebSocketApi, WebSocketAwsIntegration, WebSocketHttpIntegration, WebSocketHttpProxyIntegration, WebSocketIntegration,
  WebSocketIntegrationType, WebSocketLambdaCustomIntegration, WebSocketLambdaIntegration, WebSocketMockIntegration,
} from '../../src/websocket';
import { ruleOf } from '../common/expect-rule-error';
import { handler, newStack } from '../websocket/shapes';

process.env.CDK_VALIDATION = 'false';

const role = (stack: Stack) => new Role(stack, 'Role', { assumedBy: new ServicePrincipal('apigateway.amazonaws.com') });
const permissions = (stack: Stack) => Object.values(Template.fromStack(stack).findResources('AWS::Lambda::Permission'))
  .map(r => JSON.stringify(stack.resolve((r as { Properties: { SourceArn: unknown } }).Properties.SourceArn)).replace(/.*:111122223333:",\{"Ref":"Api[0-9A-F]+"\},"|"\]\]\}$/g, ''));

describe('WebSocketLambdaIntegration', () => {
  test('AWS_PROXY to the function, one integration per API, a permission per route', () => {
    const stack = newStack();
    const integration = new WebSocketLambdaIntegration('Chat', handler(stack), { timeout: Duration.seconds(5) });
    const api = new WebSocketApi(stack, 'Api', { connectRouteOptions: { integration } });
    api.addRoute(WebSocketRouteKey.custom('send'), { integration });
    const t = Template.fromStack(stack);
    t.resourceCountIs('AWS::ApiGatewayV2::Integration', 1);
    t.hasResourceProperties('AWS::ApiGatewayV2::Integration', {
      IntegrationType: 'AWS_PROXY',
      IntegrationUri: { 'Fn::Join': ['', Match.arrayWith([':apigateway:eu-west-1:lambda:path/2015-03-31/functions/', { 'Fn::GetAtt': [Match.stringLikeRegexp('^Handler'), 'Arn'] }, '/invocations'])] },
      TimeoutInMillis: 5000,
    });
    expect(permissions(stack).sort()).toEqual(['/*/$connect', '/*/send']);
  });

  test('scopePermissionToRoute: false grants once for the API', () => {
    const stack = newStack();
    const integration = new WebSocketLambdaIntegration('Chat', handler(stack), { scopePermissionToRoute: false });
    const api = new WebSocketApi(stack, 'Api', { connectRouteOptions: { integration } });
    api.addRoute(WebSocketRouteKey.custom('send'), { integration });
    expect(permissions(stack)).toEqual(['/*']);
  });

  test('a header source on a route other than $connect is a ws-mapping-connect-only-source warning at synth', () => {
    const app = new App();
    const stack = newStack(app);
    const api = new WebSocketApi(stack, 'Api');
    api.addRoute(WebSocketRouteKey.custom('send'), {
      integration: new WebSocketLambdaIntegration('Send', handler(stack), {
        requestParameters: WebSocketParameterMapping.header('x-a', WebSocketMappingValue.requestHeader('a')),
      }),
    });
    expect(Switchyard.findings(stack).map(f => [f.rule, f.severity, f.path])).toContainEqual(['ws-mapping-connect-only-source', 'warning', 'RequestParameters.integration.request.header.x-a']);
    expect(() => app.synth()).not.toThrow();
  });
});

describe('WebSocketLambdaCustomIntegration', () => {
  test('AWS with POST, a request template and an error response keyed by a pattern', () => {
    const stack = newStack();
    new WebSocketApi(stack, 'Api', {
      defaultRouteOptions: {
        integration: new WebSocketLambdaCustomIntegration('Custom', handler(stack), {
          requestTemplates: { $default: MappingTemplate.fromString('{"body": $input.json(\'$\')}') },
          responses: [
            { responseKey: IntegrationResponseKey.statusPattern('.*Error.*'), responseTemplates: { $default: MappingTemplate.fromString('{"error": true}') } },
            { responseKey: IntegrationResponseKey.DEFAULT }, // successful answers go back as they are
          ],
        }),
        returnResponse: true,
      },
    });
    const t = Template.fromStack(stack);
    t.hasResourceProperties('AWS::ApiGatewayV2::Integration', { IntegrationType: 'AWS', IntegrationMethod: 'POST', RequestTemplates: { $default: '{"body": $input.json(\'$\')}' } });
    t.hasResourceProperties('AWS::ApiGatewayV2::IntegrationResponse', { IntegrationResponseKey: '/.*Error.*/', ResponseTemplates: { $default: '{"error": true}' } });
    expect(permissions(stack)).toEqual(['/*/$default']);
    expect(Switchyard.findings(stack)).toEqual([]);
  });
});

describe('WebSocketAwsIntegration', () => {
  test('an action URI in the stack region, POST, the credentials role', () => {
    const stack = newStack();
    new WebSocketApi(stack, 'Api', {
      defaultRouteOptions: { integration: new WebSocketAwsIntegration('Events', { service: 'events', action: 'PutEvents', credentialsRole: role(stack) }) },
    });
    Template.fromStack(stack).hasResourceProperties('AWS::ApiGatewayV2::Integration', {
      IntegrationType: 'AWS',
      IntegrationMethod: 'POST',
      IntegrationUri: { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':apigateway:eu-west-1:events:action/PutEvents']] },
      CredentialsArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('^Role'), 'Arn'] },
    });
  });

  test('a path URI with region, subdomain and method', () => {
    const stack = newStack();
    new WebSocketApi(stack, 'Api', {
      defaultRouteOptions: {
        integration: new WebSocketAwsIntegration('Kinesis', { service: 'kinesis', path: 'streams/chat', region: 'us-east-1', subdomain: 'data', integrationMethod: 'PUT', credentialsRole: role(stack) }),
      },
    });
    Template.fromStack(stack).hasResourceProperties('AWS::ApiGatewayV2::Integration', {
      IntegrationMethod: 'PUT',
      IntegrationUri: { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':apigateway:us-east-1:data.kinesis:path/streams/chat']] },
    });
  });

  test.each([
    ['neither action nor path', { service: 'sqs' }],
    ['both action and path', { service: 'sqs', action: 'SendMessage', path: 'x' }],
    ['a service that is not an endpoint name', { service: 'Amazon SQS', action: 'SendMessage' }],
  ])('%s throws integration-uri', (_what, props) => {
    const stack = newStack();
    expect(ruleOf(() => new WebSocketAwsIntegration('X', { ...props, credentialsRole: role(stack) }))).toBe('integration-uri');
  });
});

describe('HTTP integrations', () => {
  test('HTTP_PROXY over the internet, POST by default', () => {
    const stack = newStack();
    new WebSocketApi(stack, 'Api', { defaultRouteOptions: { integration: new WebSocketHttpProxyIntegration('Proxy', 'https://example.com/ws') } });
    Template.fromStack(stack).hasResourceProperties('AWS::ApiGatewayV2::Integration', {
      IntegrationType: 'HTTP_PROXY', IntegrationUri: 'https://example.com/ws', IntegrationMethod: 'POST', ConnectionType: Match.absent(),
    });
  });

  test('HTTP through a REST API VPC link, with method and data mapping', () => {
    const stack = newStack();
    const vpcLink = VpcLink.fromVpcLinkId(stack, 'Link', 'abc123');
    new WebSocketApi(stack, 'Api', {
      defaultRouteOptions: {
        integration: new WebSocketHttpIntegration('Private', 'http://nlb.internal/messages', {
          vpcLink,
          method: HttpMethod.PUT,
          requestParameters: WebSocketParameterMapping.header('x-connection', WebSocketMappingValue.contextVariable('connectionId')),
        }),
      },
    });
    Template.fromStack(stack).hasResourceProperties('AWS::ApiGatewayV2::Integration', {
      IntegrationType: 'HTTP',
      ConnectionType: 'VPC_LINK',
      ConnectionId: 'abc123',
      IntegrationMethod: 'PUT',
      RequestParameters: { 'integration.request.header.x-connection': 'context.connectionId' },
    });
    expect(Switchyard.findings(stack)).toEqual([]);
  });

  test('a URL that is not absolute http(s) throws integration-uri', () => {
    expect(ruleOf(() => new WebSocketHttpProxyIntegration('P', 'example.com/ws'))).toBe('integration-uri');
    expect(ruleOf(() => new WebSocketHttpIntegration('P', 'ftp://example.com'))).toBe('integration-uri');
  });
});

describe('WebSocketMockIntegration', () => {
  test('writes no request template unless given one, as aws-cdk-lib\'s mock; the given responses', () => {
    const stack = newStack();
    new WebSocketApi(stack, 'Api', {
      defaultRouteOptions: {
        integration: new WebSocketMockIntegration('Ping', { responses: [{ responseTemplates: { $default: MappingTemplate.fromString('{"pong": true}') } }] }),
        returnResponse: true,
      },
    });
    const t = Template.fromStack(stack);
    t.hasResourceProperties('AWS::ApiGatewayV2::Integration', { IntegrationType: 'MOCK', IntegrationUri: Match.absent(), RequestTemplates: Match.absent() });
    t.hasResourceProperties('AWS::ApiGatewayV2::IntegrationResponse', { IntegrationResponseKey: '$default', ResponseTemplates: { $default: '{"pong": true}' } });
  });
});

describe('integration checks at construction', () => {
  const build = (options: ConstructorParameters<typeof WebSocketMockIntegration>[1]) => () => {
    new WebSocketApi(newStack(), 'Api', { defaultRouteOptions: { integration: new WebSocketMockIntegration('M', options) } });
  };

  test.each([
    [49, 'integration-timeout'],
    [50, undefined],
    [29_000, undefined],
    [29_001, 'integration-timeout'],
    [100.5, 'integration-timeout'],
  ])('timeout %d ms -> %s', (ms, rule) => {
    expect(ruleOf(build({ timeout: Duration.millis(ms) }))).toBe(rule);
  });

  test('a request template with an error finding throws under its rule', () => {
    expect(ruleOf(build({ requestTemplates: { $default: MappingTemplate.fromString("$input.json('$[')") } }))).toBe('template-jsonpath');
  });

  test('templates with warning findings (a request override in a response template, a call of the wrong arity) do not throw', () => {
    expect(build({ responses: [{ responseTemplates: { $default: MappingTemplate.fromString('#set($context.requestOverride.header.x = "1")') } }] })).not.toThrow();
    expect(build({ requestTemplates: { $default: MappingTemplate.fromString('$input.json()') } })).not.toThrow();
  });

  test('a template given as a plain string (JavaScript callers) is checked and written', () => {
    expect(ruleOf(build({ requestTemplates: { $default: "$input.json('$[')" as unknown as MappingTemplate } }))).toBe('template-jsonpath');
    const stack = newStack();
    new WebSocketApi(stack, 'Api', { defaultRouteOptions: { integration: new WebSocketMockIntegration('M', { requestTemplates: { $default: '{"statusCode": 204}' as unknown as MappingTemplate } }) } });
    Template.fromStack(stack).hasResourceProperties('AWS::ApiGatewayV2::Integration', { RequestTemplates: { $default: '{"statusCode": 204}' } });
  });

  test.each([
    [{ 'method.response.body': 'integration.response.header.x' }],
    [{ 'method.response.header.x': 'static' }],
    [{ 'method.response.header.x': 'integration.response.body..a' }],
  ])('response parameters %j throw ws-integration-response-parameter', (responseParameters) => {
    expect(ruleOf(build({ responses: [{ responseParameters }] }))).toBe('ws-integration-response-parameter');
  });

  test('two responses with the same key are an integration-response-key-unique warning at synth, not a throw', () => {
    const stack = newStack();
    new WebSocketApi(stack, 'Api', { defaultRouteOptions: { integration: new WebSocketMockIntegration('M', { responses: [{}, { responseKey: IntegrationResponseKey.DEFAULT }] }) } });
    expect(Switchyard.findings(stack).filter(f => f.rule === 'integration-response-key-unique').map(f => f.severity)).toEqual(['warning']);
  });

  test('a proxy integration takes integration responses (a two-way proxy route deploys with them)', () => {
    const stack = newStack();
    const api = new WebSocketApi(stack, 'Api');
    // An HTTP_PROXY integration names its method (integration-method-required).
    const integration = new WebSocketIntegration(stack, 'I', { webSocketApi: api, integrationType: WebSocketIntegrationType.HTTP_PROXY, integrationUri: 'https://example.com', integrationMethod: 'POST' });
    integration.addResponse({});
    new WebSocketIntegration(stack, 'J', { webSocketApi: api, integrationType: WebSocketIntegrationType.AWS_PROXY, integrationUri: 'arn:aws:lambda:eu-west-1:123456789012:function:f', responses: [{}] });
    Template.fromStack(stack).resourceCountIs('AWS::ApiGatewayV2::IntegrationResponse', 2);
    expect(Switchyard.findings(stack).filter(f => f.severity === 'error')).toEqual([]);
  });
});
