import { Duration, Resource } from 'aws-cdk-lib';
import { CfnIntegration, CfnIntegrationResponse } from 'aws-cdk-lib/aws-apigatewayv2';
import { IRole } from 'aws-cdk-lib/aws-iam';
import { aws_apigatewayv2 } from 'aws-cdk-lib/interfaces';
import { Construct } from 'constructs';
import type { IWebSocketApi, IWebSocketApiRef } from './api';
import type { IWebSocketRoute } from './route';
import { SwitchyardError } from '../common/errors';
import type { IIntegration } from '../common/integration';
import { describeProblem } from '../common/mapping-value';
import {
  IntegrationResponseKey, IntegrationResponseTemplateSelectionExpression, TemplateSelectionExpression,
} from '../common/selection-expression';
import { WebSocketParameterMapping } from '../common/websocket-mapping';
import { parseIntegrationResponseParameter } from '../expressions/websocket-mapping';
import { adopt } from '../private/adopt';
import { webSocketApiOf } from '../private/api-of';
import { checkTokenDurationUnit } from '../private/duration';
import { injectProps } from '../private/property-injection';
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
   * Data mapping: the headers, query-string and path parameters of the integration request. A plain
   * object (key to value, as aws-cdk-lib takes it) is checked at once as `WebSocketParameterMapping.custom`
   * checks each mapping (`ws-mapping-key`, `ws-mapping-value`).
   *
   * @default - none
   */
  readonly requestParameters?: WebSocketParameterMapping | { [key: string]: string };

  /**
   * Request templates, keyed by the values the template selection expression gives (or `$default`).
   * Each is checked at once as a request template of a WebSocket API: an error finding throws. A string is
   * the template text (as aws-cdk-lib takes it), checked the same way.
   *
   * @default - none: the message is passed as is, as `passthroughBehavior` allows
   */
  readonly requestTemplates?: { [key: string]: MappingTemplate | string };

  /**
   * How the request template is picked. A string (as aws-cdk-lib takes it) is checked at once as
   * `TemplateSelectionExpression.custom` checks it.
   *
   * @default - none: only a template keyed `$default` is used
   */
  readonly templateSelectionExpression?: TemplateSelectionExpression | string;

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
   * Data mapping: the headers, query-string and path parameters of the integration request. A plain
   * object (key to value, as aws-cdk-lib takes it) is checked at once as `WebSocketParameterMapping.custom`
   * checks each mapping.
   *
   * @default - none
   */
  readonly requestParameters?: WebSocketParameterMapping | { [key: string]: string };

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
   * Data mapping; a plain object is checked at once (see `WebSocketTemplateIntegrationOptions`).
   *
   * @default - none, or `templateOptions.requestParameters`
   */
  readonly requestParameters?: WebSocketParameterMapping | { [key: string]: string };

  /**
   * How long API Gateway waits.
   *
   * @default - `templateOptions.timeout`, or Duration.seconds(29)
   */
  readonly timeout?: Duration;

  /**
   * Request templates (aws-cdk-lib's place for them; `templateOptions.requestTemplates` is Switchyard's).
   * Each is checked at once. Each member set here wins over the same member in `templateOptions`.
   *
   * @default - none, or `templateOptions.requestTemplates`
   */
  readonly requestTemplates?: { [key: string]: MappingTemplate | string };

  /**
   * How the request template is picked; a string is checked at once.
   *
   * @default - none, or `templateOptions.templateSelectionExpression`
   */
  readonly templateSelectionExpression?: TemplateSelectionExpression | string;

  /**
   * What API Gateway does with a message no request template matches.
   *
   * @default - none, or `templateOptions.passthroughBehavior`
   */
  readonly passthroughBehavior?: PassthroughBehavior;

  /**
   * How the message payload is converted before it reaches the integration.
   *
   * @default - none, or `templateOptions.contentHandling`
   */
  readonly contentHandling?: ContentHandling;
}

/** What a route gives an integration to bind to. */
export interface WebSocketRouteIntegrationBindOptions {
  /** The route being bound. */
  readonly route: IWebSocketRoute;

  /** The scope for any construct the integration creates. */
  readonly scope: Construct;
}

/** An integration of a WebSocket API. */
export interface IWebSocketIntegration extends IIntegration {
  /** The integration type. */
  readonly integrationType: WebSocketIntegrationType;

