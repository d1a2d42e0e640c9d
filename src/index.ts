export * from './check/switchyard';
export * from './check/policy-plugin';
export { Finding } from './rules/rule';
export * from './vtl/mapping-template';
export * from './common/domain-name';
export * from './common/api-mapping';
export * from './common/routing-rule';
export * from './common/vpc-link';
export { MappingValue, IMappingValue, HttpMappingRequest } from './common/mapping-value';
export { ParameterMapping, ResponseParameterMapping, HttpResponseParameters } from './common/parameter-mapping';
export { WebSocketMappingValue, WebSocketParameterMapping } from './common/websocket-mapping';
export { HttpRouteKey, WebSocketRouteKey, HttpMethod } from './common/route-key';
export {
  WebSocketRouteSelectionExpression,
  ApiKeySelectionExpression,
  RouteResponseSelectionExpression,
  TemplateSelectionExpression,
  IntegrationResponseTemplateSelectionExpression,
  IntegrationResponseKey,
  ModelSelectionExpression,
} from './common/selection-expression';
export { HttpIdentitySource, WebSocketIdentitySource } from './common/identity-source';
export { HttpIntegrationSubtype } from './common/integration-subtype';
export { IRoute } from './common/route';
export { IIntegration } from './common/integration';
export { IAuthorizer } from './common/authorizer';
export * from './http';
export * from './websocket';
export {
  StageAccessLogFormat, StageAccessLogOptions, AccessLogDestinationConfig, IAccessLogDestination, LogGroupLogDestination,
} from './common/access-log';
export { StageThrottleSettings } from './common/stage-base';
export { IApi } from './common/api';
export { IStage, ThrottleSettings, DomainMappingOptions, IAccessLogSettings, StageOptions, StageAttributes } from './common/stage';
export { HttpPatternProps } from './patterns/http-pattern';
export * from './patterns/http-event-bus-api';
export * from './patterns/http-private-backend-api';
export * from './patterns/websocket-connections-api';
export * from './patterns/http-queue-api';
