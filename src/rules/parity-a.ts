import { apiDescription } from './api/api-description';
import { apiOpenapiDocument } from './api/api-openapi-document';
import { apiOpenapiExclusive } from './api/api-openapi-exclusive';
import { apiTags } from './api/api-tags';
import { corsCredentialsWildcard } from './api/cors-credentials-wildcard';
import { corsMaxAge } from './api/cors-max-age';
import { corsOrigin } from './api/cors-origin';
import { authorizerApi } from './authorizer/authorizer-api';
import { authorizerName } from './authorizer/authorizer-name';
import { integrationResponseKeyUnique } from './integration/integration-response-key-unique';
import { integrationUri } from './integration/integration-uri';
import { integrationVpcLink } from './integration/integration-vpc-link';
import { routeAuthorizationScopes } from './route/route-authorization-scopes';
import { routeOperationName } from './route/route-operation-name';
import { wsRouteAuthorization } from './route/ws-route-authorization';
import { Rule } from './rule';

/**
 * The rules whose ids the HTTP and WebSocket constructs already throw with: the same check over the
 * template, so `Switchyard.check` and `switchyard lint` report what the constructs reject.
 */
export const PARITY_A_RULES: readonly Rule[] = [
  apiDescription,
  apiOpenapiExclusive,
  apiOpenapiDocument,
  apiTags,
  corsCredentialsWildcard,
  corsMaxAge,
  corsOrigin,
  routeAuthorizationScopes,
  routeOperationName,
  wsRouteAuthorization,
  authorizerName,
  authorizerApi,
  integrationUri,
  integrationVpcLink,
  integrationResponseKeyUnique,
];
