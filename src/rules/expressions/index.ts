import { httpIdentitySource } from './http-identity-source';
import { httpMappingBodyJsonPath } from './http-mapping-body-jsonpath';
import { httpMappingContextVariable } from './http-mapping-context-variable';
import { httpMappingPathParameter } from './http-mapping-path-parameter';
import { httpMappingRequestKey } from './http-mapping-request-key';
import { httpMappingRequestValue } from './http-mapping-request-value';
import { httpMappingReservedHeader } from './http-mapping-reserved-header';
import { httpMappingResponseKey } from './http-mapping-response-key';
import { httpMappingResponseShape } from './http-mapping-response-shape';
import { httpMappingResponseValue } from './http-mapping-response-value';
import { httpMappingStatusCode } from './http-mapping-status-code';
import { httpMappingStatusCodeValue } from './http-mapping-status-code-value';
import { httpMappingValueLength } from './http-mapping-value-length';
import { httpRouteKey } from './http-route-key';
import { httpRouteKeyDuplicateVariable } from './http-route-key-duplicate-variable';
import { httpSubtypeCredentials } from './http-subtype-credentials';
import { httpSubtypeKnown } from './http-subtype-known';
import { httpSubtypeParameterName } from './http-subtype-parameter-name';
import { httpSubtypeRequiredParameter } from './http-subtype-required-parameter';
import { integrationResponseKey } from './integration-response-key';
import { integrationResponseTemplateSelection } from './integration-response-template-selection';
import { integrationTemplateSelection } from './integration-template-selection';
import { jwtIdentitySource } from './jwt-identity-source';
import { modelSelectionExpression } from './model-selection-expression';
import { routeKeyUnique } from './route-key-unique';
import { routeResponseKey } from './route-response-key';
import { routeResponseSelectionExpression } from './route-response-selection-expression';
import { routeTarget } from './route-target';
import { selectionTemplateKeyUnreachable } from './selection-template-key-unreachable';
import { selectionUnescapedDefault } from './selection-unescaped-default';
import { wsIdentitySource } from './ws-identity-source';
import { wsIntegrationResponseParameter } from './ws-integration-response-parameter';
import { wsMappingConnectOnlySource } from './ws-mapping-connect-only-source';
import { wsMappingContextVariable } from './ws-mapping-context-variable';
import { wsMappingKey } from './ws-mapping-key';
import { wsMappingUndeclaredParameter } from './ws-mapping-undeclared-parameter';
import { wsMappingValue } from './ws-mapping-value';
import { wsRouteKey } from './ws-route-key';
import { wsRouteRequestParameter } from './ws-route-request-parameter';
import { wsRouteRequestParameterConnect } from './ws-route-request-parameter-connect';
import { wsRouteSelectionExpression } from './ws-route-selection-expression';
import { Rule } from '../rule';

/** The parameter-mapping, selection-expression, route-key and identity-source rules, in report order. */
export const EXPRESSION_RULES: readonly Rule[] = [
  wsRouteSelectionExpression,
  httpRouteKey,
  httpRouteKeyDuplicateVariable,
  wsRouteKey,
  routeKeyUnique,
  routeTarget,
  routeResponseSelectionExpression,
  routeResponseKey,
  wsRouteRequestParameter,
  wsRouteRequestParameterConnect,
  httpMappingRequestKey,
  httpMappingResponseKey,
  httpMappingStatusCode,
  httpMappingStatusCodeValue,
  httpMappingReservedHeader,
  httpMappingRequestValue,
  httpMappingResponseValue,
  httpMappingBodyJsonPath,
  httpMappingContextVariable,
  httpMappingPathParameter,
  httpMappingValueLength,
  httpMappingResponseShape,
  httpSubtypeKnown,
  httpSubtypeCredentials,
  httpSubtypeRequiredParameter,
  httpSubtypeParameterName,
  wsMappingKey,
  wsMappingValue,
  wsMappingConnectOnlySource,
  wsMappingUndeclaredParameter,
  wsMappingContextVariable,
  integrationTemplateSelection,
  integrationResponseKey,
  integrationResponseTemplateSelection,
  wsIntegrationResponseParameter,
  modelSelectionExpression,
  selectionUnescapedDefault,
  selectionTemplateKeyUnreachable,
  httpIdentitySource,
  jwtIdentitySource,
  wsIdentitySource,
];
