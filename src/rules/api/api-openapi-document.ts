import { buildModel } from '../../model/build-model';
import { isIntrinsic, isNoValue, isPresent, isUnknown, mapOf } from '../../model/value';
import { authorizerCacheIdentitySource } from '../authorizer/authorizer-cache-identity-source';
import { authorizerSimpleResponsesPayload } from '../authorizer/authorizer-simple-responses-payload';
import { authorizerTtlRange } from '../authorizer/authorizer-ttl-range';
import { httpIdentitySource } from '../expressions/http-identity-source';
import { httpMappingBodyJsonPath } from '../expressions/http-mapping-body-jsonpath';
import { httpMappingContextVariable } from '../expressions/http-mapping-context-variable';
import { httpMappingRequestKey } from '../expressions/http-mapping-request-key';
import { httpMappingRequestValue } from '../expressions/http-mapping-request-value';
import { httpMappingReservedHeader } from '../expressions/http-mapping-reserved-header';
import { httpMappingResponseKey } from '../expressions/http-mapping-response-key';
import { httpMappingResponseValue } from '../expressions/http-mapping-response-value';
import { httpMappingStatusCode } from '../expressions/http-mapping-status-code';
import { httpMappingStatusCodeValue } from '../expressions/http-mapping-status-code-value';
import { httpMappingValueLength } from '../expressions/http-mapping-value-length';
import { httpRouteKey } from '../expressions/http-route-key';
import { httpSubtypeCredentials } from '../expressions/http-subtype-credentials';
import { httpSubtypeKnown } from '../expressions/http-subtype-known';
import { httpSubtypeParameterName } from '../expressions/http-subtype-parameter-name';
import { httpSubtypeRequiredParameter } from '../expressions/http-subtype-required-parameter';
import { jwtIdentitySource } from '../expressions/jwt-identity-source';
import { integrationPayloadFormatVersion } from '../integration/integration-payload-format-version';
import { integrationTimeout } from '../integration/integration-timeout';
import { Rule } from '../rule';
import { corsCredentialsWildcard } from './cors-credentials-wildcard';
import { corsMaxAge } from './cors-max-age';

type Json = Record<string, unknown>;

/** One problem of an OpenAPI document: the rule that the same value breaks on a resource, and where. */
export interface OpenApiProblem {
  /** The id of the rule the member breaks, e.g. `integration-timeout`. */
  readonly rule: string;
  /** The JSON pointer (RFC 6901) of the member inside the document. */
  readonly pointer: string;
  readonly message: string;
  readonly line?: number;
  readonly column?: number;
}

/**
 * The rules an imported document is held to: the ones over the values its `x-amazon-apigateway-*`
 * extensions carry into the routes, integrations and authorizers API Gateway makes of it.
 */
const DOCUMENT_RULES: readonly Rule[] = [
  httpRouteKey,
  httpMappingRequestKey, httpMappingResponseKey, httpMappingStatusCode, httpMappingStatusCodeValue,
  httpMappingReservedHeader, httpMappingRequestValue, httpMappingResponseValue, httpMappingBodyJsonPath,
  httpMappingContextVariable, httpMappingValueLength,
  httpSubtypeKnown, httpSubtypeCredentials, httpSubtypeRequiredParameter, httpSubtypeParameterName,
  integrationPayloadFormatVersion, integrationTimeout,
  httpIdentitySource, jwtIdentitySource, authorizerTtlRange, authorizerCacheIdentitySource, authorizerSimpleResponsesPayload,
  corsCredentialsWildcard, corsMaxAge,
];

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch'];
const ANY_METHOD = 'x-amazon-apigateway-any-method';

