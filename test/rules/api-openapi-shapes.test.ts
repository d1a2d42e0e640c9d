/**
 * OpenAPI bodies in the shapes real tools write for HTTP APIs, written here from what AWS SAM's translator
 * (samtranslator/open_api/open_api.py and its HttpApi output templates), API Gateway's export (OpenAPI 3.0 with
 * extensions) and AWS's own samples emit. Every valid shape deploys; each must lint with no finding.
 */
import { expectRule } from './rule-table';
import { apiOpenapiDocument } from '../../src/rules/api/api-openapi-document';

const api = (body: unknown) => ({ Api: { Type: 'AWS::ApiGatewayV2::Api', Properties: { Body: body } } });
const lambdaUri = { 'Fn::Sub': 'arn:${AWS::Partition}:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${Fn.Arn}/invocations' };
const NO_VALUE = { Ref: 'AWS::NoValue' };

/** The integration SAM adds to every HttpApi event (add_lambda_integration). */
const samIntegration = { httpMethod: 'POST', payloadFormatVersion: '2.0', type: 'aws_proxy', uri: lambdaUri };
const samTags = [{ 'name': 'httpapi:createdBy', 'x-amazon-apigateway-tag-value': 'SAM' }];
const samInfo = { title: { Ref: 'AWS::StackName' }, version: '1.0' };

/** The default route as SAM writes it for `Path: $default` (implicit API) or a user's `/$default` DefinitionBody. */
const samDefaultRoute = (path: string, extra: object = {}) => ({
  [path]: {
    'x-amazon-apigateway-any-method': { 'isDefaultRoute': true, 'responses': {}, 'x-amazon-apigateway-integration': samIntegration, ...extra },
  },
});

/** API Gateway's export of a Lambda proxy route (`aws apigatewayv2 export-api --specification OAS30`). */
const exportedOperation = (key: string, integration: object = {}) => ({
  'responses': { default: { description: `Default response for ${key}` } },
  'x-amazon-apigateway-integration': {
    payloadFormatVersion: '2.0',
    type: 'aws_proxy',
    httpMethod: 'POST',
    uri: 'arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:111122223333:function:f/invocations',
    connectionType: 'INTERNET',
    ...integration,
  },
});

