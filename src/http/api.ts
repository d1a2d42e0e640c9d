import { Annotations, Duration, Resource, Stack, Tags } from 'aws-cdk-lib';
import { ApiReference, CfnApi, IApiRef } from 'aws-cdk-lib/aws-apigatewayv2';
import { Metric, MetricOptions } from 'aws-cdk-lib/aws-cloudwatch';
import { IVpc } from 'aws-cdk-lib/aws-ec2';
import { Construct } from 'constructs';
import { HttpApiHelper } from './api-helper';
import { IHttpRouteAuthorizer } from './authorizer';
import { HttpApiDefinition } from './definition';
import { HttpRouteIntegration } from './integration';
import { checkRouteKeyFree } from './private/routes';
import { HttpRoute, HttpRouteOptions } from './route';
import { HttpStage, HttpStageOptions, IHttpStage } from './stage';
import { WARNING_ID_PREFIX } from '../check/register';
import { IApi } from '../common/api';
import { IpAddressType } from '../common/domain-name';
import { SwitchyardError } from '../common/errors';
import { HttpMethod, HttpRouteKey } from '../common/route-key';
import type { DomainMappingOptions } from '../common/stage';
import { VpcLink, VpcLinkProps } from '../common/vpc-link';
import { adopt } from '../private/adopt';
import { constructIdOf } from '../private/construct-id';
import { checkTokenDurationUnit } from '../private/duration';
import { injectProps } from '../private/property-injection';
import { isUnknownInput, isUnresolvedKey } from '../private/unknown-input';
import { apiDescriptionProblem, apiVersionProblem } from '../rules/api/api-description';
import { corsCredentialsProblem } from '../rules/api/cors-credentials-wildcard';
import { corsMaxAgeProblem } from '../rules/api/cors-max-age';
import { tagKeyProblem, tagValueProblem } from '../rules/domain/checks';

/**
 * A reference to an HTTP API, as aws-cdk-lib's `IHttpApiRef`: an API reference that is known to be an HTTP
 * API, accepted where aws-cdk-lib's HTTP constructs take one.
 */
export interface IHttpApiRef extends IApiRef {
  /** Always true: tells an HTTP API from a WebSocket API where both are references to an API. */
  readonly isHttpApi: boolean;
}

/** An HTTP API. */
export interface IHttpApi extends IApi, IHttpApiRef {
  /** The id of the API (the same as `apiId`). */
  readonly httpApiId: string;

  /**
   * The default stage of the API.
   *
   * @default - none: imported APIs, and APIs created with `createDefaultStage: false`
   */
  readonly defaultStage?: IHttpStage;

  /**
   * The authorizer of routes that name none.
   *
   * @default - none
   */
  readonly defaultAuthorizer?: IHttpRouteAuthorizer;

  /**
   * The scopes of JWT routes that name none.
   *
   * @default - none
   */
  readonly defaultAuthorizationScopes?: string[];

  /** Client errors (4XX), summed over 5 minutes. */
  metricClientError(props?: MetricOptions): Metric;

  /** Server errors (5XX), summed over 5 minutes. */
  metricServerError(props?: MetricOptions): Metric;

  /** Bytes processed, summed over 5 minutes. */
  metricDataProcessed(props?: MetricOptions): Metric;

  /** Requests, as the sample count over 5 minutes. */
  metricCount(props?: MetricOptions): Metric;

  /** The time between API Gateway relaying a request to the integration and receiving its response, averaged over 5 minutes. */
  metricIntegrationLatency(props?: MetricOptions): Metric;

  /** The time between API Gateway receiving a request and returning its response, averaged over 5 minutes. */
  metricLatency(props?: MetricOptions): Metric;

  /**
   * The execute-api ARN of some or all of the API's routes, for IAM policies.
   *
   * @param method the method, `*` or `ANY` for every method
   * @param path the path, starting with `/`
   * @param stage the stage name
   * @default - every method, path and stage
   */
  arnForExecuteApi(method?: string, path?: string, stage?: string): string;

  /** A VPC link of this API into `vpc`, for private integrations; created on first use and shared afterwards. */
  vpcLinkFor(vpc: IVpc): VpcLink;

