/**
 * Pure checks of single values for custom domain names, API mappings, routing rules and VPC links. The rules
 * of this folder and the constructs in `src/common/` both call them, so a construct rejects at once exactly
 * what the rule would report at synth. Each returns what is wrong (the value seen and what is expected), or
 * undefined when the value is fine. Callers skip unknown values before calling.
 */

// --- Domain names -------------------------------------------------------------------------------------

/** SDK `CreateDomainNameRequest.DomainName: StringWithLengthBetween1And512`. */
export const DOMAIN_NAME_MAX_LENGTH = 512;
/** SDK `DomainNameConfiguration.CertificateName: StringWithLengthBetween1And128`. */
export const CERTIFICATE_NAME_MAX_LENGTH = 128;
/** SDK `MutualTlsAuthenticationInput.TruststoreUri: UriWithLengthBetween1And2048`. */
export const TRUSTSTORE_URI_MAX_LENGTH = 2048;
/** SDK `MutualTlsAuthenticationInput.TruststoreVersion: StringWithLengthBetween1And64`. */
export const TRUSTSTORE_VERSION_MAX_LENGTH = 64;

/** The only endpoint type the v2 API manages (S003 `EndpointType` lists EDGE too, but EDGE is v1 only). */
export const REGIONAL = 'REGIONAL';
/** The only security policy a v2-managed domain may have (S003 `SecurityPolicy` enum: TLS_1_0, TLS_1_2). */
export const TLS_1_2 = 'TLS_1_2';
/** S003 `IpAddressType` enum. */
export const IP_ADDRESS_TYPES: readonly string[] = ['ipv4', 'dualstack'];
/** S003 `RoutingMode` enum; CloudFormation's default is API_MAPPING_ONLY. */
export const ROUTING_MODES: readonly string[] = ['API_MAPPING_ONLY', 'ROUTING_RULE_THEN_API_MAPPING', 'ROUTING_RULE_ONLY'];
export const DEFAULT_ROUTING_MODE = 'API_MAPPING_ONLY';

const DOMAIN_LABEL_CHARS = /^[a-z0-9.-]+$/;

export function domainNameProblem(name: string): string | undefined {
  if (name.length === 0) return 'the domain name is empty; expected 1 to 512 characters';
  if (name.length > DOMAIN_NAME_MAX_LENGTH) return `the domain name has ${name.length} characters; expected at most ${DOMAIN_NAME_MAX_LENGTH}`;
  if (/[A-Z]/.test(name)) return `the domain name "${name}" has upper-case letters; expected lower case only (API Gateway does not support upper case)`;
  if (name.includes('_')) return `the domain name "${name}" has an underscore; API Gateway does not support "_" in domain names`;
  const rest = name.startsWith('*.') ? name.slice(2) : name;
  if (rest.includes('*')) return `the domain name "${name}" has a wildcard outside the first label; expected "*" only as the whole first label, as in "*.example.com"`;
  if (!DOMAIN_LABEL_CHARS.test(rest)) return `the domain name "${name}" has characters other than lower-case letters, digits, "-" and "."`;
  return undefined;
}

export function endpointTypeProblem(type: string): string | undefined {
  if (type === REGIONAL) return undefined;
  if (type === 'EDGE') return 'EndpointType is EDGE; API Gateway v2 manages only REGIONAL domain names (EDGE domains belong to the v1 API and serve only REST APIs)';
  return `EndpointType "${type}" is not valid; expected REGIONAL`;
}

export function securityPolicyProblem(policy: string): string | undefined {
  if (policy === TLS_1_2) return undefined;
  if (policy === 'TLS_1_0') return 'SecurityPolicy is TLS_1_0; HTTP and WebSocket APIs and every domain the v2 API manages need TLS_1_2';
  return `SecurityPolicy "${policy}" is not one the v2 API accepts (TLS_1_0 or TLS_1_2; the SecurityPolicy_* policies exist only for REST API domain names); expected TLS_1_2`;
}

const ACM_CERTIFICATE_ARN = /^arn:aws[a-z-]*:acm:([a-z0-9-]+):\d{12}:certificate\/[A-Za-z0-9-]+$/;

