/**
 * WebSocket API apps, each written once with aws-cdk-lib and once with Switchyard, and the documented
 * differences each shows. Where a row writes Switchyard's own form rather than aws-cdk-lib's, a comment says
 * which member it stands for; Switchyard takes the aws-cdk-lib form there too.
 */
import { Aws, Duration, Stack } from 'aws-cdk-lib';
import * as cdk from 'aws-cdk-lib/aws-apigatewayv2';
import * as cdkAuth from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import * as cdkInt from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import { Certificate } from 'aws-cdk-lib/aws-certificatemanager';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { fn, Row } from './http-rows';
import * as sy from '../../src';

const CERT = 'arn:aws:acm:eu-west-1:111122223333:certificate/0a1b2c3d-0000-1111-2222-333344445555';
const roleOf = (s: Stack) => new Role(s, 'Role', { assumedBy: new ServicePrincipal('apigateway.amazonaws.com') });

export const ROWS: Row[] = [
  ['Lambda routes with a Lambda authorizer on $connect', ['lambda-permission-scope'],
    s => {
      const f = fn(s);
      const api = new cdk.WebSocketApi(s, 'Chat', {
        description: 'chat',
        connectRouteOptions: { integration: new cdkInt.WebSocketLambdaIntegration('Connect', f), authorizer: new cdkAuth.WebSocketLambdaAuthorizer('Auth', fn(s, 'AuthFn'), { identitySource: ['route.request.header.Authorization'] }) },
        disconnectRouteOptions: { integration: new cdkInt.WebSocketLambdaIntegration('Disconnect', f) },
        defaultRouteOptions: { integration: new cdkInt.WebSocketLambdaIntegration('Echo', f), returnResponse: true },
      });
      api.addRoute('send', { integration: new cdkInt.WebSocketLambdaIntegration('Send', f, { timeout: Duration.seconds(5) }) });
    },
    s => {
      const f = fn(s);
      const api = new sy.WebSocketApi(s, 'Chat', {
        description: 'chat',
        connectRouteOptions: { integration: new sy.WebSocketLambdaIntegration('Connect', f), authorizer: new sy.WebSocketLambdaAuthorizer('Auth', fn(s, 'AuthFn'), { identitySource: ['route.request.header.Authorization'] }) },
        disconnectRouteOptions: { integration: new sy.WebSocketLambdaIntegration('Disconnect', f) },
        defaultRouteOptions: { integration: new sy.WebSocketLambdaIntegration('Echo', f), returnResponse: true },
      });
      api.addRoute('send', { integration: new sy.WebSocketLambdaIntegration('Send', f, { timeout: Duration.seconds(5) }) });
    }],
  ['an IAM-authorized $connect route', ['lambda-permission-scope'],
    s => new cdk.WebSocketApi(s, 'Chat', { connectRouteOptions: { integration: new cdkInt.WebSocketLambdaIntegration('Connect', fn(s)), authorizer: new cdkAuth.WebSocketIamAuthorizer() } }),
    s => new sy.WebSocketApi(s, 'Chat', { connectRouteOptions: { integration: new sy.WebSocketLambdaIntegration('Connect', fn(s)), authorizer: new sy.WebSocketIamAuthorizer() } })],
  // aws-cdk-lib's `integrationUri` is Switchyard's `service` and `action`; its string request templates are
  // Switchyard's `MappingTemplate` values.
  ['an AWS integration with a role and a request template', [],
    s => new cdk.WebSocketApi(s, 'Chat').addRoute('put', {
      integration: new cdkInt.WebSocketAwsIntegration('Put', {
        integrationUri: `arn:${Aws.PARTITION}:apigateway:eu-west-1:dynamodb:action/PutItem`,
        integrationMethod: 'POST',
        credentialsRole: roleOf(s),
        requestTemplates: { $default: '{"TableName": "chat"}' },
        templateSelectionExpression: '\\$default',
      }),
    }),
    s => new sy.WebSocketApi(s, 'Chat').addRoute(sy.WebSocketRouteKey.custom('put'), {
      integration: new sy.WebSocketAwsIntegration('Put', {
        service: 'dynamodb',
        action: 'PutItem',
        credentialsRole: roleOf(s),
        requestTemplates: { $default: sy.MappingTemplate.fromString('{"TableName": "chat"}') },
        templateSelectionExpression: sy.TemplateSelectionExpression.DEFAULT,
      }),
    })],
  ['a mock integration with a request template', ['ws-mock-uri'],
    s => new cdk.WebSocketApi(s, 'Chat', { defaultRouteOptions: { integration: new cdkInt.WebSocketMockIntegration('Mock', { requestTemplates: { $default: '{"statusCode": 200}' } }), returnResponse: true } }),
    s => new sy.WebSocketApi(s, 'Chat', { defaultRouteOptions: { integration: new sy.WebSocketMockIntegration('Mock', { requestTemplates: { $default: sy.MappingTemplate.fromString('{"statusCode": 200}') } }), returnResponse: true } })],
  ['a mock integration without a request template', ['ws-mock-uri'],
    s => new cdk.WebSocketApi(s, 'Chat', { defaultRouteOptions: { integration: new cdkInt.WebSocketMockIntegration('Mock') } }),
    s => new sy.WebSocketApi(s, 'Chat', { defaultRouteOptions: { integration: new sy.WebSocketMockIntegration('Mock') } })],
  ['a stage with throttling and a custom domain', ['access-logs', 'domain-tls-1-2', 'ws-mock-uri'],
    s => {
      const api = new cdk.WebSocketApi(s, 'Chat', { connectRouteOptions: { integration: new cdkInt.WebSocketMockIntegration('Mock', { requestTemplates: { $default: '{"statusCode": 200}' } }) } });
      const domainName = new cdk.DomainName(s, 'Domain', { domainName: 'chat.example.com', certificate: Certificate.fromCertificateArn(s, 'Cert', CERT) });
      new cdk.WebSocketStage(s, 'Prod', { webSocketApi: api, stageName: 'prod', autoDeploy: true, throttle: { rateLimit: 10, burstLimit: 5 }, domainMapping: { domainName, mappingKey: 'chat' } });
    },
    // aws-cdk-lib's stage `throttle` is Switchyard's `defaultRouteSettings: { throttle }`.
    s => {
      const api = new sy.WebSocketApi(s, 'Chat', { connectRouteOptions: { integration: new sy.WebSocketMockIntegration('Mock', { requestTemplates: { $default: sy.MappingTemplate.fromString('{"statusCode": 200}') } }) } });
      const domainName = new sy.DomainName(s, 'Domain', { domainName: 'chat.example.com', certificate: Certificate.fromCertificateArn(s, 'Cert', CERT) });
      new sy.WebSocketStage(s, 'Prod', { webSocketApi: api, stageName: 'prod', autoDeploy: true, defaultRouteSettings: { throttle: { rateLimit: 10, burstLimit: 5 } }, domainMapping: { domainName, mappingKey: 'chat' } });
    }],
  // aws-cdk-lib's string route selection expression is Switchyard's `WebSocketRouteSelectionExpression`; its
  // `apiKeyRequired` is on WebSocketRoute, Switchyard's on addRoute's options as well.
  ['selection expressions, an API-key route, and a stage with variables made without access logs', ['ws-mock-uri'],
    s => {
      const api = new cdk.WebSocketApi(s, 'Chat', { routeSelectionExpression: '$request.body.type', apiKeySelectionExpression: cdk.WebSocketApiKeySelectionExpression.HEADER_X_API_KEY });
      new cdk.WebSocketRoute(api, 'join-Route', { webSocketApi: api, routeKey: 'join', integration: new cdkInt.WebSocketMockIntegration('Join', { requestTemplates: { $default: '{"statusCode": 200}' } }), apiKeyRequired: true });
      new cdk.WebSocketStage(s, 'Beta', { webSocketApi: api, stageName: 'beta', description: 'b', stageVariables: { color: 'green' } });
    },
    s => {
      const api = new sy.WebSocketApi(s, 'Chat', { routeSelectionExpression: sy.WebSocketRouteSelectionExpression.requestBody('type'), apiKeySelectionExpression: sy.ApiKeySelectionExpression.HEADER_X_API_KEY });
      api.addRoute(sy.WebSocketRouteKey.custom('join'), { integration: new sy.WebSocketMockIntegration('Join', { requestTemplates: { $default: sy.MappingTemplate.fromString('{"statusCode": 200}') } }), apiKeyRequired: true });
      new sy.WebSocketStage(s, 'Beta', { webSocketApi: api, stageName: 'beta', description: 'b', stageVariables: { color: 'green' }, accessLogging: { enabled: false } });
    }],
  ['a usage plan on a stage, with an API key and a rate-limited key', ['access-logs', 'usage-plan-stage-ref'],
    s => {
      const api = new cdk.WebSocketApi(s, 'Chat');
      const stage = new cdk.WebSocketStage(s, 'Prod', { webSocketApi: api, stageName: 'prod', autoDeploy: true });
      const plan = new cdk.UsagePlan(s, 'Plan', { apiStages: [{ api, stage }], throttle: { rateLimit: 10, burstLimit: 20 }, quota: { limit: 1000, period: cdk.Period.DAY } });
      plan.addApiKey(new cdk.ApiKey(s, 'Key', { apiKeyName: 'partner' }));
      new cdk.RateLimitedApiKey(s, 'Limited', { apiStages: [{ api, stage }], quota: { limit: 100, period: cdk.Period.WEEK } });
    },
    s => {
      const api = new sy.WebSocketApi(s, 'Chat');
      const stage = new sy.WebSocketStage(s, 'Prod', { webSocketApi: api, stageName: 'prod', autoDeploy: true });
      const plan = new sy.UsagePlan(s, 'Plan', { apiStages: [{ api, stage }], throttle: { rateLimit: 10, burstLimit: 20 }, quota: { limit: 1000, period: sy.Period.DAY } });
      plan.addApiKey(new sy.ApiKey(s, 'Key', { apiKeyName: 'partner' }));
      new sy.RateLimitedApiKey(s, 'Limited', { apiStages: [{ api, stage }], quota: { limit: 100, period: sy.Period.WEEK } });
    }],
];
