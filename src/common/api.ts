import { IResource } from 'aws-cdk-lib';
import { IApiRef } from 'aws-cdk-lib/aws-apigatewayv2';
import { Metric, MetricOptions } from 'aws-cdk-lib/aws-cloudwatch';

/**
 * An HTTP or WebSocket API, created here or imported: the members aws-cdk-lib's `IApi` has, so that code
 * written against aws-cdk-lib's interface takes Switchyard's APIs unchanged. As an `IApiRef`, it is accepted
 * wherever aws-cdk-lib asks for a reference to an API (`CfnStage.apiId`, for example).
 */
export interface IApi extends IResource, IApiRef {
  /**
   * The id of the API.
   *
   * @attribute
   */
  readonly apiId: string;

  /**
   * The default endpoint of the API.
   *
   * @attribute
   */
  readonly apiEndpoint: string;

  /**
   * A CloudWatch metric of the API (namespace `AWS/ApiGateway`, dimension `ApiId`).
   *
   * @default - average over 5 minutes
   */
  metric(metricName: string, props?: MetricOptions): Metric;
}
