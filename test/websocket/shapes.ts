import { App, Duration, Stack } from 'aws-cdk-lib';
import { JsonSchemaType } from 'aws-cdk-lib/aws-apigateway';
import { Role, ServicePrincipal, User } from 'aws-cdk-lib/aws-iam';
import { Code, Function, Runtime } from 'aws-cdk-lib/aws-lambda';
import {
  ApiKeySelectionExpression, IntegrationResponseKey, IntegrationResponseTemplateSelectionExpression, MappingTemplate,
  ModelSelectionExpression, TemplateSelectionExpression, WebSocketMappingValue, WebSocketParameterMapping, WebSocketRouteKey,
  WebSocketRouteSelectionExpression, IpAddressType, WebSocketIdentitySource,
} from '../../src';
import { StageAccessLogFormat } from '../../src/common/access-log';
import {
  ContentHandling, PassthroughBehavior, RouteRequestParameter, WebSocketApi, WebSocketAwsIntegration,
  WebSocketDeployment, WebSocketHttpIntegration, WebSocketHttpProxyIntegration, WebSocketIamAuthorizer, WebSocketLambdaAuthorizer,
  WebSocketLambdaCustomIntegration, WebSocketLambdaIntegration, WebSocketLoggingLevel, WebSocketMockIntegration, WebSocketModelSchema,
  WebSocketStage,
} from '../../src/websocket';

export const ENV = { account: '111122223333', region: 'eu-west-1' };

export function newStack(app = new App(), id = 'Stack'): Stack {
  return new Stack(app, id, { env: ENV });
}

export function handler(stack: Stack, id = 'Handler'): Function {
  return new Function(stack, id, { runtime: Runtime.NODEJS_22_X, handler: 'index.handler', code: Code.fromInline('exports.handler = async () => ({ statusCode: 200 });') });
}

/** The smallest API: one Lambda proxy route and a stage with the defaults. */
export function minimal(stack: Stack): WebSocketApi {
  const api = new WebSocketApi(stack, 'Api', {
    connectRouteOptions: { integration: new WebSocketLambdaIntegration('Connect', handler(stack)) },
  });
  new WebSocketStage(stack, 'Prod', { webSocketApi: api, stageName: 'prod' });
  return api;
}