  /** Creates a VPC link of this API with the given properties. */
  addVpcLink(options: VpcLinkProps): VpcLink;
}

/** The CORS methods. */
export enum CorsHttpMethod {
  /** Every method. */
  ANY = '*',
  /** DELETE. */
  DELETE = 'DELETE',
  /** GET. */
  GET = 'GET',
  /** HEAD. */
  HEAD = 'HEAD',
  /** OPTIONS. */
  OPTIONS = 'OPTIONS',
  /** PATCH. */
  PATCH = 'PATCH',
  /** POST. */
  POST = 'POST',
  /** PUT. */
  PUT = 'PUT',
}

/**
 * The CORS configuration of an HTTP API: API Gateway answers preflight requests and adds the CORS headers to
 * responses. Credentials are never allowed with the `*` origin (API Gateway rejects it).
 *
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-cors.html
 */
export interface CorsPreflightOptions {
  /**
   * Whether the browser may send credentials (cookies, authorization headers). Needs explicit origins.
   *
   * @default false
   */
  readonly allowCredentials?: boolean;

  /**
   * The request headers a browser may send.
   *
   * @default - none
   */
  readonly allowHeaders?: string[];

  /**
   * The methods a browser may use.
   *
   * @default - none
   */
  readonly allowMethods?: CorsHttpMethod[];

  /**
   * The origins allowed to call the API: `scheme://host[:port]` without a path, or `*`.
   *
   * @default - none
   */
  readonly allowOrigins?: string[];

  /**
   * The response headers a browser may read.
   *
   * @default - none
   */
  readonly exposeHeaders?: string[];

  /**
   * How long a browser caches the preflight response, up to 86,400 seconds.
   *
   * @default - API Gateway's default (no Access-Control-Max-Age header)
   */
  readonly maxAge?: Duration;
}

/** Options of `HttpApi.addRoutes`: one route per method, all on the same path. */
export interface AddRoutesOptions extends HttpRouteOptions {
  /** The path of the routes, such as `/pets/{id}`. */
  readonly path: string;

  /**
   * The methods, one route each.
   *
   * @default [HttpMethod.ANY]
   */
  readonly methods?: HttpMethod[];
}

/** The attributes of an HTTP API defined elsewhere. */
export interface HttpApiAttributes {
  /** The id of the API. */
  readonly httpApiId: string;

  /**
   * The default endpoint of the API.
   *
   * @default - built from the id, the region and the URL suffix of the importing stack
   */
  readonly apiEndpoint?: string;
}

/** Properties of an HTTP API. */
export interface HttpApiProps {
  /**
   * The name of the API, 1 to 128 characters.
   *
   * @default - the construct's id (for an API defined by OpenAPI: the document's title)
   */
  readonly apiName?: string;

  /**
   * A description of the API, at most 1,024 characters.
   *
   * @default - none
   */
  readonly description?: string;

  /**
   * A version identifier of the API, 1 to 64 characters.
   *
   * @default - none
   */
  readonly version?: string;

  /**
   * The integration of the `$default` route, which serves requests no other route matches.
   *
   * @default - no `$default` route
   */
  readonly defaultIntegration?: HttpRouteIntegration;

  /**
   * The authorizer of every route that names none (`HttpNoneAuthorizer` opens a route).
   *
   * @default - none: routes are open unless they name an authorizer
   */
  readonly defaultAuthorizer?: IHttpRouteAuthorizer;

  /**
   * The scopes of every JWT route that names none.
   *
   * @default - none
   */
  readonly defaultAuthorizationScopes?: string[];

  /**
   * Whether to create the `$default` stage, deployed automatically, with access logs.
   *
   * @default true
   */
  readonly createDefaultStage?: boolean;

  /**
   * Options of the default stage (its name defaults to `$default` and it deploys automatically).
   *
   * @default - a `$default` stage with JSON access logs to a new log group
   */
  readonly defaultStageOptions?: HttpStageOptions;

  /**
   * The CORS configuration.
   *
   * @default - no CORS: API Gateway answers no preflight request
   */
  readonly corsPreflight?: CorsPreflightOptions;