/**
 * A certificate ARN must name an ACM certificate; when the stack's region is known and concrete, the
 * certificate must be in it (API Gateway: "Invalid certificate ARN ... Certificate must be in '<region>'").
 */
export function certificateArnProblem(arn: string, property: string, region?: string): string | undefined {
  const m = ACM_CERTIFICATE_ARN.exec(arn);
  if (!m) return `${property} "${arn}" is not an ACM certificate ARN; expected arn:<partition>:acm:<region>:<account>:certificate/<id> (ACM is the only supported source)`;
  if (region !== undefined && m[1] !== region) return `${property} "${arn}" is in ${m[1]}; a regional domain name needs a certificate in its own region (${region})`;
  return undefined;
}

export function certificateNameProblem(name: string): string | undefined {
  if (name.length >= 1 && name.length <= CERTIFICATE_NAME_MAX_LENGTH) return undefined;
  return `CertificateName has ${name.length} characters; expected 1 to ${CERTIFICATE_NAME_MAX_LENGTH}`;
}

export function ipAddressTypeProblem(type: string): string | undefined {
  if (IP_ADDRESS_TYPES.includes(type)) return undefined;
  return `IpAddressType "${type}" is not valid; expected ${IP_ADDRESS_TYPES.join(' or ')}`;
}

/** DG:http-api-mutual-tls and S003: an S3 object URL, `s3://bucket-name/key-name`. */
const TRUSTSTORE_URI = /^s3:\/\/[a-z0-9.-]{3,63}\/.+$/;

export function truststoreUriProblem(uri: string): string | undefined {
  if (uri.length > TRUSTSTORE_URI_MAX_LENGTH) return `TruststoreUri has ${uri.length} characters; expected at most ${TRUSTSTORE_URI_MAX_LENGTH}`;
  if (!TRUSTSTORE_URI.test(uri)) return `TruststoreUri "${uri}" is not an S3 object URL; expected s3://<bucket>/<key>`;
  return undefined;
}

export function truststoreVersionProblem(version: string): string | undefined {
  if (version.length >= 1 && version.length <= TRUSTSTORE_VERSION_MAX_LENGTH) return undefined;
  return `TruststoreVersion has ${version.length} characters; expected 1 to ${TRUSTSTORE_VERSION_MAX_LENGTH} (an S3 object version id)`;
}

export function routingModeProblem(mode: string): string | undefined {
  if (ROUTING_MODES.includes(mode)) return undefined;
  return `RoutingMode "${mode}" is not valid; expected one of ${ROUTING_MODES.join(', ')}`;
}

// --- Tags (X-004) -------------------------------------------------------------------------------------

/** DG:apigateway-tagging-supported-resources: keys 1 to 128 characters, values up to 256, no `aws:` prefix. */
export const TAG_KEY_MAX_LENGTH = 128;
export const TAG_VALUE_MAX_LENGTH = 256;

export function tagKeyProblem(key: string): string | undefined {
  if (key.length < 1 || key.length > TAG_KEY_MAX_LENGTH) return `tag key "${key}" has ${key.length} characters; expected 1 to ${TAG_KEY_MAX_LENGTH}`;
  if (key.toLowerCase().startsWith('aws:')) return `tag key "${key}" starts with "aws:", a prefix reserved for AWS`;
  return undefined;
}

export function tagValueProblem(key: string, value: string): string | undefined {
  if (value.length <= TAG_VALUE_MAX_LENGTH) return undefined;
  return `the value of tag "${key}" has ${value.length} characters; expected at most ${TAG_VALUE_MAX_LENGTH}`;
}

// --- API mappings -------------------------------------------------------------------------------------

