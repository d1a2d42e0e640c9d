import { Token } from 'aws-cdk-lib';
import { SwitchyardError } from '../../common/errors';
import { HttpIdentitySource } from '../../common/identity-source';
import { HttpIntegrationSubtype } from '../../common/integration-subtype';
import { MappingValue } from '../../common/mapping-value';
import { HttpResponseParameters, ParameterMapping, ResponseParameterMapping } from '../../common/parameter-mapping';
import { HttpRouteKey } from '../../common/route-key';

type Json = { [key: string]: unknown };

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch'];
const ANY_METHOD = 'x-amazon-apigateway-any-method';
const MIN_TIMEOUT_MS = 50;
const MAX_TIMEOUT_MS = 30_000;
const MAX_TTL_SECONDS = 3600;
const MAX_CORS_AGE_SECONDS = 86_400;

export function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function escapePointer(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** Runs a check, and re-throws its error with the JSON pointer of the member it is about. */
function at(pointer: string, check: () => void): void {
  try {
    check();
  } catch (e) {
    if (!(e instanceof SwitchyardError)) throw e;
    const bare = e.message.replace(/^\[[^\]]+\] /, '').replace(/ \(https?:\/\/[^)]*\)$/, '');
    throw new SwitchyardError(e.ruleId, `OpenAPI definition at ${pointer}: ${bare}`);
  }
}

/**
 * Checks the route keys and `x-amazon-apigateway-*` extensions of an OpenAPI document; throws the first
 * problem as a `SwitchyardError` with the JSON pointer of the member. (Internal: exported for tests.)
 */
export function checkOpenApiDocument(doc: Json): void {
  const paths = isObject(doc.paths) ? doc.paths : {};
  for (const [path, item] of Object.entries(paths)) {
    if (!isObject(item)) continue;
    for (const [method, operation] of Object.entries(item)) {
      const verb = method === ANY_METHOD ? 'ANY' : METHODS.includes(method) ? method.toUpperCase() : undefined;
      if (!verb) continue;
      const pointer = `/paths/${escapePointer(path)}/${escapePointer(method)}`;
      at(`/paths/${escapePointer(path)}`, () => HttpRouteKey.custom(`${verb} ${path}`));
      if (isObject(operation) && isObject(operation['x-amazon-apigateway-integration'])) {
        checkIntegration(operation['x-amazon-apigateway-integration'], `${pointer}/x-amazon-apigateway-integration`);
      }
    }
  }
  const components = isObject(doc.components) ? doc.components : {};
  const shared = components['x-amazon-apigateway-integrations'];
  if (isObject(shared)) {
    for (const [name, integration] of Object.entries(shared)) {
      if (isObject(integration)) checkIntegration(integration, `/components/x-amazon-apigateway-integrations/${escapePointer(name)}`);
    }
  }
  const schemes = isObject(components.securitySchemes) ? components.securitySchemes : {};
  for (const [name, scheme] of Object.entries(schemes)) {
    if (isObject(scheme) && isObject(scheme['x-amazon-apigateway-authorizer'])) {
      checkAuthorizer(scheme['x-amazon-apigateway-authorizer'], `/components/securitySchemes/${escapePointer(name)}/x-amazon-apigateway-authorizer`);
    }
  }
  if (isObject(doc['x-amazon-apigateway-cors'])) checkCors(doc['x-amazon-apigateway-cors'], '/x-amazon-apigateway-cors');
}

