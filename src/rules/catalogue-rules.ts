import { apiIpAddressType } from './api/api-ip-address-type';
import { corsAllowMethods } from './api/cors-allow-methods';
import { corsAllowMethodsKnown } from './api/cors-allow-methods-known';
import { managedOverridesQuickCreate } from './api/managed-overrides-quick-create';
import { authorizerCredentialsArn } from './authorizer/authorizer-credentials-arn';
import { authorizerIdentityValidation } from './authorizer/authorizer-identity-validation';
import { authorizerJwtLambdaProperties } from './authorizer/authorizer-jwt-lambda-properties';
import { authorizerUriForm } from './authorizer/authorizer-uri-form';
import { deploymentNoRoutes } from './deployment/deployment-no-routes';
import { deploymentRouteOrder } from './deployment/deployment-route-order';
import { mappingStageOrder } from './domain/mapping-stage-order';
import { integrationCredentialsArn } from './integration/integration-credentials-arn';
import { integrationMethod } from './integration/integration-method';
import { integrationMethodRequired } from './integration/integration-method-required';
import { integrationPrivateUri } from './integration/integration-private-uri';
import { integrationStageVariablePosition } from './integration/integration-stage-variable-position';
import { wsIntegrationLambdaPost } from './integration/ws-integration-lambda-post';
import { wsIntegrationPassthrough } from './integration/ws-integration-passthrough';
import { wsIntegrationProxyTemplates } from './integration/ws-integration-proxy-templates';
import { quotaAuthorizersPerApi } from './quota/quota-authorizers-per-api';
import { quotaDomainNames } from './quota/quota-domain-names';
import { quotaIntegrationsPerHttpApi } from './quota/quota-integrations-per-http-api';
import { quotaIntegrationsPerWebSocketApi } from './quota/quota-integrations-per-websocket-api';
import { quotaMultiLevelMappings } from './quota/quota-multi-level-mappings';
import { quotaRoutesPerApi } from './quota/quota-routes-per-api';
import { quotaRoutingRulesPerDomain } from './quota/quota-routing-rules-per-domain';
import { quotaStageVariables } from './quota/quota-stage-variables';
import { quotaStagesPerApi } from './quota/quota-stages-per-api';
import { quotaTagsPerResource } from './quota/quota-tags-per-resource';
import { quotaVpcLinks } from './quota/quota-vpc-links';
import { routeArnLength } from './route/route-arn-length';
import { routeJwtAuthorizer } from './route/route-jwt-authorizer';
import { Rule } from './rule';
import { stageAccessLogFormatSize } from './stage/stage-access-log-format-size';
import { stageAccessLogVariable } from './stage/stage-access-log-variable';
import { stageAccessPolicy } from './stage/stage-access-policy';
import { stageLoggingLevel } from './stage/stage-logging-level';
import { stageNameUnique } from './stage/stage-name-unique';

/**
 * The rest of the catalogue (issue 16, item 4): the checks of spec/validation-rules.md no construct throws
 * with, and the service quotas a template can exceed on its own.
 */
export const CATALOGUE_RULES: readonly Rule[] = [
  // APIs and CORS
  apiIpAddressType,
  managedOverridesQuickCreate,
  corsAllowMethods,
  corsAllowMethodsKnown,
  // Routes
  routeJwtAuthorizer,
  routeArnLength,
  // Integrations
  integrationMethodRequired,
  integrationMethod,
  integrationPrivateUri,
  integrationCredentialsArn,
  integrationStageVariablePosition,
  wsIntegrationLambdaPost,
  wsIntegrationPassthrough,
  wsIntegrationProxyTemplates,
  // Authorizers
  authorizerUriForm,
  authorizerCredentialsArn,
  authorizerJwtLambdaProperties,
  authorizerIdentityValidation,
  // Stages and deployments
  stageNameUnique,
  stageAccessLogFormatSize,
  stageAccessLogVariable,
  stageLoggingLevel,
  stageAccessPolicy,
  deploymentNoRoutes,
  deploymentRouteOrder,
  // API mappings
  mappingStageOrder,
  // Quotas
  quotaRoutesPerApi,
  quotaIntegrationsPerHttpApi,
  quotaIntegrationsPerWebSocketApi,
  quotaStagesPerApi,
  quotaAuthorizersPerApi,
  quotaStageVariables,
  quotaTagsPerResource,
  quotaMultiLevelMappings,
  quotaDomainNames,
  quotaVpcLinks,
  quotaRoutingRulesPerDomain,
];
