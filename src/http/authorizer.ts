import { Duration, Resource } from 'aws-cdk-lib';
import { CfnAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2';
import { aws_apigatewayv2, aws_iam } from 'aws-cdk-lib/interfaces';
import { Construct } from 'constructs';
import type { IHttpApiRef } from './api';
import type { IHttpRoute } from './route';
import type { IAuthorizer } from '../common/authorizer';
import { SwitchyardError } from '../common/errors';
import { HttpIdentitySource, httpIdentitySources } from '../common/identity-source';
import { adopt } from '../private/adopt';
import { checkTokenDurationUnit } from '../private/duration';
import { injectProps } from '../private/property-injection';
import { isUnknownInput } from '../private/unknown-input';
import { authorizerNameProblem } from '../rules/authorizer/authorizer-name';

/** The authorizer types of HTTP APIs. */
export enum HttpAuthorizerType {
  /** A JWT authorizer (OpenID Connect or OAuth 2.0, such as a Cognito user pool). */
  JWT = 'JWT',
  /** A Lambda authorizer. */
  LAMBDA = 'REQUEST',
  /**
   * IAM, as aws-cdk-lib's `HttpIamAuthorizer.authorizationType` names it. HTTP APIs take no IAM authorizer
   * resource (`authorizer-type-protocol`): routes use IAM through `HttpIamAuthorizer`.
   */
  IAM = 'AWS_IAM',
}

/** How a route is authorized (`AuthorizationType` of the route). */
export enum HttpRouteAuthorizationType {
  /** Open to everyone. */
  NONE = 'NONE',
  /** Signed with AWS Signature Version 4 by an IAM principal with `execute-api:Invoke`. */
  AWS_IAM = 'AWS_IAM',
  /** A JWT authorizer. */
  JWT = 'JWT',
  /** A Lambda authorizer. */
  CUSTOM = 'CUSTOM',
}

/** The payload format of the event API Gateway sends to a Lambda authorizer. */
export enum AuthorizerPayloadVersion {
  /** Version 1.0: IAM policy responses only. */
  VERSION_1_0 = '1.0',
  /** Version 2.0: IAM policy or simple (`isAuthorized`) responses. */
  VERSION_2_0 = '2.0',
}

/** An authorizer of an HTTP API. */
export interface IHttpAuthorizer extends IAuthorizer {}

/** The attributes of an authorizer defined elsewhere. */
export interface HttpAuthorizerAttributes {
  /** The id of the authorizer. */
  readonly authorizerId: string;

  /**
   * The type of the authorizer, which decides the route's authorization type: JWT gives `JWT`, LAMBDA
   * (`REQUEST`) gives `CUSTOM`. A string (as aws-cdk-lib takes it) may also be a route authorization type
   * (`CUSTOM`, `AWS_IAM`), used as is.
   */
  readonly authorizerType: HttpAuthorizerType | string;
}

/** Properties of an HTTP API authorizer (`AWS::ApiGatewayV2::Authorizer`). */
export interface HttpAuthorizerProps {
  /** The API the authorizer belongs to (an HTTP API construct, or any reference to one, as aws-cdk-lib takes). */
  readonly httpApi: IHttpApiRef;

  /** The authorizer type. */
  readonly type: HttpAuthorizerType;

  /**
   * Where the caller's identity is read: exactly one header or query-string parameter for a JWT authorizer;
   * any number of sources for a Lambda authorizer (at least one when results are cached). A string (as
   * aws-cdk-lib takes it, such as `'$request.header.Authorization'`) is checked at once as
   * `HttpIdentitySource.custom` checks it (`http-identity-source`).
   */
  readonly identitySource: (HttpIdentitySource | string)[];

  /**
   * The name of the authorizer, 1 to 128 characters.
   *
   * @default - the construct's id
   */
  readonly authorizerName?: string;

  /**
   * The audiences a JWT must be issued for (`aud` or `client_id`), 1 to 50 (JWT authorizers only).
   *
   * @default - none
   */
  readonly jwtAudience?: string[];

  /**
   * The https URL of the issuer of the JWTs (JWT authorizers only).
   *
   * @default - none
   */
  readonly jwtIssuer?: string;

  /**
   * Whether the Lambda authorizer returns a simple `{"isAuthorized": boolean}` response (payload 2.0 only).
   *
   * @default false
   */
  readonly enableSimpleResponses?: boolean;

  /**
   * The payload format of a Lambda authorizer.
   *
   * @default AuthorizerPayloadVersion.VERSION_2_0 for Lambda authorizers
   */
  readonly payloadFormatVersion?: AuthorizerPayloadVersion;

  /**
   * The invocation URI of a Lambda authorizer's function.
   *
   * @default - none
   */
  readonly authorizerUri?: string;

  /**
   * How long a Lambda authorizer's result is cached, 0 to 3,600 seconds.
   *
   * @default Duration.seconds(0) - no caching
   */
  readonly resultsCacheTtl?: Duration;

  /**
   * A role API Gateway assumes to invoke a Lambda authorizer.
   *
   * @default - none: API Gateway invokes the function under a resource-based permission
   */
  readonly role?: aws_iam.IRoleRef;
}

/** AUTH-015: the TTL is 0 to 3,600 seconds. */
const MAX_TTL_SECONDS = 3600;
/** AUTH-004: 1 to 50 audiences. */
const MAX_AUDIENCES = 50;

/** The `PROPERTY_INJECTION_ID` of `HttpAuthorizer` (a constant: esbuild renames a class that names itself in its body). */
const HTTP_AUTHORIZER_INJECTION_ID = 'cdk-switchyard.HttpAuthorizer';

/**
 * An authorizer of an HTTP API (`AWS::ApiGatewayV2::Authorizer`). Most users give an `IHttpRouteAuthorizer`
 * (such as `HttpJwtAuthorizer`) to routes instead, which creates it.
 *
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-access-control.html
 * @resource AWS::ApiGatewayV2::Authorizer
 */
export class HttpAuthorizer extends Resource implements IHttpAuthorizer {
  /** The id of this class for property injectors (`PropertyInjectors`), which apply to its props. */
  public static readonly PROPERTY_INJECTION_ID: string = HTTP_AUTHORIZER_INJECTION_ID;

  /** Imports an authorizer defined elsewhere, to use on routes. */
  public static fromHttpAuthorizerAttributes(scope: Construct, id: string, attrs: HttpAuthorizerAttributes): IHttpRouteAuthorizer {
    class Import extends Resource implements IHttpRouteAuthorizer {
      public readonly authorizationType: string = routeAuthorizationOf(attrs.authorizerType);
      public bind(): HttpRouteAuthorizerConfig {
        return { authorizerId: attrs.authorizerId, authorizationType: this.authorizationType };
      }
    }
    return new Import(scope, id);
  }

  public readonly authorizerId: string;
  private readonly apiId: string;

  constructor(scope: Construct, id: string, props: HttpAuthorizerProps) {
    super(scope, id);
    props = injectProps(HTTP_AUTHORIZER_INJECTION_ID, props, scope, id);
    adopt(this);

    const name = props.authorizerName ?? id;
    const nameProblem = isUnknownInput(name) ? undefined : authorizerNameProblem(name);
    if (nameProblem) throw new SwitchyardError('authorizer-name', nameProblem);
    if (props.type === HttpAuthorizerType.IAM) {
      throw new SwitchyardError('authorizer-type-protocol', 'HTTP APIs accept JWT and REQUEST (Lambda) authorizers; for IAM, give routes an HttpIamAuthorizer, which needs no authorizer resource');
    }
    const jwt = props.type === HttpAuthorizerType.JWT;
    const sources = httpIdentitySources(props.identitySource);
    if (jwt) this.checkJwt(props, sources);
    else this.checkLambda(props, sources);

    const ttl = props.resultsCacheTtl?.toSeconds();
    const resource = new CfnAuthorizer(this, 'Resource', {
      apiId: props.httpApi.apiRef.apiId,
      name,
      authorizerType: props.type,
      identitySource: sources.length > 0 ? sources : undefined,
      jwtConfiguration: jwt ? { audience: props.jwtAudience, issuer: props.jwtIssuer } : undefined,
      authorizerUri: props.authorizerUri,
      authorizerPayloadFormatVersion: jwt ? undefined : (props.payloadFormatVersion ?? AuthorizerPayloadVersion.VERSION_2_0),
      enableSimpleResponses: jwt ? undefined : props.enableSimpleResponses,
      authorizerResultTtlInSeconds: jwt ? undefined : (ttl ?? 0),
      authorizerCredentialsArn: props.role?.roleRef.roleArn,
    });
    this.authorizerId = resource.ref;
    this.apiId = props.httpApi.apiRef.apiId;
  }

  /** A reference to the authorizer, for where an L1 authorizer reference is expected. */
  public get authorizerRef(): aws_apigatewayv2.AuthorizerReference {
    return { authorizerId: this.authorizerId, apiId: this.apiId };
  }

  private checkJwt(props: HttpAuthorizerProps, sources: string[]): void {
    const lambdaOnly = ['authorizerUri', 'enableSimpleResponses', 'payloadFormatVersion', 'resultsCacheTtl', 'role'] as const;
    const set = lambdaOnly.filter(k => props[k] !== undefined);
    if (set.length > 0) throw new SwitchyardError('authorizer-jwt-configuration', `${set.join(', ')} apply to Lambda authorizers only, not to a JWT authorizer`);
    const issuer = props.jwtIssuer;
    if (issuer === undefined) throw new SwitchyardError('authorizer-jwt-configuration', 'a JWT authorizer needs the https URL of its issuer (jwtIssuer)');
    checkJwtIssuer(issuer);
    const audience = props.jwtAudience ?? [];
    if (!isUnknownInput(audience) && (audience.length < 1 || audience.length > MAX_AUDIENCES)) {
      throw new SwitchyardError('authorizer-jwt-configuration', `a JWT authorizer has ${audience.length} audiences; expected 1 to ${MAX_AUDIENCES}`);
    }
    if (sources.length !== 1 || (!isUnknownInput(sources[0]) && !/^\$request\.(header|querystring)\./.test(sources[0]))) {
      throw new SwitchyardError('jwt-identity-source', `a JWT authorizer takes exactly one identity source, a header or a query-string parameter; got ${sources.length === 0 ? 'none' : sources.join(', ')}`);
    }
  }

  private checkLambda(props: HttpAuthorizerProps, sources: string[]): void {
    if (props.jwtAudience !== undefined || props.jwtIssuer !== undefined) {
      throw new SwitchyardError('authorizer-jwt-configuration', 'jwtAudience and jwtIssuer apply to JWT authorizers only, not to a Lambda authorizer');
    }
    if (props.authorizerUri === undefined) throw new SwitchyardError('authorizer-lambda-uri', 'a Lambda authorizer needs the invocation URI of its function (authorizerUri)');
    checkTokenDurationUnit(props.resultsCacheTtl, 'seconds', 'authorizer-ttl-range', 'the results cache TTL');
    if (props.enableSimpleResponses && props.payloadFormatVersion === AuthorizerPayloadVersion.VERSION_1_0) {
      throw new SwitchyardError('authorizer-simple-responses-payload', 'simple responses need payload format 2.0; this Lambda authorizer uses 1.0');
    }
    const ttl = props.resultsCacheTtl?.toSeconds();
    if (ttl === undefined || isUnknownInput(ttl)) return;
    if (ttl < 0 || ttl > MAX_TTL_SECONDS) {
      throw new SwitchyardError('authorizer-ttl-range', `the results cache TTL is ${ttl} seconds; expected 0 to ${MAX_TTL_SECONDS}`);
    }
    if (ttl > 0 && sources.length === 0) {
      throw new SwitchyardError('authorizer-cache-identity-source', `a Lambda authorizer that caches its results (TTL ${ttl} s) needs at least one identity source: the cache key`);
    }
  }
}

/** What an `IHttpRouteAuthorizer` is bound with. */
export interface HttpRouteAuthorizerBindOptions {
  /** The route being authorized. */
  readonly route: IHttpRoute;

  /** The scope in which the authorizer may create resources. */
  readonly scope: Construct;
}

/**
 * The route authorization type an imported authorizer gives: JWT for a JWT authorizer, CUSTOM for a Lambda
 * (REQUEST) one; any other text is used as is (the route rules check it at synth).
 */
function routeAuthorizationOf(authorizerType: string): string {
  if (authorizerType === HttpAuthorizerType.JWT) return HttpRouteAuthorizationType.JWT;
  if (authorizerType === HttpAuthorizerType.LAMBDA) return HttpRouteAuthorizationType.CUSTOM;
  return authorizerType;
}

/** How a route is authorized, as an `IHttpRouteAuthorizer` says. */
export interface HttpRouteAuthorizerConfig {
  /**
   * The authorization type of the route: `NONE`, `AWS_IAM`, `JWT` or `CUSTOM` (a string as aws-cdk-lib
   * takes it is written as given; the route rules check it at synth).
   */
  readonly authorizationType: HttpRouteAuthorizationType | string;

  /**
   * The authorizer's id, for JWT and Lambda authorizers.
   *
   * @default - none
   */
  readonly authorizerId?: string;

  /**
   * Scopes the authorizer asks for when the route gives none.
   *
   * @default - none
   */
  readonly authorizationScopes?: string[];
}

/** Something that authorizes the requests of a route: a JWT, Cognito, Lambda, IAM or no authorizer. */
export interface IHttpRouteAuthorizer {
  /** Binds the authorizer to a route, creating the API's authorizer on first use. */
  bind(options: HttpRouteAuthorizerBindOptions): HttpRouteAuthorizerConfig;
}

/**
 * No authorization: the route is open to everyone. Give it to a route to override the API's default
 * authorizer.
 */
export class HttpNoneAuthorizer implements IHttpRouteAuthorizer {
  /** The authorization type routes get: `NONE`. */
  public readonly authorizationType: string = HttpRouteAuthorizationType.NONE;

  public bind(_options: HttpRouteAuthorizerBindOptions): HttpRouteAuthorizerConfig {
    return { authorizationType: HttpRouteAuthorizationType.NONE };
  }
}

/** Throws as `authorizer-jwt-configuration` when a literal JWT issuer is not an https URL. */
export function checkJwtIssuer(issuer: string): void {
  if (!isUnknownInput(issuer) && !/^https:\/\/[^/\s]+/.test(issuer)) {
    throw new SwitchyardError('authorizer-jwt-configuration', `the JWT issuer "${issuer}" is not an https URL; expected such as https://cognito-idp.<region>.amazonaws.com/<user-pool-id>`);
  }
}
