import { Duration } from 'aws-cdk-lib';
import { IVpc } from 'aws-cdk-lib/aws-ec2';
import { IApplicationListener, INetworkListener } from 'aws-cdk-lib/aws-elasticloadbalancingv2';
import { IService } from 'aws-cdk-lib/aws-servicediscovery';
import { aws_servicediscovery } from 'aws-cdk-lib/interfaces';
import { SwitchyardError } from '../common/errors';
import { HttpResponseParameters, ParameterMapping } from '../common/parameter-mapping';
import { HttpMethod } from '../common/route-key';
import { IVpcLink } from '../common/vpc-link';
import {
  HttpConnectionType, HttpIntegrationType, HttpRouteIntegration, HttpRouteIntegrationBindOptions, HttpRouteIntegrationConfig,
  PayloadFormatVersion,
} from '../http/integration';

/** Options shared by the private integrations (through a VPC link). */
export interface HttpPrivateIntegrationOptions {
  /**
   * The VPC link to reach the target through.
   *
   * @default - a VPC link of the API into the target's VPC, created once per API and VPC
   */
  readonly vpcLink?: IVpcLink;

  /**
   * The method API Gateway uses to call the target.
   *
   * @default HttpMethod.ANY - the method of the request
   */
  readonly method?: HttpMethod;

  /**
   * The server name API Gateway verifies in the target's TLS certificate (and sends as SNI).
   *
   * @default - no TLS server name
   */
  readonly secureServerName?: string;

  /**
   * Changes to the request before it is sent to the target.
   *
   * @default - the request is sent as is
   */
  readonly parameterMapping?: ParameterMapping;

  /**
   * Changes to the response, by status code.
   *
   * @default - the response is returned as is
   */
  readonly responseParameters?: HttpResponseParameters;

  /**
   * How long API Gateway waits for the response: 50 ms to 30 seconds.
   *
   * @default Duration.seconds(30)
   */
  readonly timeout?: Duration;

  /**
   * A description of the integration.
   *
   * @default - none
   */
  readonly description?: string;
}

/** Properties of an ALB or NLB integration. */
export interface HttpLoadBalancerIntegrationProps extends HttpPrivateIntegrationOptions {
  /**
   * The VPC of the load balancer, to create the VPC link in (needed for imported load balancers).
   *
   * @default - the load balancer's VPC
   */
  readonly vpc?: IVpc;
}

/** Properties of an ALB integration (aws-cdk-lib's name). */
export interface HttpAlbIntegrationProps extends HttpLoadBalancerIntegrationProps {}

/** Properties of an NLB integration (aws-cdk-lib's name). */
export interface HttpNlbIntegrationProps extends HttpLoadBalancerIntegrationProps {}

/** The config of a private integration, with its VPC link chosen or created. */
function privateConfig(
  options: HttpRouteIntegrationBindOptions, uri: string, props: HttpPrivateIntegrationOptions, vpc: IVpc | undefined, what: string,
): HttpRouteIntegrationConfig {
  let link = props.vpcLink;
  if (!link) {
    if (!vpc) throw new SwitchyardError('integration-vpc-link', `the ${what} has no known VPC: give vpcLink (or vpc) to reach it through`);
    link = options.route.httpApi.vpcLinkFor(vpc);
  }
  return {
    type: HttpIntegrationType.HTTP_PROXY,
    uri,
    method: props.method ?? HttpMethod.ANY,
    connectionType: HttpConnectionType.VPC_LINK,
    connectionId: link.vpcLinkId,
    payloadFormatVersion: PayloadFormatVersion.VERSION_1_0,
    secureServerName: props.secureServerName,
    parameterMapping: props.parameterMapping,
    responseParameters: props.responseParameters,
    timeout: props.timeout,
    description: props.description,
  };
}

/**
 * Sends a route's requests to a listener of an Application Load Balancer through a VPC link.
 *
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-develop-integrations-private.html
 */
export class HttpAlbIntegration extends HttpRouteIntegration {
  /** The integration type: `HTTP_PROXY`. */
  public readonly integrationType = HttpIntegrationType.HTTP_PROXY;
  /** The connection type: `VPC_LINK`. */
  public readonly connectionType = HttpConnectionType.VPC_LINK;
  /** The payload format version: 1.0, the only one of private integrations. */
  public readonly payloadFormatVersion = PayloadFormatVersion.VERSION_1_0;
  /** The method API Gateway uses to call the target. */
  public readonly httpMethod: HttpMethod;

