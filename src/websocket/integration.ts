import { Duration, IResource, Resource } from 'aws-cdk-lib';
import { CfnIntegration, CfnIntegrationResponse } from 'aws-cdk-lib/aws-apigatewayv2';
import { IRole } from 'aws-cdk-lib/aws-iam';
import { Construct } from 'constructs';
import type { IWebSocketApi } from './api';
import type { IWebSocketRoute } from './route';
import { SwitchyardError } from '../common/errors';
import { describeProblem } from '../common/mapping-value';
import {
  IntegrationResponseKey, IntegrationResponseTemplateSelectionExpression, TemplateSelectionExpression,
} from '../common/selection-expression';
import { WebSocketParameterMapping } from '../common/websocket-mapping';
import { parseIntegrationResponseParameter } from '../expressions/websocket-mapping';
import { adopt } from '../private/adopt';
import { checkTokenDurationUnit } from '../private/duration';
import { isUnknownInput, isUnresolvedKey } from '../private/unknown-input';
import { MappingTemplate, MappingTemplateDirection } from '../vtl/mapping-template';

/** The kinds of WebSocket integration. */
export enum WebSocketIntegrationType {
  /** An AWS service action, or a Lambda function with mapping templates (Lambda custom integration). */
  AWS = 'AWS',
  /** A Lambda function that receives the whole request (Lambda proxy integration). */
  AWS_PROXY = 'AWS_PROXY',
  /** An HTTP endpoint, with mapping templates. */
  HTTP = 'HTTP',
  /** An HTTP endpoint that receives the message as is. */
  HTTP_PROXY = 'HTTP_PROXY',
  /** No backend: API Gateway answers from the integration response. */
  MOCK = 'MOCK',
}

/** How API Gateway converts a payload between text and binary. */
export enum ContentHandling {
  /** Base64-encoded text to binary. */
  CONVERT_TO_BINARY = 'CONVERT_TO_BINARY',
  /** Binary to base64-encoded text. */
  CONVERT_TO_TEXT = 'CONVERT_TO_TEXT',
}

/** What API Gateway does with a message no request template matches. */
export enum PassthroughBehavior {
  /** Passes it to the integration unchanged. */
  WHEN_NO_MATCH = 'WHEN_NO_MATCH',
  /** Rejects it. */
  NEVER = 'NEVER',
  /** Passes it unchanged only when the integration has no request template at all. */
  WHEN_NO_TEMPLATES = 'WHEN_NO_TEMPLATES',
}

/** How a WebSocket integration reaches an HTTP endpoint. */
export enum WebSocketConnectionType {
  /** Over the internet. */
  INTERNET = 'INTERNET',
  /** Through a VPC link of API Gateway's REST APIs (`AWS::ApiGateway::VpcLink`), to a Network Load Balancer. */
  VPC_LINK = 'VPC_LINK',
}

/**
 * An integration response of a non-proxy integration (`AWS`, `HTTP`, `MOCK`): how the integration's answer
 * is turned into the message sent back to the client on a two-way route.
 *
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-websocket-api-integration-responses.html
 */
export interface WebSocketIntegrationResponseOptions {
  /**
   * Which answers this response handles: `$default`, or a pattern matched against the status code (HTTP,
   * MOCK) or the Lambda error message (AWS).
   *
   * @default IntegrationResponseKey.DEFAULT
   */
  readonly responseKey?: IntegrationResponseKey;

  /**
   * Response templates, keyed by the values the template selection expression gives (or `$default`).
   * Each is checked at once as a response template of a WebSocket API.
   *
   * @default - none: the integration's answer is sent as is
   */
  readonly responseTemplates?: { [key: string]: MappingTemplate };

  /**
   * How the response template is picked.
   *
   * @default - none: only a template keyed `$default` is used
   */
  readonly templateSelectionExpression?: IntegrationResponseTemplateSelectionExpression;

  /**
   * Response parameters: `method.response.header.<name>` mapped from `integration.response.header.<name>`,
   * `integration.response.body.<JSONPath>` or a static value in single quotes. Checked at once against
   * `ws-integration-response-parameter`.
   *
   * @default - none
   */
  readonly responseParameters?: { [key: string]: string };

  /**
   * How the answer's payload is converted.
   *
   * @default - passed through unchanged
   */
  readonly contentHandling?: ContentHandling;
}

/**
 * Options of the integrations that transform messages with mapping templates (`AWS`, `HTTP`, `MOCK`).
 */
export interface WebSocketTemplateIntegrationOptions {
  /**
   * Data mapping: the headers, query-string and path parameters of the integration request.
   *
   * @default - none
   */
  readonly requestParameters?: WebSocketParameterMapping;

  /**
   * Request templates, keyed by the values the template selection expression gives (or `$default`).
   * Each is checked at once as a request template of a WebSocket API: an error finding throws.
   *
   * @default - none: the message is passed as is, as `passthroughBehavior` allows
   */
  readonly requestTemplates?: { [key: string]: MappingTemplate };

  /**
   * How the request template is picked.
   *
   * @default - none: only a template keyed `$default` is used
   */
  readonly templateSelectionExpression?: TemplateSelectionExpression;