expectRule(apiOpenapiDocument, {
  valid: [
    {
      name: 'SAM implicit HttpApi: path "$default", ANY, isDefaultRoute',
      resources: api({ openapi: '3.0.1', info: samInfo, paths: { ...samDefaultRoute('$default'), '/items': { get: { 'x-amazon-apigateway-integration': samIntegration, 'responses': {} } } }, tags: samTags }),
    },
    {
      name: 'SAM DefinitionBody with "/$default" and isDefaultRoute',
      resources: api({ openapi: '3.0', info: { title: { 'Fn::Sub': '${AWS::StackName}-HttpApi' }, version: '1.0' }, paths: samDefaultRoute('/$default'), tags: samTags }),
    },
    {
      name: 'SAM: a default route with a security requirement and a Ref timeout',
      resources: api({ openapi: '3.0.1', info: samInfo, paths: samDefaultRoute('$default', { 'security': [{ OAuth2: ['scope'] }], 'x-amazon-apigateway-integration': { ...samIntegration, timeoutInMillis: { Ref: 'Timeout' } } }) }),
    },
    {
      name: 'SAM: a path item and an operation under Fn::If (a function with a Condition)',
      resources: api({
        openapi: '3.0.1',
        info: samInfo,
        paths: {
          '/a': { 'Fn::If': ['IsProd', { post: { 'x-amazon-apigateway-integration': { ...samIntegration, payloadFormatVersion: '1.0' }, 'responses': {} } }, NO_VALUE] },
          '/b': { get: { 'Fn::If': ['IsProd', { 'x-amazon-apigateway-integration': samIntegration, 'responses': {} }, NO_VALUE] } },
          '$default': { 'Fn::If': ['IsProd', { 'x-amazon-apigateway-any-method': { 'Fn::If': ['IsProd', { 'isDefaultRoute': true, 'x-amazon-apigateway-integration': samIntegration }, NO_VALUE] } }, NO_VALUE] },
        },
      }),
    },
    {
      name: 'SAM: a whole Body under Fn::If',
      resources: api({ 'Fn::If': ['IsProd', { openapi: '3.0', paths: samDefaultRoute('$default') }, NO_VALUE] }),
    },
    {
      name: 'SAM Lambda authorizer: apiKey scheme, AuthorizerPayloadFormatVersion 2.0 passed through as a number, simple responses',
      resources: api({
        openapi: '3.0.1',
        info: samInfo,
        paths: samDefaultRoute('$default', { security: [{ LambdaAuth: [] }] }),
        components: {
          securitySchemes: {
            LambdaAuth: {
              'type': 'apiKey',
              'name': 'Unused',
              'in': 'header',
              'x-amazon-apigateway-authorizer': {
                authorizerCredentials: { 'Fn::GetAtt': ['AuthRole', 'Arn'] },
                authorizerPayloadFormatVersion: 2.0,
                authorizerResultTtlInSeconds: 60,
                authorizerUri: lambdaUri,
                enableSimpleResponses: true,
                identitySource: ['$context.contextVar', '$request.header.Authorization', '$request.querystring.petId', '$stageVariables.stageVar'],
                type: 'request',
              },
            },
            IamAuth: { 'type': 'apiKey', 'name': 'Authorization', 'in': 'header', 'x-amazon-apigateway-authtype': 'awsSigv4' },
          },
        },
        tags: samTags,
      }),
    },
    {
      name: 'SAM JWT authorizer, CORS under Fn::If and the execute-api endpoint setting',
      resources: api({
        'openapi': '3.0.1',
        'info': samInfo,
        'paths': { '/items/{id}': { get: { 'x-amazon-apigateway-integration': samIntegration, 'security': [{ OAuth2: [] }], 'responses': {}, 'parameters': [{ name: 'id', in: 'path', required: true }] } } },
        'components': {
          securitySchemes: {
            OAuth2: { 'type': 'oauth2', 'x-amazon-apigateway-authorizer': { identitySource: '$request.header.Authorization', jwtConfiguration: { audience: ['aud'], issuer: 'https://www.example.com/v1/connect/oidc' }, type: 'jwt' } },
          },
        },
        'x-amazon-apigateway-cors': { 'Fn::If': ['UseCors', { allowOrigins: ['https://example.com'], allowHeaders: ['x-apigateway-header'], allowMethods: ['GET'], maxAge: 600 }, NO_VALUE] },
        'servers': [{ 'x-amazon-apigateway-endpoint-configuration': { disableExecuteApiEndpoint: true } }],
        'tags': samTags,
      }),
    },
    {
      name: 'API Gateway export: "/$default" with isDefaultRoute, path-level parameters, unused integrations, CORS, import-export version',
      resources: api({
        'openapi': '3.0.1',
        'info': { title: 'my-api', version: '2024-01-01 00:00:00UTC' },
        'servers': [{ url: 'https://abc123.execute-api.us-east-1.amazonaws.com/{basePath}', variables: { basePath: { default: '' } } }],
        'paths': {
          '/$default': { 'x-amazon-apigateway-any-method': { isDefaultRoute: true, ...exportedOperation('ANY /$default') } },
          '/items/{id}': {
            get: exportedOperation('GET /items/{id}'),
            parameters: [{ name: 'id', in: 'path', description: 'Generated path parameter for id', required: true, schema: { type: 'string' } }],
          },
          '/{proxy+}': { 'x-amazon-apigateway-any-method': exportedOperation('ANY /{proxy+}', { timeoutInMillis: 30000 }) },
        },
        'components': {
          'x-amazon-apigateway-integrations': {
            unusedIntegration_abc1234: { payloadFormatVersion: '2.0', type: 'aws_proxy', httpMethod: 'POST', uri: 'arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:111122223333:function:g/invocations', connectionType: 'INTERNET' },
          },
        },
        'x-amazon-apigateway-cors': { allowMethods: ['*'], allowHeaders: ['*'], maxAge: 0, allowCredentials: false, allowOrigins: ['*'] },
        'x-amazon-apigateway-importexport-version': '1.0',
      }),
    },
    {
      name: 'API Gateway export: a private integration through a VPC link and a Step Functions integration',
      resources: api({
        'openapi': '3.0.1',
        'info': { title: 'private', version: 'v1' },
        'paths': {
          '/$default': {
            'x-amazon-apigateway-any-method': {
              'isDefaultRoute': true,
              'x-amazon-apigateway-integration': { payloadFormatVersion: '1.0', connectionId: 'abc123', connectionType: 'VPC_LINK', type: 'http_proxy', httpMethod: 'ANY', uri: 'arn:aws:elasticloadbalancing:us-east-1:111122223333:listener/net/nlb/1234/5678' },
            },
          },
          '/start': {
            post: {
              'responses': { default: { description: 'Default response for POST /start' } },
              'x-amazon-apigateway-integration': {
                integrationSubtype: 'StepFunctions-StartSyncExecution',
                credentials: 'arn:aws:iam::111122223333:role/api',
                requestParameters: { StateMachineArn: 'arn:aws:states:us-east-1:111122223333:stateMachine:m', Input: '$request.body' },
                payloadFormatVersion: '1.0',
                type: 'aws_proxy',
                connectionType: 'INTERNET',
              },
            },
          },
        },
        'x-amazon-apigateway-importexport-version': '1.0',
      }),
    },
    {
      name: 'payloadFormatVersion written as a number (1.0 and 2.0 in JSON, a CDK definition or SAM)',
      resources: api({
        openapi: '3.0.1',
        paths: {
          '/a': { get: { 'x-amazon-apigateway-integration': { ...samIntegration, payloadFormatVersion: 1.0 } } },
          '/b': { get: { 'x-amazon-apigateway-integration': { ...samIntegration, payloadFormatVersion: 2.0 } } },
          '/c': { get: { 'x-amazon-apigateway-integration': { type: 'http_proxy', httpMethod: 'GET', uri: 'https://example.com', payloadFormatVersion: 1.0 } } },
        },
      }),
    },
  ],
  invalid: [
    {
      name: 'a problem inside an Fn::If branch is found, with its pointer',
      resources: api({ openapi: '3.0.1', paths: { '/a': { 'Fn::If': ['C', { get: { 'x-amazon-apigateway-integration': { ...samIntegration, timeoutInMillis: 30001 } } }, NO_VALUE] } } }),
      findings: [{ resource: 'Api', path: 'Body/paths/~1a/Fn::If/1/get/x-amazon-apigateway-integration/timeoutInMillis' }],
    },
    {
      name: 'the default route\'s integration is still checked',
      resources: api({ openapi: '3.0.1', paths: samDefaultRoute('/$default', { 'x-amazon-apigateway-integration': { ...samIntegration, payloadFormatVersion: '3.0' } }) }),
      findings: [{ resource: 'Api', path: 'Body/paths/~1$default/x-amazon-apigateway-any-method/x-amazon-apigateway-integration/payloadFormatVersion' }],
    },
    {
      name: 'the number 2.0 on an HTTP proxy integration (no spelling of it is accepted)',
      resources: api({ openapi: '3.0.1', paths: { '/c': { get: { 'x-amazon-apigateway-integration': { type: 'http_proxy', httpMethod: 'GET', uri: 'https://example.com', payloadFormatVersion: 2.0 } } } } }),
      findings: [{ resource: 'Api', path: 'Body/paths/~1c/get/x-amazon-apigateway-integration/payloadFormatVersion' }],
    },
    {
      name: 'isDefaultRoute on an ANY method elsewhere makes the $default route; a bad path without it is still a bad route key',
      resources: api({ openapi: '3.0.1', paths: { '/a/': { 'x-amazon-apigateway-any-method': { isDefaultRoute: true } }, '/b/': { 'x-amazon-apigateway-any-method': {} } } }),
      findings: [{ resource: 'Api', path: 'Body/paths/~1b~1' }],
    },
  ],
});
