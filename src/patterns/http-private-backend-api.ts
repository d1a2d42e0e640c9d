import { Token } from 'aws-cdk-lib';
import { IConnectable, IVpc, Peer, Port, SecurityGroup, SubnetSelection } from 'aws-cdk-lib/aws-ec2';
import { CfnListener, IApplicationListener, INetworkListener } from 'aws-cdk-lib/aws-elasticloadbalancingv2';
import { IService } from 'aws-cdk-lib/aws-servicediscovery';
import { Construct } from 'constructs';
import { createPatternHttpApi, HttpPatternProps } from './http-pattern';
import { SwitchyardError } from '../common/errors';
import { HttpMappingRequest, MappingValue } from '../common/mapping-value';
import { ParameterMapping } from '../common/parameter-mapping';
import { HttpMethod } from '../common/route-key';
import { HTTP_PRIVATE_BACKEND_API_PORT, HTTP_PRIVATE_BACKEND_API_ROUTES, HTTP_PRIVATE_BACKEND_API_TLS, HTTP_PRIVATE_BACKEND_API_VPC } from '../common/usage-errors';
import { IVpcLink, VpcLink } from '../common/vpc-link';
import { HttpApi } from '../http/api';
import { HttpRouteIntegration } from '../http/integration';
import { HttpRoute } from '../http/route';
import { HttpAlbIntegration, HttpNlbIntegration, HttpPrivateIntegrationOptions, HttpServiceDiscoveryIntegration } from '../integrations/http-private';

/** Options of a Network Load Balancer backend. */
export interface NetworkListenerBackendOptions {
  /**
   * The port of the listener: the one port the VPC link's new security group may send to.
   *
   * @default - the listener's port, read from its resource; an imported listener has none, so give it
   * when the pattern makes the VPC link
   */
  readonly port?: number;

  /**
   * What the VPC link's new security group may send to on `port`: the load balancer's security groups
   * (then they are opened to the link too) or an address range (`Peer.ipv4(...)`).
   *
   * @default - the load balancer when it has security groups; otherwise the VPC's CIDR block
   */
  readonly peer?: IConnectable;
}

/** Options of a Cloud Map backend. */
export interface CloudMapBackendOptions {
  /**
   * The port the service's instances listen on: the one port the VPC link's new security group may send
   * to. API Gateway calls each instance on its registered `AWS_INSTANCE_PORT`, so give that port.
   */
  readonly port: number;

  /**
   * What the VPC link's new security group may send to on `port`: the instances (an ECS service, an Auto
   * Scaling group: their security groups are then opened to the link too) or an address range.
   *
   * @default - the VPC's CIDR block: the instances' security groups must then let the link in themselves
   */
  readonly peer?: IConnectable;
}

/** Where the VPC link's traffic goes: a peer (security groups or an address range) and one TCP port. */
interface BackendTarget {
  readonly peer: IConnectable;
  readonly port: number;
}

/**
 * The private backend of an `HttpPrivateBackendApi`: a listener of an Application or Network Load Balancer,
 * or an AWS Cloud Map service, in a VPC.
 */
export class PrivateBackend {
  /**
   * A listener of an internal Application Load Balancer. The VPC link reaches it on the listener's port,
   * through the listener's `connections` (its load balancer's security groups, opened to the link).
   */
  public static applicationListener(listener: IApplicationListener): PrivateBackend {
    return new PrivateBackend({
      vpc: loadBalancerVpcOf(listener),
      integration: (id, options) => new HttpAlbIntegration(id, listener, options),
      checkTls: serverName => checkListenerTls(listener, serverName, ['HTTPS'], ['HTTP']),
      target: () => {
        const port = listener.connections.defaultPort;
        if (port === undefined) {
          throw new SwitchyardError(HTTP_PRIVATE_BACKEND_API_PORT, 'the Application Load Balancer listener has no known port: import it with '
            + '`defaultPort`, or give vpcLink and open the load balancer to it yourself');
        }
        // Port.toRuleJson() of a listener's default port: a single TCP port, the one the connections open.
        return { peer: listener, port: Number(port.toRuleJson().fromPort) };
      },
    });
  }

