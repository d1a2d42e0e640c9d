import { IVpcLink } from 'aws-cdk-lib/aws-apigateway';
import { SwitchyardError } from '../common/errors';
import { HttpMethod } from '../common/route-key';
import { isUnknownInput } from '../private/unknown-input';
import { httpIntegrationUrlProblem } from '../rules/integration/integration-uri';
import {
  WebSocketConnectionType, WebSocketIntegrationType, WebSocketProxyIntegrationOptions, WebSocketRouteIntegration,
  WebSocketRouteIntegrationBindOptions, WebSocketRouteIntegrationConfig, WebSocketTemplateIntegrationOptions,
} from '../websocket/integration';

/** Where an HTTP integration sends requests. */
export interface WebSocketHttpTargetOptions {
  /**
   * The method of the integration request.
   *
   * @default HttpMethod.POST
   */
  readonly method?: HttpMethod;

  /**
   * A VPC link of API Gateway's REST APIs (`AWS::ApiGateway::VpcLink`, to a Network Load Balancer) for a
   * private endpoint. WebSocket APIs cannot use the VPC links of HTTP APIs.
   *
   * @default - the endpoint is reached over the internet
   */
  readonly vpcLink?: IVpcLink;
}

/** Properties of an HTTP proxy integration. */
export interface WebSocketHttpProxyIntegrationProps extends WebSocketProxyIntegrationOptions, WebSocketHttpTargetOptions {}

/** Properties of an HTTP (non-proxy) integration. */
export interface WebSocketHttpIntegrationProps extends WebSocketTemplateIntegrationOptions, WebSocketHttpTargetOptions {}

function checkUrl(url: string): void {
  const problem = isUnknownInput(url) ? undefined : httpIntegrationUrlProblem(url);
  if (problem) throw new SwitchyardError('integration-uri', problem);
}

function target(url: string, props: WebSocketHttpTargetOptions): Pick<WebSocketRouteIntegrationConfig, 'uri' | 'method' | 'connectionType' | 'connectionId'> {
  return {
    uri: url,
    method: props.method ?? HttpMethod.POST,
    connectionType: props.vpcLink ? WebSocketConnectionType.VPC_LINK : undefined,
    connectionId: props.vpcLink?.vpcLinkId,
  };
}

/**
 * An HTTP proxy integration (`HTTP_PROXY`): the message goes to the endpoint as is.
 *
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-websocket-api-integration-requests.html
 */
export class WebSocketHttpProxyIntegration extends WebSocketRouteIntegration {
  /**
   * @param id The construct id of the integration resource.
   * @param url The endpoint URL (for a VPC link, the URL the load balancer answers on).
   * @param props Options.
   */
  constructor(id: string, private readonly url: string, private readonly props: WebSocketHttpProxyIntegrationProps = {}) {
    super(id);
    checkUrl(url);
  }

  public bind(_options: WebSocketRouteIntegrationBindOptions): WebSocketRouteIntegrationConfig {
    return {
      type: WebSocketIntegrationType.HTTP_PROXY,
      ...target(this.url, this.props),
      requestParameters: this.props.requestParameters,
      timeout: this.props.timeout,
    };
  }
}

/**
 * An HTTP integration (`HTTP`): request templates shape what the endpoint receives, and integration
 * responses (keyed by status-code patterns) shape what the client gets.
 *
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/websocket-api-data-transformations.html
 */
export class WebSocketHttpIntegration extends WebSocketRouteIntegration {
  /**
   * @param id The construct id of the integration resource.
   * @param url The endpoint URL (for a VPC link, the URL the load balancer answers on).
   * @param props Templates, mappings and responses.
   */
  constructor(id: string, private readonly url: string, private readonly props: WebSocketHttpIntegrationProps = {}) {
    super(id);
    checkUrl(url);
  }

  public bind(_options: WebSocketRouteIntegrationBindOptions): WebSocketRouteIntegrationConfig {
    return { type: WebSocketIntegrationType.HTTP, ...target(this.url, this.props), templateOptions: this.props };
  }
}
