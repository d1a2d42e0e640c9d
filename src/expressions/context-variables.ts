/**
 * The catalogue of `$context` variables API Gateway supports, per use. Names are written without the
 * `$context.` prefix. A name ending in `.*` is a family: any non-empty dotted suffix made of letters,
 * digits, `_` and `-` is accepted after it (`authorizer.*` covers `authorizer.claims.sub` and the keys of a
 * Lambda authorizer's `context` map).
 *
 * Sources:
 * - HTTP parameter mapping and access logs: DG http-api-logging-variables (seed 004 links parameter-mapping
 *   values to that list);
 * - WebSocket mapping templates and data mapping: DG apigateway-websocket-api-mapping-template-reference
 *   (seed 000 links data mapping to it); WebSocket access logs: DG websocket-api-logging;
 * - REST mapping templates: seed 001 ($context variable reference) and the current DG
 *   api-gateway-mapping-template-reference, including the override variables of seed 002.
 */

/** Where a `$context` variable is used. */
export type ContextUse =
  | 'http-parameter-mapping'
  | 'http-access-log'
  | 'websocket-mapping'
  | 'websocket-access-log'
  | 'rest-template';

export const CONTEXT_USES: readonly ContextUse[] = [
  'http-parameter-mapping', 'http-access-log', 'websocket-mapping', 'websocket-access-log', 'rest-template',
];

/** HTTP APIs: one list serves access logs and parameter mapping (seed 004 points to the logging list). */
const HTTP_VARIABLES: readonly string[] = [
  'accountId', 'apiId',
  'authorizer.*', // claims.<claim>, error, principalId, latency, status, integrationLatency, <context key>
  'awsEndpointRequestId', 'awsEndpointRequestId2',
  'customDomain.basePathMatched',
  'dataProcessed', 'domainName', 'domainPrefix',
  'error.message', 'error.messageString', 'error.responseType',
  'extendedRequestId', 'httpMethod',
  'identity.accountId', 'identity.caller', 'identity.cognitoAuthenticationProvider',
  'identity.cognitoAuthenticationType', 'identity.cognitoIdentityId', 'identity.cognitoIdentityPoolId',
  'identity.principalOrgId', 'identity.clientCert.clientCertPem', 'identity.clientCert.subjectDN',
  'identity.clientCert.issuerDN', 'identity.clientCert.serialNumber', 'identity.clientCert.validity.notBefore',
  'identity.clientCert.validity.notAfter', 'identity.sourceIp', 'identity.user', 'identity.userAgent',
  'identity.userArn',
  'integration.error', 'integration.integrationStatus', 'integration.latency', 'integration.requestId',
  'integration.status',
  'integrationErrorMessage', 'integrationLatency', 'integrationStatus',
  'path', 'protocol', 'requestId', 'requestTime', 'requestTimeEpoch', 'responseLatency', 'responseLength',
  'routeKey', 'stage', 'status',
];

/** WebSocket mapping templates and data mapping (DG apigateway-websocket-api-mapping-template-reference). */
const WEBSOCKET_MAPPING_VARIABLES: readonly string[] = [
  'connectionId', 'connectedAt', 'domainName', 'eventType', 'messageId', 'routeKey', 'requestId',
  'extendedRequestId', 'apiId',
  'authorizer.*', // principalId and the keys of the authorizer's context map
  'error.messageString', 'error.validationErrorString',
  'identity.accountId', 'identity.apiKey', 'identity.apiKeyId', 'identity.caller',
  'identity.cognitoAuthenticationProvider', 'identity.cognitoAuthenticationType', 'identity.cognitoIdentityId',
  'identity.cognitoIdentityPoolId', 'identity.sourceIp', 'identity.user', 'identity.userAgent',
  'identity.userArn',
  'requestTime', 'requestTimeEpoch', 'stage', 'status',
  // Overrides work in WebSocket templates too (seed 002 and the VTL spec).
  'requestOverride.header.*', 'requestOverride.path.*', 'requestOverride.querystring.*',
  'responseOverride.header.*', 'responseOverride.status',
];

/** WebSocket access logs (DG websocket-api-logging). */
const WEBSOCKET_ACCESS_LOG_VARIABLES: readonly string[] = [
  'apiId',
  'authorize.error', 'authorize.latency', 'authorize.status',
  'authorizer.*',
  'authenticate.error', 'authenticate.latency', 'authenticate.status',
  'connectedAt', 'connectionId', 'domainName',
  'error.message', 'error.messageString', 'error.responseType', 'error.validationErrorString',
  'eventType', 'extendedRequestId',
  'identity.accountId', 'identity.apiKey', 'identity.apiKeyId', 'identity.caller',
  'identity.cognitoAuthenticationProvider', 'identity.cognitoAuthenticationType', 'identity.cognitoIdentityId',
  'identity.cognitoIdentityPoolId', 'identity.principalOrgId', 'identity.sourceIp', 'identity.user',
  'identity.userAgent', 'identity.userArn',
  'integration.error', 'integration.integrationStatus', 'integration.latency', 'integration.requestId',
  'integration.status',
  'integrationLatency', 'integrationStatus', 'integrationErrorMessage', 'awsEndpointRequestId',
  'messageId', 'requestId', 'requestTime', 'requestTimeEpoch', 'routeKey', 'stage', 'status',
  'disconnectStatusCode', 'disconnectReason',
];