  /**
   * A listener of an internal Network Load Balancer. The VPC link reaches it on `options.port` (by default
   * the listener's port), sending to `options.peer` (by default the load balancer's security groups, or the
   * VPC's CIDR block for a load balancer without security groups).
   */
  public static networkListener(listener: INetworkListener, options: NetworkListenerBackendOptions = {}): PrivateBackend {
    return new PrivateBackend({
      vpc: loadBalancerVpcOf(listener),
      integration: (id, integrationOptions) => new HttpNlbIntegration(id, listener, integrationOptions),
      // A TCP listener may pass TLS through to targets that end it, so only a TLS listener is checked.
      checkTls: serverName => checkListenerTls(listener, serverName, ['TLS'], []),
      target: vpc => {
        const port = options.port ?? listenerPort(listener);
        if (port === undefined) {
          throw new SwitchyardError(HTTP_PRIVATE_BACKEND_API_PORT, 'the Network Load Balancer listener has no known port (an imported listener): '
            + 'give the port in PrivateBackend.networkListener(listener, { port })');
        }
        // An NLB without security groups takes what its targets' groups let in: the link may send into the VPC.
        const loadBalancer = (listener as { loadBalancer?: IConnectable }).loadBalancer;
        const withGroups = loadBalancer && loadBalancer.connections.securityGroups.length > 0 ? loadBalancer : undefined;
        return { peer: options.peer ?? withGroups ?? Peer.ipv4(vpc.vpcCidrBlock), port };
      },
    });
  }

  /**
   * An AWS Cloud Map service whose instances run in the VPC. API Gateway picks an instance and calls it on
   * its registered address and port; the VPC link sends to `options.peer` (by default the VPC's CIDR block)
   * on `options.port`.
   */
  public static cloudMapService(service: IService, options: CloudMapBackendOptions): PrivateBackend {
    return new PrivateBackend({
      vpc: undefined,
      integration: (id, integrationOptions) => new HttpServiceDiscoveryIntegration(id, service, integrationOptions),
      checkTls: () => undefined,
      target: vpc => ({ peer: options.peer ?? Peer.ipv4(vpc.vpcCidrBlock), port: options.port }),
    });
  }

  private constructor(private readonly spec: {
    /** The backend's own VPC, when it knows it. */
    readonly vpc: IVpc | undefined;
    readonly integration: (id: string, options: HttpPrivateIntegrationOptions) => HttpRouteIntegration;
    /** Throws when the TLS server name does not fit the backend. */
    readonly checkTls: (serverName: string | undefined) => void;
    /** Where the new VPC link may send; throws when the port is unknown. */
    readonly target: (vpc: IVpc) => BackendTarget;
  }) {}

  /**
   * The VPC of the backend, when it is known (a load balancer made in the app).
   *
   * @internal
   */
  public _vpc(): IVpc | undefined {
    return this.spec.vpc;
  }

  /**
   * Throws when the TLS server name does not fit the backend.
   *
   * @internal
   */
  public _checkTls(serverName: string | undefined): void {
    this.spec.checkTls(serverName);
  }

  /**
   * Where the new VPC link may send (the peer and the one port); throws when the port is unknown or not a
   * TCP port.
   *
   * @internal
   */
  public _target(vpc: IVpc): BackendTarget {
    const target = this.spec.target(vpc);
    const port = target.port;
    if (!Token.isUnresolved(port) && (!Number.isInteger(port) || port < 1 || port > 65535)) {
      throw new SwitchyardError(HTTP_PRIVATE_BACKEND_API_PORT, `the backend's port is ${port}; expected a TCP port from 1 to 65535`);
    }
    return target;
  }

  /**
   * The integration of the routes.
   *
   * @internal
   */
  public _integration(options: HttpPrivateIntegrationOptions): HttpRouteIntegration {
    return this.spec.integration('Backend', options);
  }
}

/** A route of an `HttpPrivateBackendApi`: a path and its methods, all sent to the backend. */
export interface HttpPrivateRoute {
  /** The path, such as `/orders/{id}` or `/{proxy+}`. */
  readonly path: string;

