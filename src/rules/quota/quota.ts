/**
 * API Gateway's service quotas that a template can exceed by itself. Each names the quota as the quota pages
 * do, its value, whether it can be raised (Service Quotas or AWS Support) and the page that states it: a
 * finding quotes all four, so the reader can raise the quota or split the API.
 */
export interface Quota {
  /** The quota's name as the quota page prints it. */
  readonly name: string;
  readonly limit: number;
  /** Whether AWS raises it on request: an adjustable quota is a warning, a fixed one an error. */
  readonly adjustable: boolean;
  /** The page that states the quota. */
  readonly url: string;
}

const HTTP_QUOTAS = 'https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-quotas.html';
const WEBSOCKET_QUOTAS = 'https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-execution-service-websocket-limits-table.html';
const REST_QUOTAS = 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-execution-service-limits-table.html';
const TAGGING = 'https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-tagging-supported-resources.html';

export const ROUTES_PER_API: Quota = { name: 'Routes per API', limit: 300, adjustable: true, url: HTTP_QUOTAS };
export const HTTP_INTEGRATIONS_PER_API: Quota = { name: 'Integrations per API', limit: 300, adjustable: false, url: HTTP_QUOTAS };
export const WEBSOCKET_INTEGRATIONS_PER_API: Quota = { name: 'Integrations per API', limit: 300, adjustable: true, url: WEBSOCKET_QUOTAS };
export const STAGES_PER_API: Quota = { name: 'Stages per API', limit: 10, adjustable: true, url: HTTP_QUOTAS };
export const AUTHORIZERS_PER_API: Quota = { name: 'Authorizers per API', limit: 10, adjustable: true, url: HTTP_QUOTAS };
export const STAGE_VARIABLES_PER_STAGE: Quota = { name: 'Stage variables per stage', limit: 100, adjustable: false, url: HTTP_QUOTAS };
export const TAGS_PER_RESOURCE: Quota = { name: 'Tags per resource', limit: 50, adjustable: false, url: TAGGING };
export const MULTI_LEVEL_MAPPINGS_PER_DOMAIN: Quota = { name: 'Multi-level API mappings per domain', limit: 200, adjustable: false, url: HTTP_QUOTAS };
export const DOMAINS_PER_REGION: Quota = { name: 'Custom domains per account per Region', limit: 120, adjustable: true, url: HTTP_QUOTAS };
export const VPC_LINKS_PER_REGION: Quota = { name: 'VPC links per account per Region', limit: 10, adjustable: true, url: HTTP_QUOTAS };
export const ROUTING_RULES_PER_DOMAIN: Quota = { name: 'Routing rules per domain', limit: 50, adjustable: true, url: REST_QUOTAS };

/** The message of a quota finding: the count seen, the quota by name and value, and what to do. */
export function quotaMessage(quota: Quota, count: number, what: string): string {
  const remedy = quota.adjustable
    ? 'the default quota; raise it through Service Quotas before deploying, or split'
    : 'a fixed quota; split';
  return `${count} ${what}; "${quota.name}" is ${quota.limit}, ${remedy} (${quota.url})`;
}
