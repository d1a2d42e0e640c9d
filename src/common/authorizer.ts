import { IResource } from 'aws-cdk-lib';
import { aws_apigatewayv2 as refs } from 'aws-cdk-lib/interfaces';

/**
 * An authorizer of an HTTP or WebSocket API. As in aws-cdk-lib, it is an `IAuthorizerRef`: it can be given
 * where an L1 reference to an authorizer is expected.
 */
export interface IAuthorizer extends IResource, refs.IAuthorizerRef {
  /**
   * The id of the authorizer.
   *
   * @attribute
   */
  readonly authorizerId: string;
}
