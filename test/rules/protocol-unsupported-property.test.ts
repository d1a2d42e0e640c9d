import { expectRule } from './rule-table';
import { protocolMismatchedProperty } from '../../src/rules/protocol/protocol-mismatched-property';
import { protocolUnsupportedProperty } from '../../src/rules/protocol/protocol-unsupported-property';

const V2 = 'AWS::ApiGatewayV2::';
const HTTP_API = { Type: `${V2}Api`, Properties: { Name: 'orders', ProtocolType: 'HTTP' } };
const WS_API = { Type: `${V2}Api`, Properties: { Name: 'chat', ProtocolType: 'WEBSOCKET', RouteSelectionExpression: '$request.body.action' } };
const UNKNOWN_API = { Type: `${V2}Api`, Properties: { Name: 'any', ProtocolType: { Ref: 'Protocol' } } };

const httpApi = (properties: Record<string, unknown>) => ({ Api: { ...HTTP_API, Properties: { ...HTTP_API.Properties, ...properties } } });
const wsApi = (properties: Record<string, unknown>) => ({ Api: { ...WS_API, Properties: { ...WS_API.Properties, ...properties } } });
/** One child resource of the given API; ApiId links it with a Ref unless given. */
const child = (api: object, kind: string, properties: Record<string, unknown>, apiId: unknown = { Ref: 'Api' }) => ({
  Api: api,
  Child: { Type: `${V2}${kind}`, Properties: { ApiId: apiId, ...properties } },
});
const at = (resource: string, path: string) => [{ resource, path }];