function checkIntegration(integration: Json, pointer: string): void {
  const subtype = integration.integrationSubtype;
  const request = integration.requestParameters;
  if (isObject(request)) {
    if (typeof subtype === 'string') {
      at(`${pointer}/integrationSubtype`, () => HttpIntegrationSubtype.of(subtype));
      const spec = HttpIntegrationSubtype.of(subtype);
      at(`${pointer}/requestParameters`, () => spec.renderParameters(Object.fromEntries(
        Object.entries(request).map(([k, v]) => [k, MappingValue.custom(String(v))]))));
    } else {
      for (const [key, value] of Object.entries(request)) {
        at(`${pointer}/requestParameters/${escapePointer(key)}`, () => ParameterMapping.custom(key, String(value)));
      }
    }
  } else if (typeof subtype === 'string') {
    at(`${pointer}/integrationSubtype`, () => HttpIntegrationSubtype.of(subtype).renderParameters({}));
  }
  const response = integration.responseParameters;
  if (isObject(response)) {
    for (const [status, mappings] of Object.entries(response)) {
      const where = `${pointer}/responseParameters/${escapePointer(status)}`;
      at(where, () => HttpResponseParameters.forStatusCode(Number(status), ...Object.entries(isObject(mappings) ? mappings : {})
        .map(([k, v]) => ResponseParameterMapping.custom(k, String(v)))));
    }
  }
  const version = integration.payloadFormatVersion;
  if (version !== undefined) {
    const type = String(integration.type ?? '').toLowerCase();
    const allowed = type === 'aws_proxy' && subtype === undefined ? ['1.0', '2.0'] : ['1.0'];
    if (!allowed.includes(String(version))) {
      throw new SwitchyardError('integration-payload-format-version', `OpenAPI definition at ${pointer}/payloadFormatVersion: "${version}" is not accepted here; expected ${allowed.map(v => `"${v}"`).join(' or ')}`);
    }
  }
  const timeout = integration.timeoutInMillis;
  if (typeof timeout === 'number' && !(Number.isInteger(timeout) && timeout >= MIN_TIMEOUT_MS && timeout <= MAX_TIMEOUT_MS)) {
    throw new SwitchyardError('integration-timeout', `OpenAPI definition at ${pointer}/timeoutInMillis: ${timeout}; HTTP API integrations accept an integer from ${MIN_TIMEOUT_MS} to ${MAX_TIMEOUT_MS} ms`);
  }
  if (typeof subtype === 'string' && integration.credentials === undefined) {
    throw new SwitchyardError('http-subtype-credentials', `OpenAPI definition at ${pointer}: the AWS service integration ${subtype} needs credentials (a role that API Gateway assumes)`);
  }
}

function checkAuthorizer(authorizer: Json, pointer: string): void {
  const raw = authorizer.identitySource;
  const sources = typeof raw === 'string' ? raw.split(',').map(s => s.trim()).filter(s => s !== '') : Array.isArray(raw) ? raw.map(String) : [];
  sources.forEach((source, i) => at(`${pointer}/identitySource${Array.isArray(raw) ? `/${i}` : ''}`, () => HttpIdentitySource.custom(source)));
  const type = String(authorizer.type ?? '').toLowerCase();
  if (type === 'jwt' && (sources.length !== 1 || !/^\$request\.(header|querystring)\./.test(sources[0]))) {
    throw new SwitchyardError('jwt-identity-source', `OpenAPI definition at ${pointer}/identitySource: a JWT authorizer takes exactly one header or query-string identity source; got ${sources.length === 0 ? 'none' : sources.join(', ')}`);
  }
  const ttl = authorizer.authorizerResultTtlInSeconds;
  if (typeof ttl === 'number') {
    if (!(Number.isInteger(ttl) && ttl >= 0 && ttl <= MAX_TTL_SECONDS)) {
      throw new SwitchyardError('authorizer-ttl-range', `OpenAPI definition at ${pointer}/authorizerResultTtlInSeconds: ${ttl}; expected an integer from 0 to ${MAX_TTL_SECONDS}`);
    }
    if (ttl > 0 && sources.length === 0) {
      throw new SwitchyardError('authorizer-cache-identity-source', `OpenAPI definition at ${pointer}: a Lambda authorizer that caches its results needs at least one identity source`);
    }
  }
  if (authorizer.enableSimpleResponses === true && String(authorizer.authorizerPayloadFormatVersion) !== '2.0') {
    throw new SwitchyardError('authorizer-simple-responses-payload', `OpenAPI definition at ${pointer}/enableSimpleResponses: simple responses need authorizerPayloadFormatVersion "2.0"`);
  }
}

function checkCors(cors: Json, pointer: string): void {
  const origins = Array.isArray(cors.allowOrigins) ? cors.allowOrigins : [];
  if (cors.allowCredentials === true && origins.includes('*')) {
    throw new SwitchyardError('cors-credentials-wildcard', `OpenAPI definition at ${pointer}: allowCredentials is true with the origin "*"; API Gateway rejects credentials with a wildcard origin`);
  }
  const age = cors.maxAge;
  if (typeof age === 'number' && !Token.isUnresolved(age) && (age < -1 || age > MAX_CORS_AGE_SECONDS)) {
    throw new SwitchyardError('cors-max-age', `OpenAPI definition at ${pointer}/maxAge: ${age}; expected -1 to ${MAX_CORS_AGE_SECONDS} seconds`);
  }
}
