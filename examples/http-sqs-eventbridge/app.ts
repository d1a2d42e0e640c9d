/**
 * An HTTP API that writes to SQS and EventBridge without a Lambda function: API Gateway calls the services
 * itself (AWS service integrations), with a role allowed each action on its target only. Built with
 * Switchyard's constructs, which check every parameter at synth.
 */
import { App, Duration, Stack, StackProps } from 'aws-cdk-lib';
import { EventBus } from 'aws-cdk-lib/aws-events';
import { Queue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { HttpApi, HttpEventBridgeIntegration, HttpIamAuthorizer, HttpIntegrationSubtype, HttpMethod, HttpSqsIntegration, MappingValue } from '../../src';

export class OrdersIngestStack extends Stack {
  constructor(scope: Construct, id: string, props?: StackProps) {
    super(scope, id, props);

    const queue = new Queue(this, 'Orders', { visibilityTimeout: Duration.seconds(60) });
    const bus = new EventBus(this, 'Events');

    // The $default stage logs every request as a JSON line to a new log group.
    const api = new HttpApi(this, 'IngestApi', { description: 'Orders into SQS, events into EventBridge' });

    api.addRoutes({
      path: '/orders',
      methods: [HttpMethod.POST],
      // QueueUrl is filled in and MessageBody is the request body.
      integration: new HttpSqsIntegration('EnqueueOrder', { queue }),
    });
    api.addRoutes({
      path: '/orders/next',
      methods: [HttpMethod.GET],
      integration: new HttpSqsIntegration('NextOrder', { queue, subtype: HttpIntegrationSubtype.SQS_RECEIVE_MESSAGE }),
      authorizer: new HttpIamAuthorizer(),
    });
    api.addRoutes({
      path: '/orders/{receipt}',
      methods: [HttpMethod.DELETE],
      integration: new HttpSqsIntegration('AckOrder', {
        queue,
        subtype: HttpIntegrationSubtype.SQS_DELETE_MESSAGE,
        parameters: { ReceiptHandle: MappingValue.requestPathParam('receipt') },
      }),
      authorizer: new HttpIamAuthorizer(),
    });
    api.addRoutes({
      path: '/events/{type}',
      methods: [HttpMethod.POST],
      integration: new HttpEventBridgeIntegration('PublishEvent', {
        eventBus: bus,
        parameters: {
          Source: MappingValue.staticValue('orders.api'),
          DetailType: MappingValue.requestPathParam('type'),
        },
      }),
    });
  }
}

export function build(app: App): void {
  new OrdersIngestStack(app, 'OrdersIngest');
}

if (require.main === module) {
  const app = new App();
  build(app);
  app.synth();
}
