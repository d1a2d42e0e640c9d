/**
 * HTTP APIs that write to SQS and EventBridge without a Lambda function, built with Switchyard's patterns:
 * `HttpQueueApi` puts each order on an encrypted queue (with a dead-letter queue), copying two request headers
 * into message attributes, and `HttpEventBusApi` puts each event on an EventBridge bus. API Gateway calls the
 * services itself, as a role allowed the one action on the one target; callers sign their requests (IAM). The
 * queue API then gets two more routes, made with the library's L2s on the pattern's `api`, to receive and
 * acknowledge orders.
 */
import { App, Stack, StackProps } from 'aws-cdk-lib';
import { Construct } from 'constructs';
import {
  HttpEventBusApi, HttpIntegrationSubtype, HttpMethod, HttpQueueApi, HttpSqsIntegration, MappingValue,
} from '../../src';

export class OrdersIngestStack extends Stack {
  /** The queue pattern: `POST /orders`. */
  public readonly orders: HttpQueueApi;
  /** The event pattern: `POST /events/{detailType}`. */
  public readonly events: HttpEventBusApi;

  constructor(scope: Construct, id: string, props?: StackProps) {
    super(scope, id, props);

    this.orders = new HttpQueueApi(this, 'Orders', {
      description: 'Orders into SQS',
      path: '/orders',
      messageAttributes: { source: 'x-order-source', tenant: 'x-tenant-id' },
    });
    // The pattern's API is an ordinary HttpApi: consumers receive and acknowledge orders on it, behind the same
    // IAM authorizer (the API's default).
    const queue = this.orders.queue;
    this.orders.api.addRoutes({
      path: '/orders/next',
      methods: [HttpMethod.GET],
      integration: new HttpSqsIntegration('NextOrder', { queue, subtype: HttpIntegrationSubtype.SQS_RECEIVE_MESSAGE }),
    });
    this.orders.api.addRoutes({
      path: '/orders/{receipt}',
      methods: [HttpMethod.DELETE],
      integration: new HttpSqsIntegration('AckOrder', {
        queue,
        subtype: HttpIntegrationSubtype.SQS_DELETE_MESSAGE,
        parameters: { ReceiptHandle: MappingValue.requestPathParam('receipt') },
      }),
    });

    this.events = new HttpEventBusApi(this, 'Events', {
      description: 'Order events into EventBridge',
      source: MappingValue.staticValue('com.example.orders'),
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
