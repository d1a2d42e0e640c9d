import { Duration, Resource } from 'aws-cdk-lib';
import { CfnIntegration } from 'aws-cdk-lib/aws-apigatewayv2';
import { aws_apigatewayv2, aws_iam } from 'aws-cdk-lib/interfaces';
import { Construct } from 'constructs';
import type { IHttpApi, IHttpApiRef } from './api';
import type { IHttpRoute } from './route';
import { SwitchyardError } from '../common/errors';
import type { IIntegration } from '../common/integration';
import { HttpIntegrationSubtype } from '../common/integration-subtype';
import { MappingValue } from '../common/mapping-value';
import { checkRequestKeys, HttpResponseParameters, ParameterMapping, parameterValuesOf } from '../common/parameter-mapping';
import { HttpMethod } from '../common/route-key';
import { adopt } from '../private/adopt';
import { httpApiOf } from '../private/api-of';
import { checkTokenDurationUnit } from '../private/duration';
import { injectProps } from '../private/property-injection';
import { isUnknownInput } from '../private/unknown-input';
import { connectionProblem } from '../rules/integration/integration-vpc-link';

/** The integration types of HTTP APIs. */
export enum HttpIntegrationType {
  /** An HTTP endpoint, reached on the internet or through a VPC link. */
  HTTP_PROXY = 'HTTP_PROXY',
  /** A Lambda function, or an AWS service action (with an integration subtype). */
  AWS_PROXY = 'AWS_PROXY',
}

/** How API Gateway reaches the integration endpoint. */
export enum HttpConnectionType {
  /** Through a VPC link, to a private resource. */
  VPC_LINK = 'VPC_LINK',
  /** Over the internet. */
  INTERNET = 'INTERNET',
}

/**
 * The format of the event API Gateway sends to a Lambda integration, and of the response it expects.
 *
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-develop-integrations-lambda.html
 */
export class PayloadFormatVersion {
  /** Version 1.0, the only one for HTTP proxy, private and AWS service integrations. */
  public static readonly VERSION_1_0 = new PayloadFormatVersion('1.0');
  /** Version 2.0, for Lambda integrations. */
  public static readonly VERSION_2_0 = new PayloadFormatVersion('2.0');

  /**
   * A version written out; API Gateway knows only "1.0" and "2.0", so any other known text throws
   * (`integration-payload-format-version`).
   */
  public static custom(version: string): PayloadFormatVersion {
    if (!isUnknownInput(version) && version !== '1.0' && version !== '2.0') {
      throw new SwitchyardError('integration-payload-format-version', `payload format version ${JSON.stringify(version)} is not one API Gateway knows; expected "1.0" or "2.0"`);
    }
    return new PayloadFormatVersion(version);
  }

  /** The version as API Gateway takes it. */
  public readonly version: string;

  private constructor(version: string) {
    this.version = version;
  }
}

/**
 * The credentials API Gateway uses to call the integration (`CredentialsArn`).
 */
export abstract class IntegrationCredentials {
  /** A role API Gateway assumes (an `IRole`, or any role reference); it must trust `apigateway.amazonaws.com`. */
  public static fromRole(role: aws_iam.IRoleRef): IntegrationCredentials {
    return new FixedCredentials(role.roleRef.roleArn);
  }

  /** The caller's own identity (`arn:aws:iam::*:user/*`), for routes authorized with IAM. */
  public static useCallerIdentity(): IntegrationCredentials {
    return new FixedCredentials('arn:aws:iam::*:user/*');
  }

  /** The ARN API Gateway takes as `CredentialsArn`. */
  public abstract readonly credentialsArn: string;
}

class FixedCredentials extends IntegrationCredentials {
  constructor(public readonly credentialsArn: string) {
    super();
  }
}

/** An integration of an HTTP API. */
export interface IHttpIntegration extends IIntegration {
  /** The API the integration belongs to. */
  readonly httpApi: IHttpApi;
}

/** Properties of an HTTP API integration (`AWS::ApiGatewayV2::Integration`). */
export interface HttpIntegrationProps {
  /** The API the integration belongs to (an HTTP API construct, or any reference to one, as aws-cdk-lib takes). */
  readonly httpApi: IHttpApiRef;

