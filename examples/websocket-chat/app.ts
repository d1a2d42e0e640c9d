/**
 * A chat API built on Switchyard's `WebSocketConnectionsApi` pattern: `$connect` and `$disconnect` put and
 * delete the connection in a DynamoDB table through AWS service integrations with mapping templates (no
 * Lambda), a `sendmessage` route runs a Lambda function that posts to the other connections through the
 * stage's callback URL, and a MOCK `heartbeat` route, added on the pattern's API, answers through an
 * integration response.
 */
import { join } from 'path';
import { App, Stack, StackProps } from 'aws-cdk-lib';
import { Code, Function, Runtime } from 'aws-cdk-lib/aws-lambda';
import { Construct } from 'constructs';
import { MappingTemplate, WebSocketConnectionsApi, WebSocketMockIntegration, WebSocketRouteKey } from '../../src';

const TEMPLATES = join(__dirname, '..', 'templates');

/**
 * The `$connect` and `$disconnect` request templates the pattern writes for this app, as files for the demo's
 * `switchyard render` step and the unit tests (test/patterns/websocket-connections-api.test.ts holds them
 * equal to the pattern's own text).
 */
export const CONNECT_TEMPLATE = MappingTemplate.fromFile(join(TEMPLATES, 'chat-connect.vtl'));
export const DISCONNECT_TEMPLATE = MappingTemplate.fromFile(join(TEMPLATES, 'chat-disconnect.vtl'));
/** The heartbeat answer: a response template of the MOCK integration. */
export const HEARTBEAT_TEMPLATE = MappingTemplate.fromString('{"type": "pong", "connectionId": "$context.connectionId", "at": $context.requestTimeEpoch}');

export class ChatStack extends Stack {
  /** The pattern: the API, its stage, the connections table and the role API Gateway writes it with. */
  public readonly chat: WebSocketConnectionsApi;

  constructor(scope: Construct, id: string, props?: StackProps) {
    super(scope, id, props);

    const send = new Function(this, 'SendMessage', {
      runtime: Runtime.NODEJS_22_X,
      handler: 'index.handler',
      // The pattern gives it CONNECTIONS_TABLE and CALLBACK_URL, read access to the table and ManageConnections.
      code: Code.fromInline('exports.handler = async () => ({ statusCode: 200 });'),
    });

    // Connecting needs a SigV4-signed request by default (IAM); a browser app would pass a
    // WebSocketLambdaAuthorizer as `connectAuthorizer`. The pattern also sets API Gateway's CloudWatch Logs
    // role for the account, which the stage's access logs need: one setting per account and region.
    this.chat = new WebSocketConnectionsApi(this, 'Chat', {
      apiName: 'chat',
      description: 'Chat: connections in DynamoDB, messages through Lambda',
      sendHandler: send,
      queryStringAttributes: ['user'],
    });

    this.chat.api.addRoute(WebSocketRouteKey.custom('heartbeat'), {
      integration: new WebSocketMockIntegration('Heartbeat', {
        // A mock answers with the status its request template gives.
        requestTemplates: { $default: MappingTemplate.fromString('{"statusCode": 200}') },
        responses: [{ responseTemplates: { $default: HEARTBEAT_TEMPLATE } }],
      }),
      returnResponse: true,
    });
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
