import { App, Duration, Stack } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import {
  CorsHttpMethod, HttpApi, HttpMethod, HttpStage, LogGroupLogDestination, MappingValue, ParameterMapping, PassthroughBehavior,
  WebSocketApi, WebSocketStage,
} from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpIamAuthorizer, HttpJwtAuthorizer, HttpLambdaAuthorizer, HttpLambdaResponseType, HttpUserPoolAuthorizer, WebSocketLambdaAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import {
  HttpEventBridgeIntegration, HttpLambdaIntegration, HttpSqsIntegration, HttpStepFunctionsIntegration, HttpUrlIntegration,
  WebSocketAwsIntegration, WebSocketLambdaIntegration, WebSocketMockIntegration,
} from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import { UserPool } from 'aws-cdk-lib/aws-cognito';
import { EventBus } from 'aws-cdk-lib/aws-events';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Code, Function, Runtime } from 'aws-cdk-lib/aws-lambda';
import { LogGroup } from 'aws-cdk-lib/aws-logs';
import { Queue } from 'aws-cdk-lib/aws-sqs';
import { Pass, StateMachine, DefinitionBody } from 'aws-cdk-lib/aws-stepfunctions';
import { Switchyard } from '../../src';

/**
 * No finding on valid input: a broad app built only with aws-cdk-lib's API Gateway v2 constructs (every
 * integration and authorizer kind it offers, CORS, stages, access logs, WebSocket templates) must give no
 * Switchyard finding at all, error or warning.
 */
function corpus(stack: Stack): void {
  const fn = new Function(stack, 'Fn', { runtime: Runtime.NODEJS_22_X, handler: 'index.handler', code: Code.fromInline('exports.handler=async()=>({})') });
  const http = new HttpApi(stack, 'Http', {
    corsPreflight: { allowOrigins: ['https://app.example.com'], allowMethods: [CorsHttpMethod.GET, CorsHttpMethod.POST], allowCredentials: true, maxAge: Duration.hours(1) },
    defaultAuthorizer: new HttpJwtAuthorizer('Jwt', 'https://issuer.example.com', { jwtAudience: ['client'] }),
  });
  http.addRoutes({ path: '/lambda/{id}', methods: [HttpMethod.GET], integration: new HttpLambdaIntegration('L', fn, { parameterMapping: new ParameterMapping().appendHeader('x-id', MappingValue.requestPathParam('id')) }) });
  http.addRoutes({ path: '/url/{proxy+}', methods: [HttpMethod.ANY], integration: new HttpUrlIntegration('U', 'https://example.com/{proxy}'), authorizer: new HttpIamAuthorizer() });
  http.addRoutes({
    path: '/lambda-auth',
    methods: [HttpMethod.GET],
    integration: new HttpLambdaIntegration('L2', fn),
    authorizer: new HttpLambdaAuthorizer('LambdaAuth', fn, { responseTypes: [HttpLambdaResponseType.SIMPLE], resultsCacheTtl: Duration.minutes(5) }),
  });
  http.addRoutes({ path: '/pool', methods: [HttpMethod.GET], integration: new HttpLambdaIntegration('L3', fn), authorizer: new HttpUserPoolAuthorizer('Pool', new UserPool(stack, 'Users')) });
  http.addRoutes({ path: '/queue', methods: [HttpMethod.POST], integration: new HttpSqsIntegration('Q', { queue: new Queue(stack, 'Queue') }) });
  http.addRoutes({ path: '/events', methods: [HttpMethod.POST], integration: new HttpEventBridgeIntegration('E', { eventBusRef: new EventBus(stack, 'Bus').eventBusRef }) });
  const machine = new StateMachine(stack, 'Machine', { definitionBody: DefinitionBody.fromChainable(new Pass(stack, 'Pass')) });
  http.addRoutes({ path: '/start', methods: [HttpMethod.POST], integration: new HttpStepFunctionsIntegration('S', { stateMachine: machine }) });
  new HttpStage(stack, 'HttpProd', {
    httpApi: http,
    stageName: 'prod',
    autoDeploy: true,
    throttle: { rateLimit: 50, burstLimit: 20 },
    accessLogSettings: { destination: new LogGroupLogDestination(new LogGroup(stack, 'HttpLogs')), format: AccessLogFormat.jsonWithStandardFields() },
  });

  const ws = new WebSocketApi(stack, 'Ws', {
    connectRouteOptions: {
      integration: new WebSocketLambdaIntegration('Connect', fn),
      authorizer: new WebSocketLambdaAuthorizer('WsAuth', fn, { identitySource: ['route.request.header.Authorization', 'route.request.querystring.token'] }),
    },
  });
  ws.addRoute('ping', { integration: new WebSocketMockIntegration('Ping') });
  ws.addRoute('sendmessage', { integration: new WebSocketLambdaIntegration('Send', fn), returnResponse: true });
  const role = new Role(stack, 'DdbRole', { assumedBy: new ServicePrincipal('apigateway.amazonaws.com') });
  ws.addRoute('putitem', {
    integration: new WebSocketAwsIntegration('Put', {
      integrationUri: `arn:aws:apigateway:${stack.region}:dynamodb:action/PutItem`,
      integrationMethod: HttpMethod.POST,
      credentialsRole: role,
      passthroughBehavior: PassthroughBehavior.NEVER,
      templateSelectionExpression: '\\$default',
      requestTemplates: { $default: '{"TableName":"t","Item":{"id":{"S":"$context.connectionId"},"body":{"S":"$util.escapeJavaScript($input.body).replaceAll("\\\\\'","\'")"}}}' },
    }),
  });
  new WebSocketStage(stack, 'WsProd', { webSocketApi: ws, stageName: 'prod', autoDeploy: true, throttle: { rateLimit: 100, burstLimit: 50 } });
}

test('a broad aws-cdk-lib app gives no Switchyard finding', () => {
  const app = new App();
  const stack = new Stack(app, 'Corpus');
  corpus(stack);
  Switchyard.check(app);
  expect(Switchyard.findings(stack)).toEqual([]);
  expect(() => app.synth()).not.toThrow();
});
