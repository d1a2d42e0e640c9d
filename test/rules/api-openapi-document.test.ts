import fc from 'fast-check';
import { expectRule } from './rule-table';
import { apiOpenapiDocument, openApiDocumentProblems } from '../../src/rules/api/api-openapi-document';

const integration = (members: object) => ({ type: 'http_proxy', httpMethod: 'GET', uri: 'https://example.com', payloadFormatVersion: '1.0', ...members });
const doc = (extra: object = {}, op: object = {}) => ({
  openapi: '3.0.1',
  info: { title: 'pets', version: '1' },
  paths: { '/pets/{id}': { get: { 'x-amazon-apigateway-integration': integration(op) } } },
  ...extra,
});
const api = (body: unknown, protocol?: string) => ({ Api: { Type: 'AWS::ApiGatewayV2::Api', Properties: { Body: body, ...(protocol ? { ProtocolType: protocol } : {}) } } });
const OP = 'Body/paths/~1pets~1{id}/get/x-amazon-apigateway-integration';
const authorizer = (a: object) => doc({ components: { securitySchemes: { lambda: { 'type': 'apiKey', 'x-amazon-apigateway-authorizer': a } } } });

expectRule(apiOpenapiDocument, {
  valid: [
    {
      name: 'a document with every extension right',
      resources: api(doc({
        'components': {
          'securitySchemes': { jwt: { 'type': 'oauth2', 'x-amazon-apigateway-authorizer': { type: 'jwt', identitySource: '$request.header.Authorization', jwtConfiguration: { issuer: 'https://i.example.com', audience: ['a'] } } } },
          'x-amazon-apigateway-integrations': { sqs: { type: 'aws_proxy', integrationSubtype: 'SQS-SendMessage', credentials: 'arn:aws:iam::111122223333:role/r', requestParameters: { QueueUrl: 'q', MessageBody: '$request.body' }, payloadFormatVersion: '1.0' } },
        },
        'x-amazon-apigateway-cors': { allowOrigins: ['https://app.example.com'], allowCredentials: true, maxAge: 600 },
      }, { requestParameters: { 'append:header.x-id': '$context.requestId' }, responseParameters: { 404: { 'overwrite:statuscode': 410 } }, timeoutInMillis: 30_000 })),
    },
    { name: 'an empty document', resources: api({ openapi: '3.0.1', paths: {} }) },
    { name: 'a Body from Fn::Transform (AWS::Include)', resources: api({ 'Fn::Transform': { Name: 'AWS::Include', Parameters: { Location: 's3://b/k' } } }) },
    { name: 'an unknown member value', resources: api(doc({}, { timeoutInMillis: { Ref: 'Timeout' }, requestParameters: { 'append:header.x': { 'Fn::Sub': '${X}' } } })) },
    { name: 'a WebSocket API (protocol-unsupported-property reports Body)', resources: api(doc({}, { timeoutInMillis: 30_001 }), 'WEBSOCKET') },
    { name: 'a document in S3 with bucket and key', resources: { Api: { Type: 'AWS::ApiGatewayV2::Api', Properties: { BodyS3Location: { Bucket: 'b', Key: 'api.yaml' } } } } },
    { name: 'a bucket and key that are tokens', resources: { Api: { Type: 'AWS::ApiGatewayV2::Api', Properties: { BodyS3Location: { Bucket: { Ref: 'B' }, Key: { 'Fn::Sub': 'k' } } } } } },
    { name: 'an unknown location', resources: { Api: { Type: 'AWS::ApiGatewayV2::Api', Properties: { BodyS3Location: { Ref: 'Location' } } } } },
    { name: 'no Body', resources: { Api: { Type: 'AWS::ApiGatewayV2::Api', Properties: { Name: 'a', ProtocolType: 'HTTP' } } } },
  ],
  invalid: [
    { name: 'a location without key', resources: { Api: { Type: 'AWS::ApiGatewayV2::Api', Properties: { BodyS3Location: { Bucket: 'b' } } } }, findings: [{ resource: 'Api', path: 'BodyS3Location.Key' }] },
    {
      name: 'a location without bucket or key',
      resources: { Api: { Type: 'AWS::ApiGatewayV2::Api', Properties: { BodyS3Location: {} } } },
      findings: [{ resource: 'Api', path: 'BodyS3Location.Bucket' }, { resource: 'Api', path: 'BodyS3Location.Key' }],
    },
    { name: 'a timeout of 30001 ms', resources: api(doc({}, { timeoutInMillis: 30_001 })), findings: [{ resource: 'Api', path: `${OP}/timeoutInMillis` }] },
    { name: 'a bad route key', resources: api({ openapi: '3.0.1', paths: { '/pets/': { get: {} } } }), findings: [{ resource: 'Api', path: 'Body/paths/~1pets~1' }] },
    { name: 'a request mapping to the body', resources: api(doc({}, { requestParameters: { 'append:body.x': '$request.header.a' } })), findings: [{ resource: 'Api', path: `${OP}/requestParameters/append:body.x`, line: 1, column: 8 }] },
    { name: 'a reserved header', resources: api(doc({}, { requestParameters: { 'overwrite:header.Connection': 'x' } })), findings: [{ resource: 'Api', path: `${OP}/requestParameters/overwrite:header.Connection` }] },
    { name: 'a response status of 100', resources: api(doc({}, { responseParameters: { 100: { 'append:header.x': 'a' } } })), findings: [{ resource: 'Api', path: `${OP}/responseParameters/100` }] },
    { name: 'a subtype without credentials', resources: api(doc({}, { type: 'aws_proxy', integrationSubtype: 'SQS-PurgeQueue', requestParameters: { QueueUrl: 'q' } })), findings: [{ resource: 'Api', path: OP }] },
    { name: 'payload 2.0 on HTTP_PROXY', resources: api(doc({}, { payloadFormatVersion: '2.0' })), findings: [{ resource: 'Api', path: `${OP}/payloadFormatVersion` }] },
    { name: 'a TTL of 3601 s', resources: api(authorizer({ type: 'request', identitySource: '$request.header.A', authorizerResultTtlInSeconds: 3601 })), findings: [{ resource: 'Api', path: 'Body/components/securitySchemes/lambda/x-amazon-apigateway-authorizer/authorizerResultTtlInSeconds' }] },
    { name: 'a bad identity source in a list', resources: api(authorizer({ type: 'request', identitySource: ['$request.header.A', '$request.body.x'] })), findings: [{ resource: 'Api', path: 'Body/components/securitySchemes/lambda/x-amazon-apigateway-authorizer/identitySource/1', line: 1, column: 1 }] },
    { name: 'CORS credentials with "*" and a max age of 86401', resources: api(doc({ 'x-amazon-apigateway-cors': { allowOrigins: ['*'], allowCredentials: true, maxAge: 86_401 } })), findings: [{ resource: 'Api', path: 'Body/x-amazon-apigateway-cors/allowCredentials' }, { resource: 'Api', path: 'Body/x-amazon-apigateway-cors/maxAge' }] },
    { name: 'a Body that is a list', resources: api([]), findings: [{ resource: 'Api', path: 'Body' }] },
  ],
});