/** Every prop of every WebSocket construct, set. */
export function everything(stack: Stack): WebSocketApi {
  const fn = handler(stack);
  const authFn = handler(stack, 'AuthHandler');
  const role = new Role(stack, 'ApiRole', { assumedBy: new ServicePrincipal('apigateway.amazonaws.com') });
  const api = new WebSocketApi(stack, 'Api', {
    apiName: 'everything',
    description: 'every prop',
    routeSelectionExpression: WebSocketRouteSelectionExpression.requestBody('type'),
    apiKeySelectionExpression: ApiKeySelectionExpression.HEADER_X_API_KEY,
    disableExecuteApiEndpoint: true,
    ipAddressType: IpAddressType.DUAL_STACK,
    disableSchemaValidation: false,
    tags: { team: 'chat' },
    connectRouteOptions: {
      integration: new WebSocketLambdaIntegration('Connect', fn, {
        requestParameters: WebSocketParameterMapping.header('x-token', WebSocketMappingValue.requestQueryString('token')),
        timeout: Duration.seconds(10),
      }),
      authorizer: new WebSocketLambdaAuthorizer('Auth', authFn, { identitySource: [WebSocketIdentitySource.queryString('token')], authorizerName: 'token-auth' }),
      requestParameters: [RouteRequestParameter.queryString('token', true), RouteRequestParameter.header('x-client')],
      apiKeyRequired: true,
      operationName: 'Connect',
    },
    disconnectRouteOptions: { integration: new WebSocketLambdaIntegration('Disconnect', fn, { scopePermissionToRoute: false }) },
  });
  const model = api.addModel('Message', {
    modelName: 'Message',
    description: 'a chat message',
    schema: WebSocketModelSchema.fromJsonSchema({ type: JsonSchemaType.OBJECT, required: ['type', 'text'], properties: { type: { type: JsonSchemaType.STRING }, text: { type: JsonSchemaType.STRING, maxLength: 1000 } } }),
  });
  const reply = api.addModel('Reply', { schema: WebSocketModelSchema.fromString('{"type": "object"}'), contentType: 'application/json' });
  api.addRoute(WebSocketRouteKey.custom('send'), {
    integration: new WebSocketLambdaCustomIntegration('Send', fn, {
      requestTemplates: { $default: MappingTemplate.fromString('{"text": $input.json(\'$.text\'), "from": "$context.connectionId"}') },
      templateSelectionExpression: TemplateSelectionExpression.DEFAULT,
      passthroughBehavior: PassthroughBehavior.NEVER,
      contentHandling: ContentHandling.CONVERT_TO_TEXT,
      timeout: Duration.millis(50),
      responses: [
        { responseKey: IntegrationResponseKey.DEFAULT, responseTemplates: { $default: MappingTemplate.fromString('{"ok": true}') }, templateSelectionExpression: IntegrationResponseTemplateSelectionExpression.DEFAULT },
        { responseKey: IntegrationResponseKey.statusPattern('.*error.*'), responseTemplates: { $default: MappingTemplate.fromString('{"ok": false}') }, contentHandling: ContentHandling.CONVERT_TO_TEXT },
      ],
    }),
    requestModels: { $default: model },
    modelSelectionExpression: ModelSelectionExpression.DEFAULT,
    responseModels: { $default: reply },
    operationName: 'SendMessage',
  });
  api.addRoute(WebSocketRouteKey.custom('store'), {
    integration: new WebSocketAwsIntegration('Store', {
      service: 'dynamodb',
      action: 'PutItem',
      credentialsRole: role,
      requestTemplates: { $default: MappingTemplate.fromString('{"TableName": "messages", "Item": {"id": {"S": "$context.requestId"}}}') },
    }),
  });
  api.addRoute(WebSocketRouteKey.custom('queue'), {
    integration: new WebSocketAwsIntegration('Queue', {
      service: 'sqs',
      path: '111122223333/messages',
      credentialsRole: role,
      region: 'eu-west-1',
      requestParameters: WebSocketParameterMapping.header('Content-Type', WebSocketMappingValue.staticValue('application/x-www-form-urlencoded')),
      requestTemplates: { $default: MappingTemplate.fromString('Action=SendMessage&MessageBody=$util.urlEncode($input.body)') },
    }),
  });
  api.addRoute(WebSocketRouteKey.custom('http'), {
    integration: new WebSocketHttpIntegration('Http', 'https://backend.example.com/messages', {
      requestTemplates: { chat: MappingTemplate.fromString('{"m": $input.json(\'$\')}') },
      templateSelectionExpression: TemplateSelectionExpression.requestBody('kind'),
      responses: [{ responseKey: IntegrationResponseKey.statusPattern('2\\d{2}'), responseParameters: { 'method.response.header.x-id': 'integration.response.header.x-id' } }],
    }),
    returnResponse: true,
  });
  api.addRoute(WebSocketRouteKey.custom('proxy'), { integration: new WebSocketHttpProxyIntegration('Proxy', 'https://backend.example.com/proxy') });
  api.addRoute(WebSocketRouteKey.custom('ping'), {
    integration: new WebSocketMockIntegration('Ping', { responses: [{ responseTemplates: { $default: MappingTemplate.fromString('{"type": "pong"}') } }] }),
    returnResponse: true,
  });
  const iamApi = new WebSocketApi(stack, 'IamApi', {
    connectRouteOptions: { integration: new WebSocketMockIntegration('Connect'), authorizer: new WebSocketIamAuthorizer() },
  });
  iamApi.grantManageConnections(new User(stack, 'Poster'));
  const stage = new WebSocketStage(stack, 'Prod', {
    webSocketApi: api,
    stageName: 'prod',
    autoDeploy: false,
    description: 'production',
    stageVariables: { table: 'messages' },
    defaultRouteSettings: {
      throttle: { rateLimit: 100, burstLimit: 50 }, loggingLevel: WebSocketLoggingLevel.ERROR, dataTraceEnabled: false, detailedMetricsEnabled: true,
    },
    accessLogging: { format: StageAccessLogFormat.json({ requestId: '$context.requestId', routeKey: '$context.routeKey' }) },
    tags: { stage: 'prod' },
  });
  stage.addRouteSettings(api.node.findChild('$connect-Route') as never, { throttle: { rateLimit: 10, burstLimit: 5 }, loggingLevel: WebSocketLoggingLevel.INFO });
  new WebSocketDeployment(stack, 'Deployment', { webSocketApi: api, stage, description: 'first' });
  new WebSocketStage(stack, 'IamStage', { webSocketApi: iamApi, stageName: 'dev', accessLogging: { enabled: false } });
  return api;
}