  /** The API the integration belongs to. */
  readonly webSocketApi: IWebSocketApi;
}

/**
 * Properties of an integration resource, with aws-cdk-lib's names (`integrationType`, `integrationUri`,
 * `integrationMethod`) for what a `WebSocketRouteIntegrationConfig` calls `type`, `uri` and `method`.
 */
export interface WebSocketIntegrationProps extends WebSocketTemplateIntegrationOptions {
  /** The API the integration belongs to (a WebSocket API construct, or any reference to one, as aws-cdk-lib takes). */
  readonly webSocketApi: IWebSocketApiRef;

  /** The integration type. */
  readonly integrationType: WebSocketIntegrationType;

  /**
   * The integration URI: a Lambda invocation URI, an AWS service action or path, or an HTTP URL.
   *
   * @default - none (MOCK)
   */
  readonly integrationUri?: string;

  /**
   * The HTTP method of the integration request.
   *
   * @default - none
   */
  readonly integrationMethod?: string;

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
}

/** S003 CreateIntegrationInput.timeoutInMillis; the June 2024 raise past 29 s is REST-only (INT-008). */
const MIN_TIMEOUT_MS = 50;
const MAX_TIMEOUT_MS = 29_000;

/**
 * Throws the first error finding of a template under its rule id. CDK tokens in the text are opaque
 * (`MappingTemplate.check` never reports one), so the rest of a template that holds tokens is still checked.
 */
/** A template given as text (aws-cdk-lib's form, checked the same way) or as a `MappingTemplate`. */
function templateOf(template: TemplateInput): MappingTemplate {
  return typeof template === 'string' ? MappingTemplate.fromString(template) : template;
}

function checkTemplate(template: MappingTemplate, direction: MappingTemplateDirection, where: string): void {
  const error = template.check({ direction, webSocket: true }).find(f => f.severity === 'error');
  if (error) throw new SwitchyardError(error.rule, `${where}${error.line !== undefined ? ` at ${error.line}:${error.column ?? 1}` : ''}: ${error.message}`);
}

/** A template given as text (aws-cdk-lib's form) or as a `MappingTemplate`. */
type TemplateInput = MappingTemplate | string;

/** The data mapping, from a `WebSocketParameterMapping` or a plain object checked at once. */
function parameterMappingOf(given: WebSocketParameterMapping | { [key: string]: string } | undefined): WebSocketParameterMapping | undefined {
  if (given === undefined || given instanceof WebSocketParameterMapping) return given;
  return WebSocketParameterMapping.fromObject(given);
}

/** The template selection expression, from the typed value or a string checked at once. */
function templateSelectionOf(given: TemplateSelectionExpression | string | undefined): string | undefined {
  if (given === undefined) return undefined;
  return typeof given === 'string' ? TemplateSelectionExpression.custom(given).expression : given.expression;
}

/** A member of the config itself (aws-cdk-lib's place) wins over the same member in `templateOptions`. */
function onePlace<T>(flat: T | undefined, inOptions: T | undefined): T | undefined {
  return flat ?? inOptions;
}