  /**
   * Whether the default `execute-api` endpoint is disabled, so that clients must use a custom domain name.
   *
   * @default false
   */
  readonly disableExecuteApiEndpoint?: boolean;

  /**
   * The IP address types that can call the API.
   *
   * @default - IpAddressType.IPV4 (API Gateway's default)
   */
  readonly ipAddressType?: IpAddressType;

  /**
   * Whether to write HTTP APIs' only route selection expression, `${request.method} ${request.path}`.
   *
   * @default false - API Gateway uses it anyway
   */
  readonly routeSelectionExpression?: boolean;

  /**
   * An OpenAPI 3.0 definition of the API (routes, integrations, authorizers, CORS). Its
   * `x-amazon-apigateway-*` mapping expressions are checked like those of the constructs. Routes, integrations
   * or authorizers added from constructs as well deploy on create but are lost on the next update of the
   * definition: they get an `api-openapi-exclusive` warning at synth.
   *
   * @default - none: the API is built from routes
   */
  readonly definition?: HttpApiDefinition;

  /**
   * Maps the default stage to a custom domain name (ignored when `createDefaultStage` is false). The same as
   * `defaultStageOptions.domainMapping`, which wins when both are given.
   *
   * @default - no mapping
   */
  readonly defaultDomainMapping?: DomainMappingOptions;

  /**
   * Tags for the API.
   *
   * @default - none
   */
  readonly tags?: { [key: string]: string };
}

const VPC_LINKS = new WeakMap<IHttpApi, Map<string, VpcLink>>();

abstract class HttpApiBase extends Resource implements IHttpApi {
  public abstract readonly apiId: string;
  public abstract readonly httpApiId: string;
  public abstract readonly apiEndpoint: string;
  public abstract readonly defaultAuthorizer?: IHttpRouteAuthorizer;
  public abstract readonly defaultAuthorizationScopes?: string[];
  public abstract readonly defaultStage?: IHttpStage;
  public readonly isHttpApi = true;

  public get apiRef(): ApiReference {
    return { apiId: this.apiId };
  }

  public metric(metricName: string, props?: MetricOptions): Metric {
    return new Metric({ namespace: 'AWS/ApiGateway', metricName, dimensionsMap: { ApiId: this.apiId }, ...props }).attachTo(this);
  }

  public metricClientError(props?: MetricOptions): Metric {
    return this.metric('4xx', { statistic: 'Sum', ...props });
  }

  public metricServerError(props?: MetricOptions): Metric {
    return this.metric('5xx', { statistic: 'Sum', ...props });
  }

  public metricDataProcessed(props?: MetricOptions): Metric {
    return this.metric('DataProcessed', { statistic: 'Sum', ...props });
  }

  public metricCount(props?: MetricOptions): Metric {
    return this.metric('Count', { statistic: 'SampleCount', ...props });
  }

  public metricIntegrationLatency(props?: MetricOptions): Metric {
    return this.metric('IntegrationLatency', props);
  }

  public metricLatency(props?: MetricOptions): Metric {
    return this.metric('Latency', props);
  }

  public arnForExecuteApi(method?: string, path?: string, stage?: string): string {
    return HttpApiHelper.fromHttpApi(this).arnForExecuteApi(method, path, stage);
  }

  public vpcLinkFor(vpc: IVpc): VpcLink {
    return this.vpcLinkOf({ vpc });
  }

  /** Creates a VPC link of this API with the given properties, or returns the link it already has into that VPC. */
  public addVpcLink(props: VpcLinkProps): VpcLink {
    return this.vpcLinkOf(props);
  }

  private vpcLinkOf(props: VpcLinkProps): VpcLink {
    const links = VPC_LINKS.get(this) ?? new Map<string, VpcLink>();
    VPC_LINKS.set(this, links);
    let link = links.get(props.vpc.node.addr);
    if (!link) {
      // Numbered in creation order, as aws-cdk-lib numbers them: a migrated app keeps its VPC links (a
      // replaced VPC link cuts every private integration off while the new one is created).
      link = new VpcLink(this, `VpcLink-${links.size + 1}`, props);
      links.set(props.vpc.node.addr, link);
    }
    return link;
  }
}

