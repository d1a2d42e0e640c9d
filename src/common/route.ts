import { IResource } from 'aws-cdk-lib';
import { aws_apigatewayv2 as refs } from 'aws-cdk-lib/interfaces';

/**
 * A route of an HTTP or WebSocket API. As in aws-cdk-lib, it is an `IRouteRef`: it can be given where an
 * L1 reference to a route is expected.
 */
export interface IRoute extends IResource, refs.IRouteRef {
  /**
   * The id of the route.
   *
   * @attribute
   */
  readonly routeId: string;
}