function renderTemplates(
  templates: { [key: string]: TemplateInput } | undefined, direction: MappingTemplateDirection, what: string,
): { [key: string]: string } | undefined {
  if (!templates || Object.keys(templates).length === 0) return undefined;
  const out: { [key: string]: string } = {};
  for (const [key, given] of Object.entries(templates)) {
    const template = templateOf(given);
    checkTemplate(template, direction, `${what} "${key}"`);
    out[key] = template.text;
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

/** The `PROPERTY_INJECTION_ID` of `WebSocketIntegration` (a constant: esbuild renames a class that names itself in its body). */
const WEBSOCKET_INTEGRATION_INJECTION_ID = 'cdk-switchyard.WebSocketIntegration';

/**
 * An integration of a WebSocket API (`AWS::ApiGatewayV2::Integration`) with its integration responses.
 * Routes create it through a `WebSocketRouteIntegration` (such as `WebSocketLambdaIntegration`); use it
 * directly only for a kind of integration those do not cover.
 *
 * @resource AWS::ApiGatewayV2::Integration
 */
export class WebSocketIntegration extends Resource implements IWebSocketIntegration {
  /** The id of this class for property injectors (`PropertyInjectors`), which apply to its props. */
  public static readonly PROPERTY_INJECTION_ID: string = WEBSOCKET_INTEGRATION_INJECTION_ID;

  public readonly integrationId: string;
  public readonly integrationType: WebSocketIntegrationType;
  private readonly api: IWebSocketApiRef;
  /**
   * The ids of the integration responses, in the order they were added.
   *
   * @internal
   */
  public readonly _responseIds: string[] = [];
  private responseCount = 0;

  constructor(scope: Construct, id: string, props: WebSocketIntegrationProps) {
    super(scope, id);
    props = injectProps(WEBSOCKET_INTEGRATION_INJECTION_ID, props, scope, id);
    adopt(this);
    const timeout = checkTimeout(props.timeout);
    const mapping = parameterMappingOf(props.requestParameters);

    const resource = new CfnIntegration(this, 'Resource', {
      apiId: props.webSocketApi.apiRef.apiId,
      integrationType: props.integrationType,
      integrationUri: props.integrationUri,
      integrationMethod: props.integrationMethod,
      connectionType: props.connectionType,
      connectionId: props.connectionId,
      credentialsArn: props.credentialsRole?.roleArn,
      requestParameters: mapping && Object.keys(mapping.mappings).length > 0 ? mapping.mappings : undefined,
      requestTemplates: renderTemplates(props.requestTemplates, MappingTemplateDirection.REQUEST, 'request template'),
      templateSelectionExpression: templateSelectionOf(props.templateSelectionExpression),
      passthroughBehavior: props.passthroughBehavior,
      contentHandlingStrategy: props.contentHandling,
      timeoutInMillis: timeout,
    });
    this.integrationId = resource.ref;
    this.integrationType = props.integrationType;
    this.api = props.webSocketApi;
    for (const response of props.responses ?? []) this.addResponse(response);
  }

  /**
   * The API the integration belongs to. Throws `api-protocol-type` when the integration was given a bare L1
   * reference to it, as aws-cdk-lib does.
   */
  public get webSocketApi(): IWebSocketApi {
    return webSocketApiOf(this.api);
  }

  /** A reference to the integration, for where an L1 integration reference is expected. */
  public get integrationRef(): aws_apigatewayv2.IntegrationReference {
    return { integrationId: this.integrationId, apiId: this.api.apiRef.apiId };
  }

  /** Adds an integration response (`AWS::ApiGatewayV2::IntegrationResponse`); each key once. */
  public addResponse(options: WebSocketIntegrationResponseOptions): void {
    // A key used twice is a warning: integration-response-key-unique reports it at synth.
    const key = (options.responseKey ?? IntegrationResponseKey.DEFAULT).key;
    checkResponseParameters(options.responseParameters);
    const response = new CfnIntegrationResponse(this, `Response${this.responseCount++ || ''}`, {
      apiId: this.api.apiRef.apiId,
      integrationId: this.integrationId,
      integrationResponseKey: key,
      responseTemplates: renderTemplates(options.responseTemplates, MappingTemplateDirection.RESPONSE, 'response template'),
      templateSelectionExpression: options.templateSelectionExpression?.expression,
      responseParameters: options.responseParameters,
      contentHandlingStrategy: options.contentHandling,
    });
    this._responseIds.push(response.ref);
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
      const t = config.templateOptions;
      integration = new WebSocketIntegration(options.scope, this.id, {
        webSocketApi: api,
        integrationType: config.type,
        integrationUri: config.uri,
        integrationMethod: config.method,
        connectionType: config.connectionType,
        connectionId: config.connectionId,
        credentialsRole: config.credentialsRole,
        requestParameters: onePlace(config.requestParameters, t?.requestParameters),
        requestTemplates: onePlace(config.requestTemplates, t?.requestTemplates),
        templateSelectionExpression: onePlace(config.templateSelectionExpression, t?.templateSelectionExpression),
        passthroughBehavior: onePlace(config.passthroughBehavior, t?.passthroughBehavior),
        contentHandling: onePlace(config.contentHandling, t?.contentHandling),
        timeout: onePlace(config.timeout, t?.timeout),
        responses: t?.responses,
      });
      this.integrations.set(api, integration);
    }
    return integration;
  }
}