/** The `PROPERTY_INJECTION_ID` of `HttpApi` (a constant: esbuild renames a class that names itself in its body). */
const HTTP_API_INJECTION_ID = 'cdk-switchyard.HttpApi';

/**
 * An HTTP API (`AWS::ApiGatewayV2::Api` with protocol HTTP): routes, integrations, authorizers, CORS and a
 * `$default` stage with access logs, built with the constructs of this library or from an OpenAPI
 * definition. Everything API Gateway would reject is reported at synth, naming the construct.
 *
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api.html
 * @resource AWS::ApiGatewayV2::Api
 */
export class HttpApi extends HttpApiBase {
  /** The id of this class for property injectors (`PropertyInjectors`), which apply to its props. */
  public static readonly PROPERTY_INJECTION_ID: string = HTTP_API_INJECTION_ID;

  /** Imports an HTTP API defined elsewhere. */
  public static fromHttpApiAttributes(scope: Construct, id: string, attrs: HttpApiAttributes): IHttpApi {
    class Import extends HttpApiBase {
      public readonly apiId = attrs.httpApiId;
      public readonly httpApiId = attrs.httpApiId;
      public readonly defaultAuthorizer = undefined;
      public readonly defaultAuthorizationScopes = undefined;
      public readonly defaultStage = undefined;
      public readonly apiEndpoint = attrs.apiEndpoint
        ?? `https://${attrs.httpApiId}.execute-api.${Stack.of(scope).region}.${Stack.of(scope).urlSuffix}`;
    }
    return new Import(scope, id);
  }

  public readonly apiId: string;
  public readonly httpApiId: string;
  public readonly apiEndpoint: string;
  public readonly defaultAuthorizer?: IHttpRouteAuthorizer;
  public readonly defaultAuthorizationScopes?: string[];

  /**
   * The name of the API.
   *
   * @default - none, for an API named by its OpenAPI definition
   */
  public readonly httpApiName?: string;

  /**
   * The default stage, unless `createDefaultStage` is false.
   *
   * @default - none
   */
  public readonly defaultStage?: IHttpStage;

  /** Whether the default execute-api endpoint is disabled. */
  public readonly disableExecuteApiEndpoint: boolean;


  constructor(scope: Construct, id: string, props: HttpApiProps = {}) {
    super(scope, id);
    props = injectProps(HTTP_API_INJECTION_ID, props, scope, id);
    adopt(this);
    this.checkProps(props);

    const definition = props.definition?._bind(this);
    this.httpApiName = props.apiName ?? (definition ? undefined : id);
    const resource = new CfnApi(this, 'Resource', {
      name: this.httpApiName,
      protocolType: definition ? undefined : 'HTTP',
      description: props.description,
      version: props.version,
      corsConfiguration: props.corsPreflight ? corsConfiguration(props.corsPreflight) : undefined,
      disableExecuteApiEndpoint: props.disableExecuteApiEndpoint,
      ipAddressType: props.ipAddressType,
      routeSelectionExpression: props.routeSelectionExpression ? '${request.method} ${request.path}' : undefined,
      body: definition?.body,
      bodyS3Location: definition?.bodyS3Location,
      basePath: definition?.basePath,
      failOnWarnings: definition?.failOnWarnings,
    });
    for (const [key, value] of Object.entries(props.tags ?? {})) Tags.of(resource).add(key, value);

    this.apiId = resource.ref;
    this.httpApiId = resource.ref;
    this.apiEndpoint = resource.attrApiEndpoint;
    this.defaultAuthorizer = props.defaultAuthorizer;
    this.defaultAuthorizationScopes = props.defaultAuthorizationScopes;
    this.disableExecuteApiEndpoint = props.disableExecuteApiEndpoint ?? false;

    if (props.defaultIntegration) {
      new HttpRoute(this, 'DefaultRoute', { httpApi: this, routeKey: HttpRouteKey.DEFAULT, integration: props.defaultIntegration });
    }
    if (props.createDefaultStage ?? true) {
      this.defaultStage = new HttpStage(this, 'DefaultStage', {
        ...props.defaultStageOptions,
        domainMapping: props.defaultStageOptions?.domainMapping ?? props.defaultDomainMapping,
        autoDeploy: props.defaultStageOptions?.autoDeploy ?? true,
        httpApi: this,
      });
    }
  }