  /** The integration type. */
  readonly integrationType: HttpIntegrationType;

  /**
   * The AWS service action the integration calls (`AWS_PROXY` only). Its request parameters go in
   * `subtypeParameters`, and it needs `credentials`.
   *
   * @default - none: a Lambda or HTTP integration
   */
  readonly integrationSubtype?: HttpIntegrationSubtype;

  /**
   * The integration URI: a Lambda function ARN, an HTTP URL, or for private integrations the ARN of an ALB or
   * NLB listener or of a Cloud Map service.
   *
   * @default - none (AWS service integrations have no URI)
   */
  readonly integrationUri?: string;

  /**
   * The HTTP method API Gateway uses to call an HTTP integration.
   *
   * @default - HttpMethod.ANY for HTTP_PROXY integrations, none otherwise
   */
  readonly method?: HttpMethod;

  /**
   * The id of the VPC link of a private integration.
   *
   * @default - none
   */
  readonly connectionId?: string;

  /**
   * How the integration endpoint is reached.
   *
   * @default - HttpConnectionType.VPC_LINK when `connectionId` is set, INTERNET otherwise
   */
  readonly connectionType?: HttpConnectionType;

  /**
   * The payload format version.
   *
   * @default - 2.0 for Lambda integrations (as the console does), 1.0 for every other kind
   */
  readonly payloadFormatVersion?: PayloadFormatVersion;

  /**
   * The server name API Gateway verifies in the certificate of a private integration's target (TLS).
   *
   * @default - the host name of the integration URI is not replaced
   */
  readonly secureServerName?: string;

  /**
   * How long API Gateway waits for the integration: 50 ms to 30 seconds.
   *
   * @default Duration.seconds(30)
   */
  readonly timeout?: Duration;

  /**
   * Changes to the request before it reaches a Lambda, HTTP or private integration. For an AWS service
   * integration (`integrationSubtype`), aws-cdk-lib's form: the action's parameters keyed by name
   * (`new ParameterMapping().custom('QueueUrl', url)`), taken as `subtypeParameters` are.
   *
   * @default - the request is sent as is
   */
  readonly parameterMapping?: ParameterMapping;

  /**
   * The request parameters of an AWS service integration (`integrationSubtype`), by parameter name, such as
   * `QueueUrl` or `MessageBody`. A name also given in `parameterMapping` takes the value given here.
   *
   * @default - none
   */
  readonly subtypeParameters?: { [name: string]: MappingValue };

  /**
   * Changes to the integration's response, by its status code.
   *
   * @default - the response is returned as is
   */
  readonly responseParameters?: HttpResponseParameters;

  /**
   * The credentials API Gateway uses to call the integration.
   *
   * @default - none (required for AWS service integrations)
   */
  readonly credentials?: IntegrationCredentials;

  /**
   * A description of the integration, at most 1,024 characters.
   *
   * @default - none
   */
  readonly description?: string;
}

/** S003 CreateIntegrationInput.timeoutInMillis: 50 to 30,000 ms on HTTP APIs. */
const MIN_TIMEOUT_MS = 50;
const MAX_TIMEOUT_MS = 30_000;

/** The `PROPERTY_INJECTION_ID` of `HttpIntegration` (a constant: esbuild renames a class that names itself in its body). */
const HTTP_INTEGRATION_INJECTION_ID = 'cdk-switchyard.HttpIntegration';

/**
 * An integration of an HTTP API (`AWS::ApiGatewayV2::Integration`). Most users do not create one directly:
 * they give an `HttpRouteIntegration` (such as `HttpLambdaIntegration`) to a route, which creates it.
 *
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-develop-integrations.html
 * @resource AWS::ApiGatewayV2::Integration
 */
export class HttpIntegration extends Resource implements IHttpIntegration {
  /** The id of this class for property injectors (`PropertyInjectors`), which apply to its props. */
  public static readonly PROPERTY_INJECTION_ID: string = HTTP_INTEGRATION_INJECTION_ID;

  public readonly integrationId: string;
  private readonly api: IHttpApiRef;