describe('openApiDocumentProblems', () => {
  test('names the rule each member breaks', () => {
    expect(openApiDocumentProblems(doc({}, { timeoutInMillis: 30_001 })).map(p => p.rule)).toEqual(['integration-timeout']);
  });

  test('never throws and always gives pointers into the document, over random and mutated documents', () => {
    const json = fc.letrec(tie => ({
      value: fc.oneof({ depthSize: 'small' }, fc.string(), fc.integer(), fc.boolean(), fc.constant(null), fc.array(tie('value'), { maxLength: 3 }), fc.dictionary(fc.string(), tie('value'), { maxKeys: 3 })),
    })).value;
    const member = fc.constantFrom('type', 'integrationSubtype', 'uri', 'credentials', 'payloadFormatVersion', 'timeoutInMillis', 'requestParameters', 'responseParameters', 'identitySource', 'authorizerResultTtlInSeconds');
    fc.assert(fc.property(fc.string(), fc.dictionary(member, json), fc.dictionary(member, json), (path, op, auth) => {
      const d = doc({ components: { securitySchemes: { a: { 'x-amazon-apigateway-authorizer': auth } } } }, op);
      (d.paths as Record<string, unknown>)[path] = { post: { 'x-amazon-apigateway-integration': op } };
      for (const p of openApiDocumentProblems(d)) expect(p.pointer).toMatch(/^\//);
    }), { numRuns: 300 });
  });
});