/** REST mapping templates (seed 001 and the current reference; seed 002 for the overrides). */
const REST_TEMPLATE_VARIABLES: readonly string[] = [
  'accountId', 'apiId',
  'authorizer.*',
  'awsEndpointRequestId', 'deploymentId', 'domainName', 'domainPrefix',
  'error.message', 'error.messageString', 'error.responseType', 'error.validationErrorString',
  'extendedRequestId', 'httpMethod',
  'identity.accountId', 'identity.apiKey', 'identity.apiKeyId', 'identity.caller',
  'identity.cognitoAuthenticationProvider', 'identity.cognitoAuthenticationType', 'identity.cognitoIdentityId',
  'identity.cognitoIdentityPoolId', 'identity.principalOrgId', 'identity.sourceIp',
  'identity.clientCert.clientCertPem', 'identity.clientCert.subjectDN', 'identity.clientCert.issuerDN',
  'identity.clientCert.serialNumber', 'identity.clientCert.validity.notBefore',
  'identity.clientCert.validity.notAfter', 'identity.vpcId', 'identity.vpceId', 'identity.user',
  'identity.userAgent', 'identity.userArn', 'identity.accessKey',
  'integrationLatency', 'isCanaryRequest', 'path', 'protocol', 'requestId',
  'requestOverride.header.*', 'requestOverride.path.*', 'requestOverride.querystring.*',
  'responseOverride.header.*', 'responseOverride.status',
  'requestTime', 'requestTimeEpoch', 'resourceId', 'resourcePath', 'responseLength', 'responseLatency',
  'stage', 'status', 'wafResponseCode', 'webaclArn', 'xrayTraceId',
];

/** The catalogue, per use. WebSocket data mapping (`context.<v>` without `$`) uses `websocket-mapping`. */
export const CONTEXT_VARIABLES: Readonly<Record<ContextUse, readonly string[]>> = {
  'http-parameter-mapping': HTTP_VARIABLES,
  'http-access-log': HTTP_VARIABLES,
  'websocket-mapping': WEBSOCKET_MAPPING_VARIABLES,
  'websocket-access-log': WEBSOCKET_ACCESS_LOG_VARIABLES,
  'rest-template': REST_TEMPLATE_VARIABLES,
};

/** Segments of a family suffix (`authorizer.<claim>`): claim and context-map keys are arbitrary words. */
const FAMILY_SUFFIX = /^[A-Za-z0-9_:-]+(\.[A-Za-z0-9_:-]+)*$/;

interface Index { readonly exact: ReadonlySet<string>; readonly families: readonly string[] }

const INDEX: Readonly<Record<ContextUse, Index>> = Object.fromEntries(CONTEXT_USES.map(use => {
  const names = CONTEXT_VARIABLES[use];
  return [use, {
    exact: new Set(names.filter(n => !n.endsWith('.*'))),
    families: names.filter(n => n.endsWith('.*')).map(n => n.slice(0, -1)), // keep the trailing dot
  }];
})) as unknown as Record<ContextUse, Index>;

/**
 * Whether `name` (without `$context.`) is a context variable for this use. A family name alone
 * (`authorizer`, `authorizer.claims`) is not a variable, except where the catalogue lists it.
 */
export function isContextVariable(name: string, use: ContextUse): boolean {
  const index = INDEX[use];
  if (index.exact.has(name)) return true;
  for (const prefix of index.families) {
    if (name.length > prefix.length && name.startsWith(prefix) && FAMILY_SUFFIX.test(name.slice(prefix.length))) return true;
  }
  return false;
}

/** The uses for which `name` is a context variable (for messages such as "only in access logs"). */
export function contextVariableUses(name: string): ContextUse[] {
  return CONTEXT_USES.filter(use => isContextVariable(name, use));
}

/**
 * Names of the catalogue close to `name` (same last segment, case-insensitive, or the same name in another
 * case), to suggest a fix in messages. Families are returned with their `*`.
 */
export function suggestContextVariables(name: string, use: ContextUse): string[] {
  const lower = name.toLowerCase();
  const last = lower.split('.').pop() ?? lower;
  return CONTEXT_VARIABLES[use].filter(candidate => {
    const c = candidate.toLowerCase();
    return c === lower || c.split('.').pop() === last;
  }).slice(0, 3);
}