  /**
   * What API Gateway does with a message no request template matches.
   *
   * @default - API Gateway's default, WHEN_NO_MATCH
   */
  readonly passthroughBehavior?: PassthroughBehavior;

  /**
   * How the message payload is converted before it reaches the integration.
   *
   * @default - passed through unchanged
   */
  readonly contentHandling?: ContentHandling;

  /**
   * How long API Gateway waits for the integration: 50 ms to 29 seconds.
   *
   * @default Duration.seconds(29)
   */
  readonly timeout?: Duration;

  /**
   * Integration responses; needed for the integration's answer to reach the client on a two-way route.
   *
   * @default - none
   */
  readonly responses?: WebSocketIntegrationResponseOptions[];
}

/** Options of the proxy integrations (`AWS_PROXY`, `HTTP_PROXY`). */
export interface WebSocketProxyIntegrationOptions {
  /**
   * Data mapping: the headers, query-string and path parameters of the integration request.
   *
   * @default - none
   */
  readonly requestParameters?: WebSocketParameterMapping;

  /**
   * How long API Gateway waits for the integration: 50 ms to 29 seconds.
   *
   * @default Duration.seconds(29)
   */
  readonly timeout?: Duration;
}

/** What an integration gives the route it binds to: the properties of its integration resource. */
export interface WebSocketRouteIntegrationConfig {
  /** The integration type. */
  readonly type: WebSocketIntegrationType;

  /**
   * The integration URI: a Lambda invocation URI, an AWS service action or path, or an HTTP URL.
   *
   * @default - none (MOCK)
   */
  readonly uri?: string;

  /**
   * The HTTP method of the integration request.
   *
   * @default - none
   */
  readonly method?: string;

  /**
   * How an HTTP integration reaches its endpoint.
   *
   * @default WebSocketConnectionType.INTERNET
   */
  readonly connectionType?: WebSocketConnectionType;

  /**
   * The id of the REST API VPC link, with `WebSocketConnectionType.VPC_LINK`.
   *
   * @default - none
   */
  readonly connectionId?: string;

  /**
   * The role API Gateway assumes to call the integration.
   *
   * @default - none
   */
  readonly credentialsRole?: IRole;

  /**
   * The integration's template, mapping and response options.
   *
   * @default - none
   */
  readonly templateOptions?: WebSocketTemplateIntegrationOptions;

  /**
   * Data mapping (proxy integrations; non-proxy ones give it in `templateOptions`).
   *
   * @default - none
   */
  readonly requestParameters?: WebSocketParameterMapping;

  /**
   * How long API Gateway waits (proxy integrations; non-proxy ones give it in `templateOptions`).
   *
   * @default Duration.seconds(29)
   */
  readonly timeout?: Duration;
}

/** What a route gives an integration to bind to. */
export interface WebSocketRouteIntegrationBindOptions {
  /** The route being bound. */
  readonly route: IWebSocketRoute;

  /** The scope for any construct the integration creates. */
  readonly scope: Construct;
}

/** An integration of a WebSocket API. */
export interface IWebSocketIntegration extends IResource {
  /**
   * The id of the integration.
   *
   * @attribute
   */
  readonly integrationId: string;

  /** The integration type. */
  readonly integrationType: WebSocketIntegrationType;
}

/** Properties of an integration resource. */
export interface WebSocketIntegrationProps extends WebSocketRouteIntegrationConfig {
  /** The API the integration belongs to. */
  readonly webSocketApi: IWebSocketApi;
}

/** S003 CreateIntegrationInput.timeoutInMillis; the June 2024 raise past 29 s is REST-only (INT-008). */
const MIN_TIMEOUT_MS = 50;
const MAX_TIMEOUT_MS = 29_000;

/**
 * Throws the first error finding of a template under its rule id. CDK tokens in the text are opaque
 * (`MappingTemplate.check` never reports one), so the rest of a template that holds tokens is still checked.
 */
function checkTemplate(template: MappingTemplate, direction: MappingTemplateDirection, where: string): void {
  const text = (template as MappingTemplate | string) as unknown;
  // Plain JavaScript callers may pass a string: treat it as the template text.
  const t = typeof text === 'string' ? MappingTemplate.fromString(text) : template;
  const error = t.check({ direction, webSocket: true }).find(f => f.severity === 'error');
  if (error) throw new SwitchyardError(error.rule, `${where}${error.line !== undefined ? ` at ${error.line}:${error.column ?? 1}` : ''}: ${error.message}`);
}

function templateText(template: MappingTemplate): string {
  const t = template as unknown;
  return typeof t === 'string' ? t : template.text;
}

function renderTemplates(
  templates: { [key: string]: MappingTemplate } | undefined, direction: MappingTemplateDirection, what: string,
): { [key: string]: string } | undefined {
  if (!templates || Object.keys(templates).length === 0) return undefined;
  const out: { [key: string]: string } = {};
  for (const [key, template] of Object.entries(templates)) {
    checkTemplate(template, direction, `${what} "${key}"`);
    out[key] = templateText(template);
  }
  return out;
}