expectRule(protocolUnsupportedProperty, {
  valid: [
    { name: 'HTTP API with CORS and an OpenAPI body', resources: httpApi({ CorsConfiguration: { AllowOrigins: ['https://example.com'] }, Body: { openapi: '3.0.1' }, BasePath: 'split' }) },
    { name: 'HTTP API quick create', resources: httpApi({ Target: 'arn:aws:lambda:us-east-1:123456789012:function:f', RouteKey: 'GET /', CredentialsArn: 'arn:aws:iam::123456789012:role/r' }) },
    { name: 'HTTP API with DisableSchemaValidation false', resources: httpApi({ DisableSchemaValidation: false }) },
    { name: 'WebSocket API with API keys and no schema validation', resources: wsApi({ ApiKeySelectionExpression: '$request.header.x-api-key', DisableSchemaValidation: true }) },
    { name: 'WebSocket API with CorsConfiguration AWS::NoValue', resources: wsApi({ CorsConfiguration: { Ref: 'AWS::NoValue' } }) },
    { name: 'WebSocket API with CorsConfiguration from an Fn::If', resources: wsApi({ CorsConfiguration: { 'Fn::If': ['IsHttp', { AllowOrigins: ['*'] }, { Ref: 'AWS::NoValue' }] } }) },
    { name: 'WebSocket API with an empty CorsConfiguration map', resources: wsApi({ CorsConfiguration: {} }) },
    { name: 'HTTP API with ApiKeySelectionExpression as a CDK token', resources: httpApi({ ApiKeySelectionExpression: '${Token[TOKEN.12]}' }) },
    { name: 'HTTP route with ApiKeyRequired false', resources: child(HTTP_API, 'Route', { RouteKey: 'GET /', ApiKeyRequired: false }) },
    { name: 'HTTP route with ApiKeyRequired "false"', resources: child(HTTP_API, 'Route', { RouteKey: 'GET /', ApiKeyRequired: 'false' }) },
    { name: 'HTTP route with ApiKeyRequired from a Ref', resources: child(HTTP_API, 'Route', { RouteKey: 'GET /', ApiKeyRequired: { Ref: 'RequireKey' } }) },
    { name: 'HTTP route with empty RequestParameters and RequestModels', resources: child(HTTP_API, 'Route', { RouteKey: 'GET /', RequestParameters: {}, RequestModels: {} }) },
    { name: 'WebSocket route with every WebSocket property', resources: child(WS_API, 'Route', { RouteKey: '$connect', ApiKeyRequired: true, RequestParameters: { 'route.request.header.x-id': { Required: true } }, RequestModels: { $default: 'M' }, ModelSelectionExpression: '$request.body.type', RouteResponseSelectionExpression: '$default' }) },
    { name: 'HTTP integration with HTTP-only properties', resources: child(HTTP_API, 'Integration', { IntegrationType: 'AWS_PROXY', IntegrationSubtype: 'SQS-SendMessage', TlsConfig: { ServerNameToVerify: 'example.com' }, ResponseParameters: { 200: { 'append:header.x': 'y' } } }) },
    { name: 'WebSocket integration with WebSocket-only properties', resources: child(WS_API, 'Integration', { IntegrationType: 'AWS', RequestTemplates: { $default: '{}' }, TemplateSelectionExpression: '\\$default', PassthroughBehavior: 'NEVER', ContentHandlingStrategy: 'CONVERT_TO_TEXT' }) },
    { name: 'HTTP integration with RequestTemplates from a Ref', resources: child(HTTP_API, 'Integration', { IntegrationType: 'AWS_PROXY', RequestTemplates: { Ref: 'Templates' }, PassthroughBehavior: { 'Fn::Sub': '${Behavior}' } }) },
    { name: 'HTTP JWT authorizer', resources: child(HTTP_API, 'Authorizer', { AuthorizerType: 'JWT', JwtConfiguration: { Issuer: 'https://issuer.example.com', Audience: ['a'] } }) },
    { name: 'HTTP Lambda authorizer', resources: child(HTTP_API, 'Authorizer', { AuthorizerType: 'REQUEST', AuthorizerPayloadFormatVersion: '2.0', EnableSimpleResponses: true, AuthorizerResultTtlInSeconds: 300 }) },
    { name: 'WebSocket authorizer with EnableSimpleResponses false', resources: child(WS_API, 'Authorizer', { AuthorizerType: 'REQUEST', EnableSimpleResponses: false }) },
    { name: 'WebSocket authorizer with a TTL from an Fn::GetAtt', resources: child(WS_API, 'Authorizer', { AuthorizerType: 'REQUEST', AuthorizerResultTtlInSeconds: { 'Fn::GetAtt': ['Config', 'Ttl'] } }) },
    { name: 'WebSocket stage with execution logs and a client certificate', resources: child(WS_API, 'Stage', { StageName: 'prod', ClientCertificateId: 'abc123', DefaultRouteSettings: { LoggingLevel: 'INFO', DataTraceEnabled: true }, RouteSettings: { $connect: { LoggingLevel: 'ERROR' } } }) },
    { name: 'HTTP stage with throttling only', resources: child(HTTP_API, 'Stage', { StageName: '$default', DefaultRouteSettings: { ThrottlingBurstLimit: 10, DataTraceEnabled: false } }) },
    { name: 'HTTP stage with ClientCertificateId AWS::NoValue', resources: child(HTTP_API, 'Stage', { StageName: '$default', ClientCertificateId: { Ref: 'AWS::NoValue' } }) },
    { name: 'API protocol unknown', resources: child(UNKNOWN_API, 'Route', { RouteKey: 'GET /', ApiKeyRequired: true }) },
    { name: 'API protocol unknown, API properties', resources: { Api: { ...UNKNOWN_API, Properties: { ...UNKNOWN_API.Properties, CorsConfiguration: { AllowOrigins: ['*'] }, ApiKeySelectionExpression: '$request.header.x-api-key' } } } },
    { name: 'ApiId of an imported API', resources: child(HTTP_API, 'Stage', { StageName: 'prod', ClientCertificateId: 'abc' }, 'a1b2c3d4e5') },
    { name: 'ApiId from an Fn::ImportValue', resources: child(HTTP_API, 'Route', { RouteKey: 'GET /', ApiKeyRequired: true }, { 'Fn::ImportValue': 'ApiId' }) },
    // Documented as supported only for the other protocol, but not seen rejected: protocol-mismatched-property
    { name: 'WebSocket API with Body', resources: wsApi({ Body: { openapi: '3.0.1' } }) },
    { name: 'WebSocket API with BodyS3Location and BasePath', resources: wsApi({ BodyS3Location: { Bucket: 'b', Key: 'k' }, BasePath: 'split' }) },
    { name: 'WebSocket API with quick create', resources: wsApi({ Target: 'arn:aws:lambda:us-east-1:123456789012:function:f', RouteKey: '$default', CredentialsArn: 'arn:aws:iam::123456789012:role/r' }) },
    { name: 'HTTP API with ApiKeySelectionExpression', resources: httpApi({ ApiKeySelectionExpression: '$request.header.x-api-key' }) },
    { name: 'HTTP API with DisableSchemaValidation', resources: httpApi({ DisableSchemaValidation: true }) },
    { name: 'HTTP route with RequestParameters', resources: child(HTTP_API, 'Route', { RouteKey: 'GET /', RequestParameters: { 'route.request.header.x': { Required: true } } }) },
    { name: 'HTTP route with request models', resources: child(HTTP_API, 'Route', { RouteKey: 'GET /', RequestModels: { $default: 'M' }, ModelSelectionExpression: '$request.body.type' }) },
    { name: 'HTTP route with RouteResponseSelectionExpression', resources: child(HTTP_API, 'Route', { RouteKey: 'GET /', RouteResponseSelectionExpression: '$default' }) },
    { name: 'WebSocket integration with IntegrationSubtype', resources: child(WS_API, 'Integration', { IntegrationType: 'AWS_PROXY', IntegrationSubtype: 'SQS-SendMessage' }) },
    { name: 'WebSocket integration with TlsConfig', resources: child(WS_API, 'Integration', { IntegrationType: 'HTTP_PROXY', TlsConfig: { ServerNameToVerify: 'example.com' } }) },
    { name: 'WebSocket integration with ResponseParameters', resources: child(WS_API, 'Integration', { IntegrationType: 'AWS', ResponseParameters: { 200: { 'append:header.x': 'y' } } }) },
    { name: 'HTTP integration with WebSocket template properties', resources: child(HTTP_API, 'Integration', { IntegrationType: 'AWS_PROXY', RequestTemplates: { 'application/json': '{}' }, TemplateSelectionExpression: '\\$default', PassthroughBehavior: 'NEVER', ContentHandlingStrategy: 'CONVERT_TO_TEXT' }) },
    { name: 'WebSocket authorizer with JwtConfiguration', resources: child(WS_API, 'Authorizer', { AuthorizerType: 'REQUEST', JwtConfiguration: { Issuer: 'https://issuer.example.com' } }) },
    { name: 'WebSocket authorizer with HTTP Lambda authorizer properties', resources: child(WS_API, 'Authorizer', { AuthorizerType: 'REQUEST', AuthorizerPayloadFormatVersion: '1.0', EnableSimpleResponses: true, AuthorizerResultTtlInSeconds: 0 }) },
    { name: 'HTTP stage with ClientCertificateId', resources: child(HTTP_API, 'Stage', { StageName: '$default', ClientCertificateId: 'abc123' }) },
  ],
  invalid: [
    { name: 'WebSocket API with CorsConfiguration', resources: wsApi({ CorsConfiguration: { AllowOrigins: ['*'] } }), findings: at('Api', 'CorsConfiguration') },
    { name: 'HTTP route with ApiKeyRequired true', resources: child(HTTP_API, 'Route', { RouteKey: 'GET /', ApiKeyRequired: true }), findings: at('Child', 'ApiKeyRequired') },
    { name: 'HTTP route with ApiKeyRequired "true", linked by Fn::GetAtt', resources: child(HTTP_API, 'Route', { RouteKey: 'GET /', ApiKeyRequired: 'true' }, { 'Fn::GetAtt': ['Api', 'ApiId'] }), findings: at('Child', 'ApiKeyRequired') },
    { name: 'HTTP stage with default execution logging', resources: child(HTTP_API, 'Stage', { StageName: '$default', DefaultRouteSettings: { LoggingLevel: 'INFO', DataTraceEnabled: true } }), findings: [{ resource: 'Child', path: 'DefaultRouteSettings.LoggingLevel' }, { resource: 'Child', path: 'DefaultRouteSettings.DataTraceEnabled' }] },
    { name: 'HTTP stage with LoggingLevel OFF on a route', resources: child(HTTP_API, 'Stage', { StageName: '$default', RouteSettings: { 'GET /items': { LoggingLevel: 'OFF' } } }), findings: at('Child', 'RouteSettings.GET /items.LoggingLevel') },
  ],
});

