import {
  WebSocketIntegrationType, WebSocketRouteIntegration, WebSocketRouteIntegrationBindOptions, WebSocketRouteIntegrationConfig,
  WebSocketTemplateIntegrationOptions,
} from '../websocket/integration';

/** Properties of a mock integration: its templates, mappings and responses. */
export interface WebSocketMockIntegrationProps extends WebSocketTemplateIntegrationOptions {}

/**
 * A mock integration (`MOCK`): no backend. The request template gives the status code
 * (`{"statusCode": 200}`), and an integration response with a response template gives the message sent
 * back on a two-way route. Without `requestTemplates` none is written, as aws-cdk-lib writes none: give
 * `{ $default: MappingTemplate.fromString('{"statusCode": 200}') }` for AWS's mock setup.
 *
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-websocket-api-mock-integration.html
 */
export class WebSocketMockIntegration extends WebSocketRouteIntegration {
  /**
   * @param id The construct id of the integration resource.
   * @param props Templates and responses.
   */
  constructor(id: string, private readonly props: WebSocketMockIntegrationProps = {}) {
    super(id);
  }

  public bind(_options: WebSocketRouteIntegrationBindOptions): WebSocketRouteIntegrationConfig {
    return {
      type: WebSocketIntegrationType.MOCK,
      templateOptions: {
        ...this.props,
        requestTemplates: this.props.requestTemplates,
      },
    };
  }
}