function checkTimeout(timeout: Duration | undefined): number | undefined {
  if (timeout === undefined) return undefined;
  checkTokenDurationUnit(timeout, 'millis', 'integration-timeout', 'the integration timeout');
  const ms = timeout.toMilliseconds({ integral: false });
  if (isUnknownInput(ms)) return ms;
  if (!Number.isInteger(ms) || ms < MIN_TIMEOUT_MS || ms > MAX_TIMEOUT_MS) {
    throw new SwitchyardError('integration-timeout', `the integration timeout is ${ms} ms; WebSocket API integrations accept an integer from ${MIN_TIMEOUT_MS} to ${MAX_TIMEOUT_MS} ms`);
  }
  return ms;
}

function checkResponseParameters(parameters: { [key: string]: string } | undefined): void {
  for (const [key, value] of Object.entries(parameters ?? {})) {
    if (isUnresolvedKey(key) || isUnknownInput(value)) continue;
    const { keyProblems, valueProblems } = parseIntegrationResponseParameter(key, value);
    const p = keyProblems[0] ?? valueProblems[0];
    if (p) throw new SwitchyardError('ws-integration-response-parameter', describeProblem(keyProblems[0] ? key : value, p));
  }
}

/**
 * An integration of a WebSocket API (`AWS::ApiGatewayV2::Integration`) with its integration responses.
 * Routes create it through a `WebSocketRouteIntegration` (such as `WebSocketLambdaIntegration`); use it
 * directly only for a kind of integration those do not cover.
 *
 * @resource AWS::ApiGatewayV2::Integration
 */
export class WebSocketIntegration extends Resource implements IWebSocketIntegration {
  public readonly integrationId: string;
  public readonly integrationType: WebSocketIntegrationType;
  /** The API the integration belongs to. */
  public readonly webSocketApi: IWebSocketApi;
  private responseCount = 0;

  constructor(scope: Construct, id: string, props: WebSocketIntegrationProps) {
    super(scope, id);
    adopt(this);
    const t = props.templateOptions;
    const timeout = checkTimeout(t?.timeout ?? props.timeout);
    const mapping = t?.requestParameters ?? props.requestParameters;

    const resource = new CfnIntegration(this, 'Resource', {
      apiId: props.webSocketApi.apiId,
      integrationType: props.type,
      integrationUri: props.uri,
      integrationMethod: props.method,
      connectionType: props.connectionType,
      connectionId: props.connectionId,
      credentialsArn: props.credentialsRole?.roleArn,
      requestParameters: mapping && Object.keys(mapping.mappings).length > 0 ? mapping.mappings : undefined,
      requestTemplates: renderTemplates(t?.requestTemplates, MappingTemplateDirection.REQUEST, 'request template'),
      templateSelectionExpression: t?.templateSelectionExpression?.expression,
      passthroughBehavior: t?.passthroughBehavior,
      contentHandlingStrategy: t?.contentHandling,
      timeoutInMillis: timeout,
    });
    this.integrationId = resource.ref;
    this.integrationType = props.type;
    this.webSocketApi = props.webSocketApi;
    for (const response of t?.responses ?? []) this.addResponse(response);
  }

  /** Adds an integration response (`AWS::ApiGatewayV2::IntegrationResponse`); each key once. */
  public addResponse(options: WebSocketIntegrationResponseOptions): void {
    // A key used twice is a warning: integration-response-key-unique reports it at synth.
    const key = (options.responseKey ?? IntegrationResponseKey.DEFAULT).key;
    checkResponseParameters(options.responseParameters);
    new CfnIntegrationResponse(this, `Response${this.responseCount++ || ''}`, {
      apiId: this.webSocketApi.apiId,
      integrationId: this.integrationId,
      integrationResponseKey: key,
      responseTemplates: renderTemplates(options.responseTemplates, MappingTemplateDirection.RESPONSE, 'response template'),
      templateSelectionExpression: options.templateSelectionExpression?.expression,
      responseParameters: options.responseParameters,
      contentHandlingStrategy: options.contentHandling,
    });
  }
}

/**
 * An integration that routes bind to: it makes one `WebSocketIntegration` per API the first time a route
 * of that API binds, and is told of every route (for permissions scoped to the route).
 */
export abstract class WebSocketRouteIntegration {
  private readonly integrations = new Map<IWebSocketApi, WebSocketIntegration>();

  /** @param id The construct id of the integration resource. */
  constructor(private readonly id: string) {}

  /** Called by each route that uses the integration; returns the integration's properties. */
  public abstract bind(options: WebSocketRouteIntegrationBindOptions): WebSocketRouteIntegrationConfig;

  /**
   * Binds to a route and returns the integration resource for the route's API.
   *
   * @internal
   */
  public _bindToRoute(options: WebSocketRouteIntegrationBindOptions): WebSocketIntegration {
    const config = this.bind(options);
    const api = options.route.webSocketApi;
    let integration = this.integrations.get(api);
    if (!integration) {
      integration = new WebSocketIntegration(options.scope, this.id, { webSocketApi: api, ...config });
      this.integrations.set(api, integration);
    }
    return integration;
  }
}