const INTEGRATION_MEMBERS: Record<string, string> = {
  type: 'IntegrationType',
  integrationSubtype: 'IntegrationSubtype',
  uri: 'IntegrationUri',
  credentials: 'CredentialsArn',
  payloadFormatVersion: 'PayloadFormatVersion',
  timeoutInMillis: 'TimeoutInMillis',
  connectionType: 'ConnectionType',
};
const AUTHORIZER_MEMBERS: Record<string, string> = {
  type: 'AuthorizerType',
  authorizerUri: 'AuthorizerUri',
  authorizerResultTtlInSeconds: 'AuthorizerResultTtlInSeconds',
  enableSimpleResponses: 'EnableSimpleResponses',
  authorizerPayloadFormatVersion: 'AuthorizerPayloadFormatVersion',
};
const CORS_MEMBERS: Record<string, string> = {
  allowOrigins: 'AllowOrigins',
  allowCredentials: 'AllowCredentials',
  maxAge: 'MaxAge',
  allowHeaders: 'AllowHeaders',
  allowMethods: 'AllowMethods',
  exposeHeaders: 'ExposeHeaders',
};

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function escapePointer(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** Scalars as API Gateway reads them from YAML (`410` and `"410"` alike); objects (intrinsics) stay as they are. */
function scalar(value: unknown): unknown {
  return typeof value === 'number' || typeof value === 'boolean' ? String(value) : value;
}

/**
 * Members whose number keeps its type: `payloadFormatVersion: 1.0` (SAM passes `AuthorizerPayloadFormatVersion:
 * 2.0` through as the JSON number 2.0) means "1.0", which `String(1)` would lose; the rules read a number the
 * way they read one on a resource, accepted when a spelling of it is.
 */
const VERSION_MEMBERS = new Set(['payloadFormatVersion', 'authorizerPayloadFormatVersion']);

function memberValue(member: string, value: unknown): unknown {
  return VERSION_MEMBERS.has(member) && typeof value === 'number' ? value : scalar(value);
}

/**
 * What a value stands for under the `Fn::If` conditions AWS SAM wraps around path items, operations and
 * CORS settings (`{ "Fn::If": [cond, value, { "Ref": "AWS::NoValue" }] }`): each branch that is present,
 * with its JSON pointer suffix, so both are checked; anything else is itself.
 */
function branches(value: unknown, pointer: string): Array<{ value: unknown; pointer: string }> {
  if (isNoValue(value)) return [];
  const args = isIntrinsic(value) ? value['Fn::If'] : undefined;
  if (!Array.isArray(args) || args.length !== 3) return [{ value, pointer }];
  return [1, 2].flatMap(i => branches(args[i], `${pointer}/Fn::If/${i}`));
}

/** The paths API Gateway's export and AWS SAM write for the `$default` route. */
const DEFAULT_ROUTE_PATHS = new Set(['$default', '/$default']);

/**
 * The route key an operation becomes, or undefined when it is not known. The `$default` route is written as an
 * `x-amazon-apigateway-any-method` with `isDefaultRoute: true`, under the path `/$default` (API Gateway's
 * export) or `$default` (AWS SAM); those paths are the default route's alone, so another method under them is
 * left unchecked rather than guessed.
 */
function routeKeyOf(path: string, method: string, operation: unknown): string | undefined {
  const isDefault = isObject(operation) ? operation.isDefaultRoute : undefined;
  if (method === ANY_METHOD && (isDefault === true || isDefault === 'true')) return '$default';
  if (DEFAULT_ROUTE_PATHS.has(path)) return method === ANY_METHOD && (isDefault === undefined || isDefault === false) ? '$default' : undefined;
  if (isDefault !== undefined && typeof isDefault !== 'boolean' && isUnknown(isDefault)) return undefined;
  return `${method === ANY_METHOD ? 'ANY' : method.toUpperCase()} ${path}`;
}

/** The synthetic resources of a document, and for each the JSON pointers of its property paths. */
class Synthesis {
  public readonly resources: Json = { Api: { Type: 'AWS::ApiGatewayV2::Api', Properties: { ProtocolType: 'HTTP', Name: 'openapi' } } };
  private readonly pointers = new Map<string, { base: string; paths: Map<string, string> }>();
  private count = 0;

  public add(type: string, base: string, properties: Json, paths: Map<string, string>): void {
    const id = `OpenApi${type}${this.count++}`;
    this.resources[id] = { Type: `AWS::ApiGatewayV2::${type}`, Properties: { ApiId: { Ref: 'Api' }, ...properties } };
    this.pointers.set(id, { base, paths });
  }

  public setCors(base: string, properties: Json, paths: Map<string, string>): void {
    ((this.resources.Api as Json).Properties as Json).CorsConfiguration = properties;
    this.pointers.set('Api', { base, paths });
  }

  /** The pointer of a finding: the deepest member the document has on its path, else the object's own. */
  public pointerOf(logicalId: string, path: string): string {
    const entry = this.pointers.get(logicalId);
    if (!entry) return '';
    for (let p = path, up = ''; p !== ''; p = up) {
      const pointer = entry.paths.get(p);
      if (pointer !== undefined) return pointer;
      up = p.replace(/(\.[^.[]*|\[\d+\])$|^[^.[]*$/, '');
      if (up === p) break;
    }
    return entry.base;
  }
}

function synthesizeIntegration(s: Synthesis, integration: Json, base: string): void {
  const properties: Json = {};
  const paths = new Map<string, string>();
  for (const [member, property] of Object.entries(INTEGRATION_MEMBERS)) {
    if (integration[member] === undefined) continue;
    const value = memberValue(member, integration[member]);
    properties[property] = property === 'IntegrationType' && typeof value === 'string' ? value.toUpperCase() : value;
    paths.set(property, `${base}/${member}`);
  }
  const request = integration.requestParameters;
  if (isObject(request)) {
    properties.RequestParameters = Object.fromEntries(Object.entries(request).map(([k, v]) => [k, scalar(v)]));
    paths.set('RequestParameters', `${base}/requestParameters`);
    for (const key of Object.keys(request)) paths.set(`RequestParameters.${key}`, `${base}/requestParameters/${escapePointer(key)}`);
  } else if (request !== undefined) {
    properties.RequestParameters = request;
  }
  const response = integration.responseParameters;
  if (isObject(response)) {
    const groups: Json = {};
    paths.set('ResponseParameters', `${base}/responseParameters`);
    for (const [status, mappings] of Object.entries(response)) {
      const where = `${base}/responseParameters/${escapePointer(status)}`;
      paths.set(`ResponseParameters.${status}`, where);
      if (!isObject(mappings)) {
        groups[status] = mappings;
        continue;
      }
      groups[status] = {
        ResponseParameters: Object.entries(mappings).map(([key, value], i) => {
          for (const end of ['Destination', 'Source']) paths.set(`ResponseParameters.${status}.ResponseParameters[${i}].${end}`, `${where}/${escapePointer(key)}`);
          return { Destination: key, Source: scalar(value) };
        }),
      };
    }
    properties.ResponseParameters = groups;
  }
  s.add('Integration', base, properties, paths);
}

function synthesizeAuthorizer(s: Synthesis, authorizer: Json, base: string): void {
  const properties: Json = {};
  const paths = new Map<string, string>();
  for (const [member, property] of Object.entries(AUTHORIZER_MEMBERS)) {
    if (authorizer[member] === undefined) continue;
    const value = memberValue(member, authorizer[member]);
    properties[property] = property === 'AuthorizerType' && typeof value === 'string' ? value.toUpperCase() : value;
    paths.set(property, `${base}/${member}`);
  }
  // The extension takes a comma-separated string or a list; the resource takes a list.
  const raw = authorizer.identitySource;
  if (typeof raw === 'string') {
    properties.IdentitySource = raw.split(',').map(x => x.trim()).filter(x => x !== '');
    paths.set('IdentitySource', `${base}/identitySource`);
  } else if (Array.isArray(raw)) {
    properties.IdentitySource = raw.map(scalar);
    paths.set('IdentitySource', `${base}/identitySource`);
    raw.forEach((_x, i) => paths.set(`IdentitySource[${i}]`, `${base}/identitySource/${i}`));
  } else if (raw !== undefined) {
    properties.IdentitySource = raw;
  }
  s.add('Authorizer', base, properties, paths);
}

/** Every problem of an OpenAPI document, each with the rule it breaks and its JSON pointer. */
export function openApiDocumentProblems(doc: Json): OpenApiProblem[] {
  const s = new Synthesis();
  const paths = isObject(doc.paths) ? doc.paths : {};
  for (const [path, pathItem] of Object.entries(paths)) {
    for (const { value: item, pointer: itemPointer } of branches(pathItem, `/paths/${escapePointer(path)}`)) {
      if (!isObject(item) || isIntrinsic(item)) continue;
      for (const [method, methodValue] of Object.entries(item)) {
        if (method !== ANY_METHOD && !METHODS.includes(method)) continue;
        for (const { value: operation, pointer } of branches(methodValue, `${itemPointer}/${escapePointer(method)}`)) {
          const routeKey = routeKeyOf(path, method, operation);
          if (routeKey !== undefined) s.add('Route', `/paths/${escapePointer(path)}`, { RouteKey: routeKey }, new Map());
          if (isObject(operation) && isObject(operation['x-amazon-apigateway-integration'])) {
            synthesizeIntegration(s, operation['x-amazon-apigateway-integration'], `${pointer}/x-amazon-apigateway-integration`);
          }
        }
      }
    }
  }
  const components = isObject(doc.components) ? doc.components : {};
  const shared = components['x-amazon-apigateway-integrations'];
  for (const [name, integration] of Object.entries(isObject(shared) ? shared : {})) {
    if (isObject(integration)) synthesizeIntegration(s, integration, `/components/x-amazon-apigateway-integrations/${escapePointer(name)}`);
  }
  const schemes = isObject(components.securitySchemes) ? components.securitySchemes : {};
  for (const [name, scheme] of Object.entries(schemes)) {
    if (isObject(scheme) && isObject(scheme['x-amazon-apigateway-authorizer'])) {
      synthesizeAuthorizer(s, scheme['x-amazon-apigateway-authorizer'], `/components/securitySchemes/${escapePointer(name)}/x-amazon-apigateway-authorizer`);
    }
  }
  // With a CORS setting under both branches of an `Fn::If`, the last branch is the one checked.
  for (const { value: cors, pointer: corsPointer } of branches(doc['x-amazon-apigateway-cors'], '/x-amazon-apigateway-cors')) {
    if (!isObject(cors) || isIntrinsic(cors)) continue;
    const properties: Json = {};
    const pointers = new Map<string, string>();
    for (const [member, property] of Object.entries(CORS_MEMBERS)) {
      if (cors[member] === undefined) continue;
      properties[property] = cors[member];
      pointers.set(`CorsConfiguration.${property}`, `${corsPointer}/${member}`);
    }
    s.setCors(corsPointer, properties, pointers);
  }

  const model = buildModel({ Resources: s.resources });
  const problems: OpenApiProblem[] = [];
  for (const rule of DOCUMENT_RULES) {
    rule.check(model, r => problems.push({
      rule: rule.id,
      pointer: s.pointerOf(r.resource.logicalId, r.path),
      message: r.message,
      ...(r.line !== undefined ? { line: r.line, column: r.column ?? 1 } : {}),
    }));
  }
  return problems;
}

export const apiOpenapiDocument: Rule = {
  id: 'api-openapi-document',
  severity: 'error',
  summary: 'The OpenAPI document of an HTTP API: BodyS3Location has Bucket and Key, and an inline Body is an object whose route keys and x-amazon-apigateway-* extensions pass the rules of the resources they become',
  references: ['API-008'],
  evidence: { kind: 'documented', source: 'CFN BodyS3Location.Bucket/Key ("Required if you specify a BodyS3Location"); the rules it runs on the document carry their own evidence' },
  check(model, report) {
    for (const api of model.apis) {
      // CFN BodyS3Location.Bucket/Key: "Required if you specify a BodyS3Location".
      const location = mapOf(api.properties.BodyS3Location);
      for (const key of ['Bucket', 'Key']) {
        if (location && !isPresent(location[key])) report({ resource: api, path: `BodyS3Location.${key}`, message: `BodyS3Location has no ${key}; expected the Bucket and Key of the OpenAPI document` });
      }
      const body = api.properties.Body;
      if (api.protocol === 'WEBSOCKET' || body === undefined || body === null || typeof body === 'string' || isUnknown(body)) continue;
      const doc = mapOf(body);
      if (!doc) {
        report({ resource: api, path: 'Body', message: `Body is ${Array.isArray(body) ? 'a list' : `a ${typeof body}`}; expected an OpenAPI 3.0 document (an object)` });
        continue;
      }
      for (const p of openApiDocumentProblems(doc)) {
        report({
          resource: api,
          path: `Body${p.pointer}`,
          message: `OpenAPI document at ${p.pointer || '/'}: ${p.message} (as rule ${p.rule} checks it on the resource API Gateway makes of it)`,
          ...(p.line !== undefined ? { line: p.line, column: p.column } : {}),
        });
      }
    }
  },
};
