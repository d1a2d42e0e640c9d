import { wsIntegrationResponseContentHandling } from './integration/ws-integration-response-content-handling';
import { wsIntegrationResponseDefault } from './integration/ws-integration-response-default';
import { routeKeyRequired } from './route/route-key-required';
import { wsRouteApiKey } from './route/ws-route-api-key';
import { wsRouteAuthorizationType } from './route/ws-route-authorization-type';
import { wsRouteCustomAuthorizer } from './route/ws-route-custom-authorizer';
import { wsRouteDefaultRequestModel } from './route/ws-route-default-request-model';
import { wsRouteModelReference } from './route/ws-route-model-reference';
import { wsRouteModelSelectionRequired } from './route/ws-route-model-selection-required';
import { wsRouteResponseModelSelection } from './route/ws-route-response-model-selection';
import { wsRouteResponseParameter } from './route/ws-route-response-parameter';
import { wsRouteTwoWay } from './route/ws-route-two-way';
import { Rule } from './rule';

/**
 * Route rules added with WebSocket routes (`route-key-required` holds for HTTP routes too), and the WebSocket
 * route-response, request-validation and integration-response rules.
 */
export const WEBSOCKET_ROUTE_RULES: readonly Rule[] = [
  // Routes
  wsRouteApiKey,
  routeKeyRequired,
  wsRouteAuthorizationType,
  wsRouteCustomAuthorizer,
  // Request validation
  wsRouteModelSelectionRequired,
  wsRouteDefaultRequestModel,
  wsRouteModelReference,
  // Route responses
  wsRouteTwoWay,
  wsRouteResponseModelSelection,
  wsRouteResponseParameter,
  // Integration responses
  wsIntegrationResponseDefault,
  wsIntegrationResponseContentHandling,
];
