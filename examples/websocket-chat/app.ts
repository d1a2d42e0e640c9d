/**
 * A chat API built with Switchyard's WebSocket constructs: `$connect` and `$disconnect` put and delete the
 * connection in a DynamoDB table through AWS service integrations with mapping templates (no Lambda), a
 * MOCK `heartbeat` route answers through an integration response, and a `sendmessage` route runs a
 * Lambda function that posts to the other connections through the stage's callback URL.
 */
import { join } from 'path';
import { App, Stack, StackProps } from 'aws-cdk-lib';
import { CfnAccount } from 'aws-cdk-lib/aws-apigateway';
import { AttributeType, BillingMode, Table } from 'aws-cdk-lib/aws-dynamodb';
import { ManagedPolicy, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Code, Function, Runtime } from 'aws-cdk-lib/aws-lambda';
import { Construct } from 'constructs';
import {
  MappingTemplate, RouteRequestParameter, WebSocketApi, WebSocketAwsIntegration, WebSocketLambdaIntegration, WebSocketMockIntegration,
  WebSocketRouteKey, WebSocketStage,
} from '../../src';

const TEMPLATES = join(__dirname, '..', 'templates');

/** The `$connect` and `$disconnect` request templates, shared with the unit tests and the demo. */
export const CONNECT_TEMPLATE = MappingTemplate.fromFile(join(TEMPLATES, 'chat-connect.vtl'));
export const DISCONNECT_TEMPLATE = MappingTemplate.fromFile(join(TEMPLATES, 'chat-disconnect.vtl'));
/** The heartbeat answer: a response template of the MOCK integration. */
export const HEARTBEAT_TEMPLATE = MappingTemplate.fromString('{"type": "pong", "connectionId": "$context.connectionId", "at": $context.requestTimeEpoch}');

export class ChatStack extends Stack {
  constructor(scope: Construct, id: string, props?: StackProps) {
    super(scope, id, props);

    const connections = new Table(this, 'Connections', {
      partitionKey: { name: 'connectionId', type: AttributeType.STRING },
      billingMode: BillingMode.PAY_PER_REQUEST,
    });
    // API Gateway calls DynamoDB as this role.
    const role = new Role(this, 'ConnectionsRole', { assumedBy: new ServicePrincipal('apigateway.amazonaws.com') });
    connections.grantWriteData(role);

    const api = new WebSocketApi(this, 'ChatApi', {
      apiName: 'chat',
      description: 'Chat: connections in DynamoDB, messages through Lambda',
      connectRouteOptions: {
        integration: new WebSocketAwsIntegration('PutConnection', {
          service: 'dynamodb',
          action: 'PutItem',
          credentialsRole: role,
          requestTemplates: { $default: CONNECT_TEMPLATE },
        }),
        requestParameters: [RouteRequestParameter.queryString('user')],
      },
      disconnectRouteOptions: {
        integration: new WebSocketAwsIntegration('DeleteConnection', {
          service: 'dynamodb',
          action: 'DeleteItem',
          credentialsRole: role,
          requestTemplates: { $default: DISCONNECT_TEMPLATE },
        }),
      },
    });

    api.addRoute(WebSocketRouteKey.custom('heartbeat'), {
      integration: new WebSocketMockIntegration('Heartbeat', {
        // A mock answers with the status its request template gives.
        requestTemplates: { $default: MappingTemplate.fromString('{"statusCode": 200}') },
        responses: [{ responseTemplates: { $default: HEARTBEAT_TEMPLATE } }],
      }),
      returnResponse: true,
    });

    // WebSocket logging (on by default) needs API Gateway's CloudWatch Logs role in the account settings; this
    // app sets it. It is one setting per account and region: keep it in one stack only.
    const logsRole = new Role(this, 'ApiGatewayLogsRole', {
      assumedBy: new ServicePrincipal('apigateway.amazonaws.com'),
      managedPolicies: [ManagedPolicy.fromAwsManagedPolicyName('service-role/AmazonAPIGatewayPushToCloudWatchLogs')],
    });
    new CfnAccount(this, 'ApiGatewayAccount', { cloudWatchRoleArn: logsRole.roleArn });

    const stage = new WebSocketStage(this, 'Prod', {
      webSocketApi: api,
      stageName: 'prod',
      autoDeploy: true,
      stageVariables: { connectionsTable: connections.tableName },
    });

    const send = new Function(this, 'SendMessage', {
      runtime: Runtime.NODEJS_22_X,
      handler: 'index.handler',
      code: Code.fromInline('exports.handler = async () => ({ statusCode: 200 });'),
      environment: { CONNECTIONS_TABLE: connections.tableName, CALLBACK_URL: stage.callbackUrl },
    });
    connections.grantReadData(send);
    stage.grantManageConnections(send);
    api.addRoute(WebSocketRouteKey.custom('sendmessage'), { integration: new WebSocketLambdaIntegration('SendMessage', send) });
  }
}

export function build(app: App): void {
  new ChatStack(app, 'WebSocketChat');
}

if (require.main === module) {
  const app = new App();
  build(app);
  app.synth();
}
