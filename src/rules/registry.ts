import { apiHttpRouteSelection } from './api/api-http-route-selection';
import { apiKeySelectionExpression } from './api/api-key-selection-expression';
import { apiNameLength } from './api/api-name-length';
import { apiProtocolType } from './api/api-protocol-type';
import { apiWebSocketRouteSelectionRequired } from './api/api-websocket-route-selection-required';
import { authorizerCacheIdentitySource } from './authorizer/authorizer-cache-identity-source';
import { authorizerJwtConfiguration } from './authorizer/authorizer-jwt-configuration';
import { authorizerLambdaUri } from './authorizer/authorizer-lambda-uri';
import { authorizerPayloadFormat } from './authorizer/authorizer-payload-format';
import { authorizerSimpleResponsesPayload } from './authorizer/authorizer-simple-responses-payload';
import { authorizerTtlRange } from './authorizer/authorizer-ttl-range';
import { authorizerTypeProtocol } from './authorizer/authorizer-type-protocol';
import { CATALOGUE_RULES } from './catalogue-rules';
import { DOMAIN_RULES } from './domain';
import { EXPRESSION_RULES } from './expressions';
import { integrationPayloadFormatRequired } from './integration/integration-payload-format-required';
import { integrationPayloadFormatVersion } from './integration/integration-payload-format-version';
import { integrationTimeout } from './integration/integration-timeout';
import { integrationTypeProtocol } from './integration/integration-type-protocol';
import { engineRuleFailed } from './meta/engine-rule-failed';
import { yamlDuplicateKey } from './meta/yaml-duplicate-key';
import { PARITY_A_RULES } from './parity-a';
import { PARITY_B_RULES } from './parity-b';
import { protocolMismatchedProperty } from './protocol/protocol-mismatched-property';
import { protocolUnsupportedProperty } from './protocol/protocol-unsupported-property';
import { protocolUnsupportedResource } from './protocol/protocol-unsupported-resource';
import { Rule } from './rule';
import { stageAccessLogDestination } from './stage/stage-access-log-destination';
import { stageAccessLogRequestId } from './stage/stage-access-log-request-id';
import { stageAccessLogSettings } from './stage/stage-access-log-settings';
import { stageAccessLogSingleLine } from './stage/stage-access-log-single-line';
import { stageDefaultWebSocket } from './stage/stage-default-websocket';
import { stageName } from './stage/stage-name';
import { stageThrottlingLimits } from './stage/stage-throttling-limits';
import { stageThrottlingRange } from './stage/stage-throttling-range';
import { stageVariableName } from './stage/stage-variable-name';
import { stageVariableValue } from './stage/stage-variable-value';
import { usagePlanQuotaLimit } from './stage/usage-plan-quota-limit';
import { usagePlanQuotaOffset } from './stage/usage-plan-quota-offset';
import { usagePlanStageUnique } from './stage/usage-plan-stage-unique';
import { usagePlanThrottleRange } from './stage/usage-plan-throttle-range';
import { TEMPLATE_RULES } from './template';
import { WEBSOCKET_ROUTE_RULES } from './websocket-routes';

/**
 * Every rule, in the order findings are reported. The single source of `RULES.md`, `switchyard rules` and
 * the docs-page test: add a rule here and nowhere else.
 */
export const ALL_RULES: readonly Rule[] = [
  // APIs and protocol applicability
  apiNameLength,
  apiProtocolType,
  apiHttpRouteSelection,
  apiWebSocketRouteSelectionRequired,
  apiKeySelectionExpression,
  protocolUnsupportedProperty,
  protocolMismatchedProperty,
  protocolUnsupportedResource,
  // Routes
  ...WEBSOCKET_ROUTE_RULES,
  // Integrations
  integrationTypeProtocol,
  integrationPayloadFormatRequired,
  integrationPayloadFormatVersion,
  integrationTimeout,
  // Authorizers
  authorizerTypeProtocol,
  authorizerLambdaUri,
  authorizerPayloadFormat,
  authorizerSimpleResponsesPayload,
  authorizerTtlRange,
  authorizerCacheIdentitySource,
  authorizerJwtConfiguration,
  // Stages
  stageName,
  stageDefaultWebSocket,
  stageThrottlingRange,
  stageThrottlingLimits,
  stageVariableName,
  stageVariableValue,
  stageAccessLogSettings,
  stageAccessLogRequestId,
  stageAccessLogSingleLine,
  stageAccessLogDestination,
  // Usage plans (API keys of WebSocket APIs)
  usagePlanQuotaLimit,
  usagePlanQuotaOffset,
  usagePlanThrottleRange,
  usagePlanStageUnique,
  // Expressions and templates
  ...EXPRESSION_RULES,
  ...TEMPLATE_RULES,
  // Custom domains, API mappings, routing rules and VPC links
  ...DOMAIN_RULES,
  // APIs, CORS, routes, authorizers and integrations the constructs also check at construction
  ...PARITY_A_RULES,
  // Stages, deployments and models the constructs also check at construction
  ...PARITY_B_RULES,
  // The rest of the catalogue, quotas included
  ...CATALOGUE_RULES,
  // The engine's own, and the YAML loader's
  engineRuleFailed,
  yamlDuplicateKey,
];

export function ruleById(id: string): Rule | undefined {
  return ALL_RULES.find(r => r.id === id);
}