  /**
   * The methods, one route each.
   *
   * @default [HttpMethod.ANY]
   */
  readonly methods?: HttpMethod[];
}

/** Properties of an `HttpPrivateBackendApi`. */
export interface HttpPrivateBackendApiProps extends HttpPatternProps {
  /** The private backend the API sends its requests to. */
  readonly backend: PrivateBackend;

  /**
   * The VPC of the backend, where the new VPC link goes.
   *
   * @default - the VPC of the load balancer; required for a Cloud Map service and for an imported listener,
   * unless `vpcLink` is given (then it is not used)
   */
  readonly vpc?: IVpc;

  /**
   * The VPC link to reach the backend through. The pattern then opens no network path: let the link's
   * security groups send to the backend on its port, and the backend take them in.
   *
   * @default - a new VPC link in `vpcLinkSubnets`, with a new security group that may send only to the
   * backend, on its port
   */
  readonly vpcLink?: IVpcLink;

  /**
   * The subnets of the new VPC link's network interfaces (ignored when `vpcLink` is given).
   *
   * @default - the VPC's private subnets
   */
  readonly vpcLinkSubnets?: SubnetSelection;

  /**
   * The server name API Gateway verifies in the backend's TLS certificate, and sends as SNI. Setting it
   * makes API Gateway call the backend over HTTPS (`TlsConfig.ServerNameToVerify` of the integration), so it
   * is required for an HTTPS (ALB) or TLS (NLB) listener and rejected for a plain HTTP (ALB) listener.
   *
   * @default - none: API Gateway calls the backend over plain HTTP
   */
  readonly tlsServerName?: string;

  /**
   * The routes of the API, each sent to the backend.
   *
   * @default - one route, `ANY /{proxy+}`: every path and method but `/` itself
   */
  readonly routes?: HttpPrivateRoute[];

  /**
   * Changes to the request before it is sent to the backend, such as a request-id header or a rewritten
   * path. `render` shows what a sample request becomes.
   *
   * @default - the request is sent as is
   */
  readonly parameterMapping?: ParameterMapping;
}

/**
 * A public HTTP API in front of a private backend in a VPC (an Application Load Balancer listener, a Network
 * Load Balancer listener or a Cloud Map service), reached through a VPC link. The new VPC link's security
 * group may send only to the backend, on its port; routes are authorized (IAM by default), the stage
 * throttled and logged.
 *
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-develop-integrations-private.html
 */
export class HttpPrivateBackendApi extends Construct {
  /** The HTTP API. */
  public readonly api: HttpApi;

  /** The VPC link the API reaches the backend through. */
  public readonly vpcLink: IVpcLink;

  /**
   * The security group of the new VPC link: it may send only to the backend.
   *
   * @default - none, when `vpcLink` is given
   */
  public readonly securityGroup?: SecurityGroup;

  /** The integration of the routes: give it to `api.addRoutes` for more routes to the backend. */
  public readonly integration: HttpRouteIntegration;

  /** The routes, one per path and method. */
  public readonly routes: HttpRoute[];

  /** The URL of the API's `$default` stage. */
  public readonly url: string;

  private readonly parameterMapping?: ParameterMapping;