expectRule(protocolMismatchedProperty, {
  valid: [
    { name: 'HTTP API with CORS and an OpenAPI body', resources: httpApi({ CorsConfiguration: { AllowOrigins: ['https://example.com'] }, Body: { openapi: '3.0.1' }, BasePath: 'split' }) },
    { name: 'HTTP API quick create', resources: httpApi({ Target: 'arn:aws:lambda:us-east-1:123456789012:function:f', RouteKey: 'GET /', CredentialsArn: 'arn:aws:iam::123456789012:role/r' }) },
    { name: 'HTTP API with DisableSchemaValidation false', resources: httpApi({ DisableSchemaValidation: false }) },
    { name: 'WebSocket API with API keys and no schema validation', resources: wsApi({ ApiKeySelectionExpression: '$request.header.x-api-key', DisableSchemaValidation: true }) },
    { name: 'WebSocket API with CorsConfiguration AWS::NoValue', resources: wsApi({ CorsConfiguration: { Ref: 'AWS::NoValue' } }) },
    { name: 'WebSocket API with CorsConfiguration from an Fn::If', resources: wsApi({ CorsConfiguration: { 'Fn::If': ['IsHttp', { AllowOrigins: ['*'] }, { Ref: 'AWS::NoValue' }] } }) },
    { name: 'WebSocket API with an empty CorsConfiguration map', resources: wsApi({ CorsConfiguration: {} }) },
    { name: 'HTTP API with ApiKeySelectionExpression as a CDK token', resources: httpApi({ ApiKeySelectionExpression: '${Token[TOKEN.12]}' }) },
    { name: 'HTTP route with ApiKeyRequired false', resources: child(HTTP_API, 'Route', { RouteKey: 'GET /', ApiKeyRequired: false }) },
    { name: 'HTTP route with ApiKeyRequired "false"', resources: child(HTTP_API, 'Route', { RouteKey: 'GET /', ApiKeyRequired: 'false' }) },
    { name: 'HTTP route with ApiKeyRequired from a Ref', resources: child(HTTP_API, 'Route', { RouteKey: 'GET /', ApiKeyRequired: { Ref: 'RequireKey' } }) },
    { name: 'HTTP route with empty RequestParameters and RequestModels', resources: child(HTTP_API, 'Route', { RouteKey: 'GET /', RequestParameters: {}, RequestModels: {} }) },
    { name: 'WebSocket route with every WebSocket property', resources: child(WS_API, 'Route', { RouteKey: '$connect', ApiKeyRequired: true, RequestParameters: { 'route.request.header.x-id': { Required: true } }, RequestModels: { $default: 'M' }, ModelSelectionExpression: '$request.body.type', RouteResponseSelectionExpression: '$default' }) },
    { name: 'HTTP integration with HTTP-only properties', resources: child(HTTP_API, 'Integration', { IntegrationType: 'AWS_PROXY', IntegrationSubtype: 'SQS-SendMessage', TlsConfig: { ServerNameToVerify: 'example.com' }, ResponseParameters: { 200: { 'append:header.x': 'y' } } }) },
    { name: 'WebSocket integration with WebSocket-only properties', resources: child(WS_API, 'Integration', { IntegrationType: 'AWS', RequestTemplates: { $default: '{}' }, TemplateSelectionExpression: '\\$default', PassthroughBehavior: 'NEVER', ContentHandlingStrategy: 'CONVERT_TO_TEXT' }) },
    { name: 'HTTP integration with RequestTemplates from a Ref', resources: child(HTTP_API, 'Integration', { IntegrationType: 'AWS_PROXY', RequestTemplates: { Ref: 'Templates' }, PassthroughBehavior: { 'Fn::Sub': '${Behavior}' } }) },
    { name: 'HTTP JWT authorizer', resources: child(HTTP_API, 'Authorizer', { AuthorizerType: 'JWT', JwtConfiguration: { Issuer: 'https://issuer.example.com', Audience: ['a'] } }) },
    { name: 'HTTP Lambda authorizer', resources: child(HTTP_API, 'Authorizer', { AuthorizerType: 'REQUEST', AuthorizerPayloadFormatVersion: '2.0', EnableSimpleResponses: true, AuthorizerResultTtlInSeconds: 300 }) },
    { name: 'WebSocket authorizer with EnableSimpleResponses false', resources: child(WS_API, 'Authorizer', { AuthorizerType: 'REQUEST', EnableSimpleResponses: false }) },
    { name: 'WebSocket authorizer with a TTL from an Fn::GetAtt', resources: child(WS_API, 'Authorizer', { AuthorizerType: 'REQUEST', AuthorizerResultTtlInSeconds: { 'Fn::GetAtt': ['Config', 'Ttl'] } }) },
    { name: 'WebSocket stage with execution logs and a client certificate', resources: child(WS_API, 'Stage', { StageName: 'prod', ClientCertificateId: 'abc123', DefaultRouteSettings: { LoggingLevel: 'INFO', DataTraceEnabled: true }, RouteSettings: { $connect: { LoggingLevel: 'ERROR' } } }) },
    { name: 'HTTP stage with throttling only', resources: child(HTTP_API, 'Stage', { StageName: '$default', DefaultRouteSettings: { ThrottlingBurstLimit: 10, DataTraceEnabled: false } }) },
    { name: 'HTTP stage with ClientCertificateId AWS::NoValue', resources: child(HTTP_API, 'Stage', { StageName: '$default', ClientCertificateId: { Ref: 'AWS::NoValue' } }) },
    { name: 'API protocol unknown', resources: child(UNKNOWN_API, 'Route', { RouteKey: 'GET /', ApiKeyRequired: true }) },
    { name: 'API protocol unknown, API properties', resources: { Api: { ...UNKNOWN_API, Properties: { ...UNKNOWN_API.Properties, CorsConfiguration: { AllowOrigins: ['*'] }, ApiKeySelectionExpression: '$request.header.x-api-key' } } } },
    { name: 'ApiId of an imported API', resources: child(HTTP_API, 'Stage', { StageName: 'prod', ClientCertificateId: 'abc' }, 'a1b2c3d4e5') },
    { name: 'ApiId from an Fn::ImportValue', resources: child(HTTP_API, 'Route', { RouteKey: 'GET /', ApiKeyRequired: true }, { 'Fn::ImportValue': 'ApiId' }) },
    // Seen rejected: protocol-unsupported-property
    { name: 'WebSocket API with CorsConfiguration', resources: wsApi({ CorsConfiguration: { AllowOrigins: ['*'] } }) },
    { name: 'HTTP route with ApiKeyRequired true', resources: child(HTTP_API, 'Route', { RouteKey: 'GET /', ApiKeyRequired: true }) },
    { name: 'HTTP route with ApiKeyRequired "true", linked by Fn::GetAtt', resources: child(HTTP_API, 'Route', { RouteKey: 'GET /', ApiKeyRequired: 'true' }, { 'Fn::GetAtt': ['Api', 'ApiId'] }) },
    { name: 'HTTP stage with default execution logging', resources: child(HTTP_API, 'Stage', { StageName: '$default', DefaultRouteSettings: { LoggingLevel: 'INFO', DataTraceEnabled: true } }) },
    { name: 'HTTP stage with LoggingLevel OFF on a route', resources: child(HTTP_API, 'Stage', { StageName: '$default', RouteSettings: { 'GET /items': { LoggingLevel: 'OFF' } } }) },
  ],
  invalid: [
    { name: 'WebSocket API with Body', resources: wsApi({ Body: { openapi: '3.0.1' } }), findings: at('Api', 'Body') },
    { name: 'WebSocket API with BodyS3Location and BasePath', resources: wsApi({ BodyS3Location: { Bucket: 'b', Key: 'k' }, BasePath: 'split' }), findings: [{ resource: 'Api', path: 'BodyS3Location' }, { resource: 'Api', path: 'BasePath' }] },
    { name: 'WebSocket API with quick create', resources: wsApi({ Target: 'arn:aws:lambda:us-east-1:123456789012:function:f', RouteKey: '$default', CredentialsArn: 'arn:aws:iam::123456789012:role/r' }), findings: [{ resource: 'Api', path: 'Target' }, { resource: 'Api', path: 'RouteKey' }, { resource: 'Api', path: 'CredentialsArn' }] },
    { name: 'HTTP API with ApiKeySelectionExpression', resources: httpApi({ ApiKeySelectionExpression: '$request.header.x-api-key' }), findings: at('Api', 'ApiKeySelectionExpression') },
    { name: 'HTTP API with DisableSchemaValidation', resources: httpApi({ DisableSchemaValidation: true }), findings: at('Api', 'DisableSchemaValidation') },
    { name: 'HTTP route with RequestParameters', resources: child(HTTP_API, 'Route', { RouteKey: 'GET /', RequestParameters: { 'route.request.header.x': { Required: true } } }), findings: at('Child', 'RequestParameters') },
    { name: 'HTTP route with request models', resources: child(HTTP_API, 'Route', { RouteKey: 'GET /', RequestModels: { $default: 'M' }, ModelSelectionExpression: '$request.body.type' }), findings: [{ resource: 'Child', path: 'RequestModels' }, { resource: 'Child', path: 'ModelSelectionExpression' }] },
    { name: 'HTTP route with RouteResponseSelectionExpression', resources: child(HTTP_API, 'Route', { RouteKey: 'GET /', RouteResponseSelectionExpression: '$default' }), findings: at('Child', 'RouteResponseSelectionExpression') },
    { name: 'WebSocket integration with IntegrationSubtype', resources: child(WS_API, 'Integration', { IntegrationType: 'AWS_PROXY', IntegrationSubtype: 'SQS-SendMessage' }), findings: at('Child', 'IntegrationSubtype') },
    { name: 'WebSocket integration with TlsConfig', resources: child(WS_API, 'Integration', { IntegrationType: 'HTTP_PROXY', TlsConfig: { ServerNameToVerify: 'example.com' } }), findings: at('Child', 'TlsConfig') },
    { name: 'WebSocket integration with ResponseParameters', resources: child(WS_API, 'Integration', { IntegrationType: 'AWS', ResponseParameters: { 200: { 'append:header.x': 'y' } } }), findings: at('Child', 'ResponseParameters') },
    { name: 'HTTP integration with WebSocket template properties', resources: child(HTTP_API, 'Integration', { IntegrationType: 'AWS_PROXY', RequestTemplates: { 'application/json': '{}' }, TemplateSelectionExpression: '\\$default', PassthroughBehavior: 'NEVER', ContentHandlingStrategy: 'CONVERT_TO_TEXT' }), findings: [{ resource: 'Child', path: 'RequestTemplates' }, { resource: 'Child', path: 'TemplateSelectionExpression' }, { resource: 'Child', path: 'PassthroughBehavior' }, { resource: 'Child', path: 'ContentHandlingStrategy' }] },
    { name: 'WebSocket authorizer with JwtConfiguration', resources: child(WS_API, 'Authorizer', { AuthorizerType: 'REQUEST', JwtConfiguration: { Issuer: 'https://issuer.example.com' } }), findings: at('Child', 'JwtConfiguration') },
    { name: 'WebSocket authorizer with HTTP Lambda authorizer properties', resources: child(WS_API, 'Authorizer', { AuthorizerType: 'REQUEST', AuthorizerPayloadFormatVersion: '1.0', EnableSimpleResponses: true, AuthorizerResultTtlInSeconds: 0 }), findings: [{ resource: 'Child', path: 'AuthorizerPayloadFormatVersion' }, { resource: 'Child', path: 'EnableSimpleResponses' }, { resource: 'Child', path: 'AuthorizerResultTtlInSeconds' }] },
    { name: 'HTTP stage with ClientCertificateId', resources: child(HTTP_API, 'Stage', { StageName: '$default', ClientCertificateId: 'abc123' }), findings: at('Child', 'ClientCertificateId') },
  ],
});