  /**
   * The URL of the default stage.
   *
   * @default - none, when there is no default stage
   */
  public get url(): string | undefined {
    return this.defaultStage?.url;
  }

  /** Adds a stage to the API. */
  public addStage(id: string, options: HttpStageOptions): HttpStage {
    return new HttpStage(this, id, { ...options, httpApi: this });
  }

  /** Adds one route per method on `path`, all with the same integration and authorization. */
  public addRoutes(options: AddRoutesOptions): HttpRoute[] {
    // On an API defined by OpenAPI the routes deploy on create and are lost on the next update: the
    // api-openapi-exclusive rule warns about them at synth.
    const methods = options.methods ?? [HttpMethod.ANY];
    return [...new Set(methods)].map(method => {
      const key = HttpRouteKey.with(options.path, method);
      checkRouteKeyFree(this, key.key);
      // Not `{ ...options, httpApi, routeKey }`: on Node 20 a spread followed by more properties costs about
      // 2 µs per object, against 0.1 µs for Object.assign.
      return new HttpRoute(this, constructIdOf(this, `${method}${options.path}`), Object.assign({}, options, { httpApi: this, routeKey: key }));
    });
  }

  private checkProps(props: HttpApiProps): void {
    const literalProblem = (value: string | undefined, check: (v: string) => string | undefined) =>
      value !== undefined && !isUnknownInput(value) ? check(value) : undefined;
    const descriptionProblem = literalProblem(props.description, apiDescriptionProblem) ?? literalProblem(props.version, apiVersionProblem);
    if (descriptionProblem) throw new SwitchyardError('api-description', descriptionProblem);
    for (const [key, value] of Object.entries(props.tags ?? {})) {
      const problem = (!isUnresolvedKey(key) && tagKeyProblem(key)) || (!isUnknownInput(value) && tagValueProblem(key, value));
      if (problem) throw new SwitchyardError('api-tags', problem);
    }
    if (props.definition) {
      // Not known to be rejected, so a warning: the document is what API Gateway imports on each update.
      const constructs = (['defaultIntegration', 'defaultAuthorizer', 'corsPreflight', 'ipAddressType', 'routeSelectionExpression'] as const)
        .filter(k => props[k] !== undefined);
      if (constructs.length > 0) {
        Annotations.of(this).addWarningV2(`${WARNING_ID_PREFIX}api-openapi-exclusive`, `[api-openapi-exclusive] ${constructs.join(', ')} set on an API defined by an OpenAPI document: `
          + 'API Gateway does not support combining OpenAPI with CloudFormation resources, and re-imports the document on each update; put them in the document (x-amazon-apigateway-* extensions)');
      }
    }
    if (props.corsPreflight) this.checkCors(props.corsPreflight);
  }

  private checkCors(cors: CorsPreflightOptions): void {
    const origins = cors.allowOrigins ?? [];
    const credentialsProblem = corsCredentialsProblem(cors.allowCredentials ?? false, origins);
    if (credentialsProblem) throw new SwitchyardError('cors-credentials-wildcard', `CORS ${credentialsProblem}`);
    checkTokenDurationUnit(cors.maxAge, 'seconds', 'cors-max-age', 'the CORS maxAge');
    const age = cors.maxAge?.toSeconds();
    const ageProblem = age !== undefined && !isUnknownInput(age) ? corsMaxAgeProblem(age) : undefined;
    if (ageProblem) throw new SwitchyardError('cors-max-age', `CORS ${ageProblem}`);
    // An origin with a path is a warning, not an error: the cors-origin rule reports it at synth.
  }
}

function corsConfiguration(cors: CorsPreflightOptions): CfnApi.CorsProperty {
  return {
    allowCredentials: cors.allowCredentials,
    allowHeaders: cors.allowHeaders,
    allowMethods: cors.allowMethods,
    allowOrigins: cors.allowOrigins,
    exposeHeaders: cors.exposeHeaders,
    maxAge: cors.maxAge?.toSeconds(),
  };
}