  constructor(scope: Construct, id: string, props: HttpIntegrationProps) {
    super(scope, id);
    props = injectProps(HTTP_INTEGRATION_INJECTION_ID, props, scope, id);
    adopt(this);
    this.api = props.httpApi;

    const subtype = props.integrationSubtype;
    if (subtype && props.integrationType !== HttpIntegrationType.AWS_PROXY) {
      throw new SwitchyardError('http-subtype-known', `an integration subtype (${subtype.name}) needs IntegrationType AWS_PROXY, not ${props.integrationType}`);
    }
    if (subtype && !props.credentials) {
      throw new SwitchyardError('http-subtype-credentials', `the AWS service integration ${subtype.name} needs credentials: a role that API Gateway assumes to call the service`);
    }
    if (props.subtypeParameters && !subtype) {
      throw new SwitchyardError('http-subtype-parameter-name', 'subtypeParameters are the request parameters of an AWS service integration; this integration has no integrationSubtype (use parameterMapping)');
    }
    if (subtype === undefined && props.parameterMapping) checkRequestKeys(props.parameterMapping);
    // aws-cdk-lib gives an AWS service integration its parameters as a ParameterMapping keyed by name.
    const subtypeParameters = { ...parameterValuesOf(subtype ? props.parameterMapping : undefined), ...(props.subtypeParameters ?? {}) };
    checkTokenDurationUnit(props.timeout, 'millis', 'integration-timeout', 'the integration timeout');
    const timeout = props.timeout?.toMilliseconds();
    if (timeout !== undefined && !isUnknownInput(timeout) && (timeout < MIN_TIMEOUT_MS || timeout > MAX_TIMEOUT_MS)) {
      throw new SwitchyardError('integration-timeout', `the integration timeout is ${timeout} ms; HTTP API integrations accept ${MIN_TIMEOUT_MS} to ${MAX_TIMEOUT_MS} ms`);
    }
    const connectionType = props.connectionType ?? (props.connectionId !== undefined ? HttpConnectionType.VPC_LINK : undefined);
    const vpcLinkProblem = connectionType === undefined ? undefined : connectionProblem(connectionType, props.connectionId !== undefined);
    if (vpcLinkProblem) throw new SwitchyardError('integration-vpc-link', vpcLinkProblem);
    const isHttp = props.integrationType === HttpIntegrationType.HTTP_PROXY;
    const version = props.payloadFormatVersion
      ?? (props.integrationType === HttpIntegrationType.AWS_PROXY && !subtype ? PayloadFormatVersion.VERSION_2_0 : PayloadFormatVersion.VERSION_1_0);

    const resource = new CfnIntegration(this, 'Resource', {
      apiId: props.httpApi.apiRef.apiId,
      integrationType: props.integrationType,
      integrationSubtype: subtype?.name,
      integrationUri: props.integrationUri,
      integrationMethod: props.method ?? (isHttp ? HttpMethod.ANY : undefined),
      connectionId: props.connectionId,
      connectionType,
      payloadFormatVersion: version.version,
      timeoutInMillis: timeout,
      tlsConfig: props.secureServerName !== undefined ? { serverNameToVerify: props.secureServerName } : undefined,
      requestParameters: subtype
        ? subtype.renderParameters(subtypeParameters)
        : props.parameterMapping?.mappings,
      responseParameters: props.responseParameters?.toCloudFormation(),
      credentialsArn: props.credentials?.credentialsArn,
      description: props.description,
    });
    this.integrationId = resource.ref;
  }

  /**
   * The API the integration belongs to. Throws `api-protocol-type` when the integration was given a bare L1
   * reference to it, as aws-cdk-lib does.
   */
  public get httpApi(): IHttpApi {
    return httpApiOf(this.api);
  }

  /** A reference to the integration, for where an L1 integration reference is expected. */
  public get integrationRef(): aws_apigatewayv2.IntegrationReference {
    return { integrationId: this.integrationId, apiId: this.api.apiRef.apiId };
  }
}

/** What an `HttpRouteIntegration` is bound with: the route it serves and the scope for what it creates. */
export interface HttpRouteIntegrationBindOptions {
  /** The route the integration is bound to. */
  readonly route: IHttpRoute;

