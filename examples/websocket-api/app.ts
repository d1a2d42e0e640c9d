/**
 * A WebSocket API built with aws-cdk-lib's own constructs and checked by Switchyard: Lambda proxy
 * integrations on $connect, $disconnect and a sendmessage route, and a named stage.
 */
import { App, Stack, StackProps } from 'aws-cdk-lib';
import { WebSocketApi, WebSocketStage } from 'aws-cdk-lib/aws-apigatewayv2';
import { WebSocketLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import { Code, Function, Runtime } from 'aws-cdk-lib/aws-lambda';
import { Construct } from 'constructs';
import { Switchyard } from '../../src';

export class ChatWebSocketStack extends Stack {
  constructor(scope: Construct, id: string, props?: StackProps) {
    super(scope, id, props);
    const handler = new Function(this, 'ChatHandler', {
      runtime: Runtime.NODEJS_22_X,
      handler: 'index.handler',
      code: Code.fromInline('exports.handler = async () => ({ statusCode: 200 });'),
    });
    const integration = (name: string) => new WebSocketLambdaIntegration(name, handler);
    const api = new WebSocketApi(this, 'ChatApi', {
      apiName: 'chat',
      routeSelectionExpression: '$request.body.action',
      connectRouteOptions: { integration: integration('Connect') },
      disconnectRouteOptions: { integration: integration('Disconnect') },
    });
    api.addRoute('sendmessage', { integration: integration('SendMessage') });
    new WebSocketStage(this, 'Prod', { webSocketApi: api, stageName: 'prod', autoDeploy: true });
  }
}

export function build(app: App): void {
  new ChatWebSocketStack(app, 'ChatWebSocketApi');
  Switchyard.check(app);
}

if (require.main === module) {
  const app = new App();
  build(app);
  app.synth();
}
