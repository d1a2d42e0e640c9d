import { Stack } from 'aws-cdk-lib';
import { IRole } from 'aws-cdk-lib/aws-iam';
import { SwitchyardError } from '../common/errors';
import { isUnknownInput } from '../private/unknown-input';
import {
  WebSocketIntegrationType, WebSocketRouteIntegration, WebSocketRouteIntegrationBindOptions, WebSocketRouteIntegrationConfig,
  WebSocketTemplateIntegrationOptions,
} from '../websocket/integration';

/** Properties of an AWS service integration. */
export interface WebSocketAwsIntegrationProps extends WebSocketTemplateIntegrationOptions {
  /**
   * The service, as in its endpoint name: `dynamodb`, `sqs`, `kinesis`, `events`, `states`...; with
   * `action` or `path`, Switchyard writes the integration URI. Give either `service` or `integrationUri`.
   *
   * @default - none: `integrationUri` is used
   */
  readonly service?: string;

  /**
   * The integration URI written out, as aws-cdk-lib takes it
   * (`arn:aws:apigateway:<region>:<service>:action/<action>` or `...:path/<path>`). Give either
   * `integrationUri` or `service`.
   *
   * @default - none: written from `service` and `action` or `path`
   */
  readonly integrationUri?: string;

  /**
   * The action of the service's query API, such as `PutItem` (DynamoDB) or `PutEvents` (EventBridge);
   * give either `action` or `path`.
   *
   * @default - none: `path` is used
   */
  readonly action?: string;

  /**
   * The path of the service's API, such as `<account-id>/<queue-name>` (SQS); give either `action` or `path`.
   *
   * @default - none: `action` is used
   */
  readonly path?: string;

  /**
   * The role API Gateway assumes to call the service; it needs the permissions of the action.
   *
   * @default - none (API Gateway then calls the service without credentials, which most actions refuse)
   */
  readonly credentialsRole?: IRole;

  /**
   * The HTTP method of the service call.
   *
   * @default 'POST'
   */
  readonly integrationMethod?: string;

  /**
   * The region of the service.
   *
   * @default - the region of the stack
   */
  readonly region?: string;

  /**
   * A subdomain of the service endpoint, for services that use one.
   *
   * @default - none
   */
  readonly subdomain?: string;
}

/**
 * An AWS service integration (`AWS`): API Gateway calls a service action (DynamoDB, SQS, Kinesis,
 * EventBridge, Step Functions...) with a body made by a request template, as the credentials role.
 *
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-websocket-api-integration-requests.html
 */
export class WebSocketAwsIntegration extends WebSocketRouteIntegration {
  /**
   * @param id The construct id of the integration resource.
   * @param props The service call, its role and its templates.
   */
  constructor(id: string, private readonly props: WebSocketAwsIntegrationProps) {
    super(id);
    if ((props.service === undefined) === (props.integrationUri === undefined)) {
      throw new SwitchyardError('integration-uri', `an AWS service integration takes either a service (with an action or a path) or an integrationUri, not ${props.service === undefined ? 'neither' : 'both'}`);
    }
    if (props.service === undefined) return;
    if ((props.action === undefined) === (props.path === undefined)) {
      throw new SwitchyardError('integration-uri', `an AWS service integration of ${props.service} takes either an action or a path, not ${props.action === undefined ? 'neither' : 'both'}`);
    }
    if (!isUnknownInput(props.service) && !/^[a-z0-9-]+$/.test(props.service)) {
      throw new SwitchyardError('integration-uri', `"${props.service}" is not a service endpoint name; expected one such as dynamodb, sqs or events`);
    }
  }

  public bind(options: WebSocketRouteIntegrationBindOptions): WebSocketRouteIntegrationConfig {
    const stack = Stack.of(options.route);
    const p = this.props;
    const target = p.action !== undefined ? `action/${p.action}` : `path/${p.path}`;
    const service = p.subdomain ? `${p.subdomain}.${p.service}` : p.service;
    return {
      type: WebSocketIntegrationType.AWS,
      uri: p.integrationUri ?? `arn:${stack.partition}:apigateway:${p.region ?? stack.region}:${service}:${target}`,
      method: p.integrationMethod ?? 'POST',
      credentialsRole: p.credentialsRole,
      templateOptions: p,
    };
  }
}