  /** The scope in which the integration may create resources (permissions, roles). */
  readonly scope: Construct;
}

/** The integration an `HttpRouteIntegration` asks its route's API for. */
export interface HttpRouteIntegrationConfig {
  /** The integration type. */
  readonly type: HttpIntegrationType;

  /**
   * The AWS service action.
   *
   * @default - none
   */
  readonly subtype?: HttpIntegrationSubtype;

  /**
   * The integration URI.
   *
   * @default - none
   */
  readonly uri?: string;

  /**
   * The method used to call an HTTP integration.
   *
   * @default - HttpMethod.ANY for HTTP_PROXY integrations
   */
  readonly method?: HttpMethod;

  /**
   * The VPC link id of a private integration.
   *
   * @default - none
   */
  readonly connectionId?: string;

  /**
   * The connection type.
   *
   * @default - VPC_LINK when `connectionId` is set, INTERNET otherwise
   */
  readonly connectionType?: HttpConnectionType;

  /** The payload format version. */
  readonly payloadFormatVersion: PayloadFormatVersion;

  /**
   * The TLS server name of a private integration.
   *
   * @default - none
   */
  readonly secureServerName?: string;

  /**
   * The integration timeout.
   *
   * @default Duration.seconds(30)
   */
  readonly timeout?: Duration;

  /**
   * Request parameter mapping.
   *
   * @default - none
   */
  readonly parameterMapping?: ParameterMapping;

  /**
   * The request parameters of an AWS service integration.
   *
   * @default - none
   */
  readonly subtypeParameters?: { [name: string]: MappingValue };

  /**
   * Response parameter mapping.
   *
   * @default - none
   */
  readonly responseParameters?: HttpResponseParameters;

  /**
   * The credentials API Gateway uses.
   *
   * @default - none
   */
  readonly credentials?: IntegrationCredentials;

  /**
   * A description of the integration.
   *
   * @default - none
   */
  readonly description?: string;
}

/**
 * What a route sends its requests to. Subclasses (`HttpLambdaIntegration`, `HttpUrlIntegration`, the private
 * and AWS service integrations) say what integration they need in `bind`; the first route of each API that
 * uses one creates its `HttpIntegration`, and the other routes of that API share it.
 */
export abstract class HttpRouteIntegration {
  /** The id of the integration construct, unique among the integrations of one API. */
  protected readonly id: string;
  private readonly byApi = new Map<string, HttpIntegration>();

  constructor(id: string) {
    this.id = id;
  }

  /**
   * Binds the integration to a route: creates the API's integration on first use, then lets the subclass
   * finish for the route (permissions). Internal: routes call it.
   *
   * @internal
   */
  public _bindToRoute(options: HttpRouteIntegrationBindOptions): HttpIntegration {
    const api = options.route.httpApi;
    let integration = this.byApi.get(api.node.addr);
    if (!integration) {
      const config = this.bind(options);
      // "Default" and "Resource" are left out of logical ids: the integration would take its route's id.
      const id = this.id === 'Default' || this.id === 'Resource' ? `${this.id}Integration` : this.id;
      integration = new HttpIntegration(options.scope, id, {
        httpApi: api,
        integrationType: config.type,
        integrationSubtype: config.subtype,
        integrationUri: config.uri,
        method: config.method,
        connectionId: config.connectionId,
        connectionType: config.connectionType,
        payloadFormatVersion: config.payloadFormatVersion,
        secureServerName: config.secureServerName,
        timeout: config.timeout,
        parameterMapping: config.parameterMapping,
        subtypeParameters: config.subtypeParameters,
        responseParameters: config.responseParameters,
        credentials: config.credentials,
        description: config.description,
      });
      this.byApi.set(api.node.addr, integration);
    }
    this.completeBind(options);
    return integration;
  }

  /** Says which integration the route needs; called once per API. */
  public abstract bind(options: HttpRouteIntegrationBindOptions): HttpRouteIntegrationConfig;

  /**
   * Called for every route the integration is bound to, after `bind`: a place for per-route resources such
   * as Lambda permissions.
   */
  protected completeBind(_options: HttpRouteIntegrationBindOptions): void {
    // Nothing per route by default.
  }
}