  constructor(scope: Construct, id: string, props: HttpPrivateBackendApiProps) {
    super(scope, id);
    // The pattern's own checks come before its first resource, so that they leave nothing behind in the scope.
    const routes = props.routes ?? [{ path: '/{proxy+}' }];
    if (routes.length === 0) {
      throw new SwitchyardError(HTTP_PRIVATE_BACKEND_API_ROUTES, 'routes is empty: give at least one route, or leave it out for ANY /{proxy+}');
    }
    props.backend._checkTls(props.tlsServerName);
    const link = props.vpcLink ? { given: props.vpcLink } : planNewLink(props);

    this.api = createPatternHttpApi(this, props);
    this.url = this.api.url ?? this.api.apiEndpoint;
    this.parameterMapping = props.parameterMapping;

    if ('given' in link) {
      this.vpcLink = link.given;
    } else {
      this.securityGroup = new SecurityGroup(this, 'VpcLinkSecurityGroup', {
        vpc: link.vpc,
        allowAllOutbound: false,
        description: 'VPC link of an HTTP API: sends only to the private backend',
      });
      // Egress from the link's group to the peer on the one port, and ingress to the peer's groups from it.
      this.securityGroup.connections.allowTo(link.target.peer, Port.tcp(link.target.port), 'VPC link of the HTTP API to the private backend');
      this.vpcLink = new VpcLink(this, 'VpcLink', { vpc: link.vpc, subnets: props.vpcLinkSubnets, securityGroups: [this.securityGroup] });
    }

    this.integration = props.backend._integration({
      vpcLink: this.vpcLink,
      secureServerName: props.tlsServerName,
      parameterMapping: props.parameterMapping,
    });
    this.routes = routes.flatMap(route => this.api.addRoutes({ path: route.path, methods: route.methods, integration: this.integration }));
  }

  /**
   * What the parameter mapping sets for a sample request: each key of the mapping (`append:header.x-id`,
   * `overwrite:path`...) to the text API Gateway gives its value (`MappingValue.render`). A `remove:` key
   * maps to empty text: the parameter is removed. Empty when the pattern has no parameter mapping.
   */
  public render(request: HttpMappingRequest): { [key: string]: string } {
    const out: { [key: string]: string } = {};
    for (const [key, value] of Object.entries(this.parameterMapping?.mappings ?? {})) {
      out[key] = key.startsWith('remove:') ? '' : new MappingValue(value).render(request);
    }
    return out;
  }
}

/** The VPC of the new VPC link and where it may send; throws when either is unknown. */
function planNewLink(props: HttpPrivateBackendApiProps): { readonly vpc: IVpc; readonly target: BackendTarget } {
  const vpc = props.vpc ?? props.backend._vpc();
  if (!vpc) {
    throw new SwitchyardError(HTTP_PRIVATE_BACKEND_API_VPC, 'the backend has no known VPC (a Cloud Map service, or an imported listener): give vpc, or vpcLink');
  }
  return { vpc, target: props.backend._target(vpc) };
}

/** The VPC of a listener's load balancer, when the listener was made in the app (imports do not know it). */
function loadBalancerVpcOf(listener: object): IVpc | undefined {
  return (listener as { loadBalancer?: { vpc?: IVpc } }).loadBalancer?.vpc;
}

/** The CloudFormation resource of a listener made in the app; none for an import. */
function listenerResource(listener: Construct): CfnListener | undefined {
  const child = listener.node.defaultChild;
  return child instanceof CfnListener ? child : undefined;
}

/** The port of a listener made in the app, when it is a literal. */
function listenerPort(listener: Construct): number | undefined {
  const port = listenerResource(listener)?.port;
  return port === undefined || Token.isUnresolved(port) ? undefined : port;
}

/**
 * With a TLS configuration API Gateway calls the backend over HTTPS, without one over plain HTTP: a listener
 * whose protocol is in `needsTls` fails every request without a server name, one in `refusesTls` with one.
 */
function checkListenerTls(listener: Construct, serverName: string | undefined, needsTls: string[], refusesTls: string[]): void {
  const protocol = listenerResource(listener)?.protocol;
  if (protocol === undefined || Token.isUnresolved(protocol)) return;
  if (serverName === undefined && needsTls.includes(protocol)) {
    throw new SwitchyardError(HTTP_PRIVATE_BACKEND_API_TLS, `the listener's protocol is ${protocol}, but tlsServerName is not given: `
      + 'without it API Gateway calls the backend over plain HTTP; give the name of the listener\'s certificate');
  }
  if (serverName !== undefined && refusesTls.includes(protocol)) {
    throw new SwitchyardError(HTTP_PRIVATE_BACKEND_API_TLS, `tlsServerName is "${serverName}", but the listener's protocol is ${protocol}: `
      + 'with it API Gateway calls the backend over HTTPS; leave it out, or listen with HTTPS');
  }
}
