import { Duration } from 'aws-cdk-lib';
import { SwitchyardError } from '../common/errors';
import { HttpResponseParameters, ParameterMapping } from '../common/parameter-mapping';
import { HttpMethod } from '../common/route-key';
import {
  HttpIntegrationType, HttpRouteIntegration, HttpRouteIntegrationBindOptions, HttpRouteIntegrationConfig, PayloadFormatVersion,
} from '../http/integration';
import { isUnknownInput } from '../private/unknown-input';
import { httpIntegrationUrlProblem } from '../rules/integration/integration-uri';

/** Properties of an HTTP URL integration. */
export interface HttpUrlIntegrationProps {
  /**
   * The method API Gateway uses to call the URL.
   *
   * @default HttpMethod.ANY - the method of the request
   */
  readonly method?: HttpMethod;

  /**
   * Changes to the request before it is sent to the URL.
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

/**
 * Sends a route's requests to a public HTTP(S) URL (`HTTP_PROXY`, payload format 1.0). The URL may hold
 * route path variables, such as `https://example.com/pets/{id}`.
 *
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-develop-integrations-http.html
 */
export class HttpUrlIntegration extends HttpRouteIntegration {
  private readonly url: string;
  private readonly props: HttpUrlIntegrationProps;

  /**
   * @param id the id of the integration construct
   * @param url the fully qualified http or https URL
   * @param props the options
   */
  constructor(id: string, url: string, props: HttpUrlIntegrationProps = {}) {
    super(id);
    const problem = isUnknownInput(url) ? undefined : httpIntegrationUrlProblem(url);
    if (problem) throw new SwitchyardError('integration-uri', problem);
    this.url = url;
    this.props = props;
  }

  public bind(_options: HttpRouteIntegrationBindOptions): HttpRouteIntegrationConfig {
    return {
      type: HttpIntegrationType.HTTP_PROXY,
      uri: this.url,
      method: this.props.method ?? HttpMethod.ANY,
      payloadFormatVersion: PayloadFormatVersion.VERSION_1_0,
      parameterMapping: this.props.parameterMapping,
      responseParameters: this.props.responseParameters,
      timeout: this.props.timeout,
      description: this.props.description,
    };
  }
}
