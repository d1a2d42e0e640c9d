import { ArnFormat, Stack } from 'aws-cdk-lib';
import { Metric, MetricOptions } from 'aws-cdk-lib/aws-cloudwatch';
import { Grant, IGrantable } from 'aws-cdk-lib/aws-iam';
import type { IWebSocketApi } from '../api';

/** The metrics and grants every WebSocket API has, created here or imported. */
export function metricOf(api: IWebSocketApi, metricName: string, props: MetricOptions | undefined, statistic?: string): Metric {
  return new Metric({ namespace: 'AWS/ApiGateway', metricName, dimensionsMap: { ApiId: api.apiId }, ...(statistic ? { statistic } : {}), ...props });
}

/** `<api>/<stage>/<route>`, every part `*` when not given. */
export function executeApiArnV2(api: IWebSocketApi, route?: string, stage?: string): string {
  return Stack.of(api).formatArn({
    service: 'execute-api', resource: api.apiId, arnFormat: ArnFormat.SLASH_RESOURCE_NAME, resourceName: `${stage ?? '*'}/${route ?? '*'}`,
  });
}

export function grantManage(api: IWebSocketApi, grantee: IGrantable, stage?: string): Grant {
  const arn = Stack.of(api).formatArn({ service: 'execute-api', resource: api.apiId, arnFormat: ArnFormat.SLASH_RESOURCE_NAME, resourceName: `${stage ?? '*'}/*/@connections/*` });
  return Grant.addToPrincipal({ grantee, actions: ['execute-api:ManageConnections'], resourceArns: [arn] });
}