  /**
   * @param id the id of the integration construct
   * @param listener the listener
   * @param props the options
   */
  constructor(id: string, private readonly listener: IApplicationListener, private readonly props: HttpAlbIntegrationProps = {}) {
    super(id);
    this.httpMethod = props.method ?? HttpMethod.ANY;
  }

  public bind(options: HttpRouteIntegrationBindOptions): HttpRouteIntegrationConfig {
    return privateConfig(options, this.listener.listenerArn, this.props, this.props.vpc ?? vpcOf(this.listener), 'load balancer');
  }
}

/**
 * Sends a route's requests to a listener of a Network Load Balancer through a VPC link.
 *
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-develop-integrations-private.html
 */
export class HttpNlbIntegration extends HttpRouteIntegration {
  /** The integration type: `HTTP_PROXY`. */
  public readonly integrationType = HttpIntegrationType.HTTP_PROXY;
  /** The connection type: `VPC_LINK`. */
  public readonly connectionType = HttpConnectionType.VPC_LINK;
  /** The payload format version: 1.0, the only one of private integrations. */
  public readonly payloadFormatVersion = PayloadFormatVersion.VERSION_1_0;
  /** The method API Gateway uses to call the target. */
  public readonly httpMethod: HttpMethod;

  /**
   * @param id the id of the integration construct
   * @param listener the listener
   * @param props the options
   */
  constructor(id: string, private readonly listener: INetworkListener, private readonly props: HttpNlbIntegrationProps = {}) {
    super(id);
    this.httpMethod = props.method ?? HttpMethod.ANY;
  }

  public bind(options: HttpRouteIntegrationBindOptions): HttpRouteIntegrationConfig {
    return privateConfig(options, this.listener.listenerArn, this.props, this.props.vpc ?? vpcOf(this.listener), 'load balancer');
  }
}

/** Properties of a Cloud Map integration. */
export interface HttpServiceDiscoveryIntegrationProps extends HttpPrivateIntegrationOptions {
  /**
   * The VPC of the service's instances, to create the VPC link in.
   *
   * @default - none: `vpcLink` is then required
   */
  readonly vpc?: IVpc;
}

/**
 * Sends a route's requests to an AWS Cloud Map service through a VPC link (API Gateway picks an instance).
 *
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-develop-integrations-private.html
 */
export class HttpServiceDiscoveryIntegration extends HttpRouteIntegration {
  /** The integration type: `HTTP_PROXY`. */
  public readonly integrationType = HttpIntegrationType.HTTP_PROXY;
  /** The connection type: `VPC_LINK`. */
  public readonly connectionType = HttpConnectionType.VPC_LINK;
  /** The payload format version: 1.0, the only one of private integrations. */
  public readonly payloadFormatVersion = PayloadFormatVersion.VERSION_1_0;
  /** The method API Gateway uses to call the target. */
  public readonly httpMethod: HttpMethod;

  /**
   * @param id the id of the integration construct
   * @param service the Cloud Map service (an `IService`, or aws-cdk-lib's service reference)
   * @param props the options; `vpcLink` or `vpc` is required
   */
  constructor(
    id: string,
    private readonly service: IService | aws_servicediscovery.IServiceRef,
    private readonly props: HttpServiceDiscoveryIntegrationProps = {},
  ) {
    super(id);
    this.httpMethod = props.method ?? HttpMethod.ANY;
  }

  public bind(options: HttpRouteIntegrationBindOptions): HttpRouteIntegrationConfig {
    return privateConfig(options, serviceArnOf(this.service), this.props, this.props.vpc, 'Cloud Map service');
  }
}

/**
 * The ARN of a Cloud Map service. `IService` is an `IServiceRef` only from aws-cdk-lib 2.234: below, an
 * `IService` has no `serviceRef`, so both are taken.
 */
function serviceArnOf(service: IService | aws_servicediscovery.IServiceRef): string {
  return 'serviceArn' in service ? service.serviceArn : service.serviceRef.serviceArn;
}

/** The VPC of a listener's load balancer, when the listener is not an import (imports do not know it). */
function vpcOf(listener: object): IVpc | undefined {
  return (listener as { loadBalancer?: { vpc?: IVpc } }).loadBalancer?.vpc;
}