/** DG:http-api-mappings and DG:websocket-api-mappings: "The maximum length for the path in an API mapping is 300". */
export const MAPPING_KEY_MAX_LENGTH = 300;
/** SDK `CreateApiMappingRequest.Stage: StringWithLengthBetween1And128`. */
export const MAPPING_STAGE_MAX_LENGTH = 128;
const MAPPING_KEY_CHARS = /^[A-Za-z0-9$\-_.+!*'()/]+$/;

/**
 * An API mapping key: letters, digits and `$-_.+!*'()`, plus `/` between levels for HTTP (and REST) APIs.
 * `websocket` is true when the mapped API is known to be a WebSocket API.
 */
export function mappingKeyProblem(key: string, websocket: boolean): string | undefined {
  if (key.length === 0) return undefined; // mapping-key-shape's finding
  if (key.length > MAPPING_KEY_MAX_LENGTH) return `ApiMappingKey has ${key.length} characters; expected at most ${MAPPING_KEY_MAX_LENGTH}`;
  if (!MAPPING_KEY_CHARS.test(key)) return `ApiMappingKey "${key}" has characters other than letters, digits and $-_.+!*'()/`;
  if (key.includes('/') && websocket) return `ApiMappingKey "${key}" has a "/"; WebSocket APIs take single-level keys only (letters, digits and $-_.+!*'())`;
  return undefined;
}

/**
 * MAP-005: an empty key, or a slash at either end or twice, has no documented meaning (only tools refuse it,
 * aws-cdk-lib among them), so it is a warning (`mapping-key-shape`). Keys `mappingKeyProblem` refuses are not judged.
 */
export function mappingKeyShapeProblem(key: string, websocket: boolean): string | undefined {
  if (mappingKeyProblem(key, websocket)) return undefined;
  if (key.length === 0) return 'ApiMappingKey is an empty string; omit the property to map the API at the root of the domain';
  if (key.startsWith('/') || key.endsWith('/') || key.includes('//')) {
    return `ApiMappingKey "${key}" starts or ends with "/" or has an empty level; expected levels joined by single slashes, as in "orders/v2"`;
  }
  return undefined;
}

export function mappingStageProblem(stage: string): string | undefined {
  if (stage.length >= 1 && stage.length <= MAPPING_STAGE_MAX_LENGTH) return undefined;
  return `Stage has ${stage.length} characters; expected the name of a stage, 1 to ${MAPPING_STAGE_MAX_LENGTH} characters`;
}

// --- Routing rules ------------------------------------------------------------------------------------

/** S003 RoutingRule.priority: "Priority values 1-1,000,000 are supported". */
export const MIN_PRIORITY = 1;
export const MAX_PRIORITY = 1_000_000;
/** S003 RoutingRuleCondition: "up to two matchHeaders conditions and one matchBasePaths conditions". */
export const MAX_HEADER_CONDITIONS = 2;
export const MAX_BASE_PATH_CONDITIONS = 1;
/** S003 RoutingRuleMatchHeaderValue.header: "must be less than 40 characters". */
export const HEADER_NAME_MAX_LENGTH = 39;
/** S003 RoutingRuleMatchHeaderValue.valueGlob: "must be less than 128 characters". */
export const HEADER_GLOB_MAX_LENGTH = 127;
/**
 * DG:rest-api-routing-rules § Restrictions caps infix globs (`*x*`). The guide says "less than 40"; the
 * service was observed to accept 40 and reject 41, so only longer than 40 is reported.
 */
export const INFIX_GLOB_MAX_LENGTH = 40;
/** DG:rest-api-routing-rules § Restrictions: "The base path must be less than 128 characters". */
export const BASE_PATH_MAX_LENGTH = 127;

/**
 * The characters S003 allows in a header name and a header value glob. The reference lists `*` and `?` for
 * names too; the guide says names take no wildcard, but the service accepts them, so they are not reported.
 */
const HEADER_CHARS = /^[A-Za-z0-9*?\-!#$%&'.^_`|~]+$/;
const BASE_PATH_CHARS = /^[A-Za-z0-9$\-_.+!*'()/]+$/;

/** DG:rest-api-routing-rules § Restrictions: header names a rule cannot match on (case-insensitive). */
const RESTRICTED_HEADERS: readonly string[] = [
  'authorization', 'connection', 'content-encoding', 'content-length', 'content-location', 'forwarded',
  'keep-alive', 'origin', 'proxy-authenticate', 'proxy-authorization', 'te', 'trailers', 'transfer-encoding',
  'upgrade', 'x-apigw-api-id', 'x-forwarded-for', 'x-forwarded-host', 'x-forwarded-proto', 'x-restapi', 'via',
];
const RESTRICTED_HEADER_PREFIXES: readonly string[] = ['access-control-', 'apigw-', 'x-amz-', 'x-amzn-'];

export function priorityProblem(priority: number): string | undefined {
  if (Number.isInteger(priority) && priority >= MIN_PRIORITY && priority <= MAX_PRIORITY) return undefined;
  return `Priority ${priority} is not valid; expected an integer from ${MIN_PRIORITY} to ${MAX_PRIORITY.toLocaleString('en-US')}`;
}

export function headerNameProblem(name: string): string | undefined {
  if (name.length === 0) return 'the header name is empty; expected 1 to 39 characters';
  if (name.length > HEADER_NAME_MAX_LENGTH) return `the header name "${name}" has ${name.length} characters; expected fewer than 40`;
  if (!HEADER_CHARS.test(name)) return `the header name "${name}" has characters other than letters, digits and *?-!#$%&'.^_\`|~`;
  const lower = name.toLowerCase();
  if (RESTRICTED_HEADERS.includes(lower) || RESTRICTED_HEADER_PREFIXES.some(p => lower.startsWith(p))) {
    return `the header "${name}" cannot be matched by a routing rule (API Gateway reserves it)`;
  }
  return undefined;
}

export function headerGlobProblem(glob: string): string | undefined {
  if (glob.length === 0) return 'the header value glob is empty; expected 1 to 127 characters';
  if (glob.length > HEADER_GLOB_MAX_LENGTH) return `the header value glob has ${glob.length} characters; expected fewer than 128`;
  if (!HEADER_CHARS.test(glob)) return `the header value glob "${glob}" has characters other than letters, digits and *?-!#$%&'.^_\`|~ (a "," would only match combined header values literally)`;
  const stars = glob.split('*').length - 1;
  if (stars === 0) return undefined;
  const inner = glob.replace(/^\*/, '').replace(/\*$/, '');
  if (inner.includes('*') || glob === '**') {
    return `the header value glob "${glob}" has a wildcard inside the value; expected "*" only at the start ("*suffix"), the end ("prefix*"), both ("*infix*") or alone ("*")`;
  }
  const infix = glob.length > 2 && glob.startsWith('*') && glob.endsWith('*');
  if (infix && glob.length > INFIX_GLOB_MAX_LENGTH) {
    return `the infix header value glob "${glob}" has ${glob.length} characters; infix matches ("*x*") take at most ${INFIX_GLOB_MAX_LENGTH}`;
  }
  return undefined;
}

export function basePathProblem(path: string): string | undefined {
  if (path.length === 0) return 'the base path is empty; expected 1 to 127 characters';
  if (path.length > BASE_PATH_MAX_LENGTH) return `the base path has ${path.length} characters; expected fewer than 128`;
  if (/^[/\\]|[/\\]$/.test(path)) return `the base path "${path}" starts or ends with "/" or "\\"; expected a path such as "orders/v2"`;
  if (!BASE_PATH_CHARS.test(path)) return `the base path "${path}" has characters other than letters, digits and $-_.+!*'()/ (base paths are literal, not regular expressions)`;
  return undefined;
}

const DOMAIN_NAME_ARN = /^arn:aws[a-z-]*:apigateway:[a-z0-9-]+::\/domainnames\/[^/\s]+$/;

export function domainNameArnProblem(arn: string): string | undefined {
  if (DOMAIN_NAME_ARN.test(arn)) return undefined;
  return `DomainNameArn "${arn}" is not the ARN of a domain name; expected arn:<partition>:apigateway:<region>::/domainnames/<name>`;
}

// --- VPC links ----------------------------------------------------------------------------------------

/** SDK `CreateVpcLinkRequest.Name: StringWithLengthBetween1And128`. */
export const VPC_LINK_NAME_MAX_LENGTH = 128;
/** DG:http-api-quotas: "Subnets per VPC link: 10" (adjustable). */
export const VPC_LINK_SUBNET_QUOTA = 10;

export function vpcLinkNameProblem(name: string): string | undefined {
  if (name.length >= 1 && name.length <= VPC_LINK_NAME_MAX_LENGTH) return undefined;
  return `Name has ${name.length} characters; expected 1 to ${VPC_LINK_NAME_MAX_LENGTH}`;
}
