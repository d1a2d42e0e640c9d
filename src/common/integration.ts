import { IResource } from 'aws-cdk-lib';
import { aws_apigatewayv2 as refs } from 'aws-cdk-lib/interfaces';

/**
 * An integration of an HTTP or WebSocket API. As in aws-cdk-lib, it is an `IIntegrationRef`: it can be
 * given where an L1 reference to an integration is expected.
 */
export interface IIntegration extends IResource, refs.IIntegrationRef {
  /**
   * The id of the integration.
   *
   * @attribute
   */
  readonly integrationId: string;
}
