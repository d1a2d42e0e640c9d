import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import { Bucket } from 'aws-cdk-lib/aws-s3';
import { newStack, only } from './helpers';
import { HttpApi, HttpApiBasePath, HttpApiDefinition, HttpUrlIntegration } from '../../src/http';

/** A document with one route whose integration takes `integration` members. */
function doc(integration: object, extra: object = {}): string {
  return JSON.stringify({
    openapi: '3.0.1',
    info: { title: 'pets', version: '1' },
    paths: { '/pets/{id}': { get: { 'x-amazon-apigateway-integration': { type: 'http_proxy', httpMethod: 'GET', uri: 'https://example.com', payloadFormatVersion: '1.0', ...integration } } } },
    ...extra,
  });
}

describe('HttpApiDefinition', () => {
  test('an inline document becomes Body, with basePath and failOnWarnings; no name or protocol is written', () => {
    const stack = newStack();
    new HttpApi(stack, 'Api', { definition: HttpApiDefinition.fromString(doc({}), { basePath: HttpApiBasePath.SPLIT, failOnWarnings: true }) });
    const api = only(stack, 'AWS::ApiGatewayV2::Api');
    expect(api).toMatchObject({ BasePath: 'split', FailOnWarnings: true, Body: { info: { title: 'pets' } } });
    expect(api.Name).toBeUndefined();
    expect(api.ProtocolType).toBeUndefined();
  });

  test('YAML text and files; assets become BodyS3Location; a bucket object is taken as is', () => {
    const dir = mkdtempSync(join(tmpdir(), 'openapi-'));
    const file = join(dir, 'api.yaml');
    writeFileSync(file, 'openapi: 3.0.1\ninfo: {title: yaml, version: "1"}\npaths: {}\n');
    const stack = newStack();
    new HttpApi(stack, 'Yaml', { definition: HttpApiDefinition.fromFile(file) });
    new HttpApi(stack, 'Asset', { definition: HttpApiDefinition.fromAsset(file) });
    new HttpApi(stack, 'Bucket', { definition: HttpApiDefinition.fromBucket(new Bucket(stack, 'Docs'), 'api.json', 'v1') });
    const apis = Object.values(Template.fromStack(stack).findResources('AWS::ApiGatewayV2::Api')).map(r => (r as { Properties: Record<string, unknown> }).Properties);
    expect(apis[0].Body).toMatchObject({ info: { title: 'yaml' } });
    expect(apis[1].BodyS3Location).toEqual({ Bucket: expect.anything(), Key: expect.stringMatching(/\.yaml$/) });
    expect(apis[2].BodyS3Location).toEqual({ Bucket: { Ref: expect.stringMatching(/^Docs/) }, Key: 'api.json', Version: 'v1' });
  });

  test.each([
    ['a request mapping with a bad key', { requestParameters: { 'append:body.x': '$request.header.a' } }, 'http-mapping-request-key', '/paths/~1pets~1{id}/get/x-amazon-apigateway-integration/requestParameters/append:body.x'],
    ['a reserved header', { requestParameters: { 'overwrite:header.Connection': 'x' } }, 'http-mapping-reserved-header', '/requestParameters/overwrite:header.Connection'],
    ['a request value reading the response', { requestParameters: { 'append:header.x': '$response.header.a' } }, 'http-mapping-request-value', '/requestParameters/append:header.x'],
    ['a response status outside 200..599', { responseParameters: { 100: { 'append:header.x': 'a' } } }, 'http-mapping-status-code', '/responseParameters/100'],
    ['a subtype parameter missing', { type: 'aws_proxy', integrationSubtype: 'SQS-SendMessage', credentials: 'arn:aws:iam::111122223333:role/r', requestParameters: { QueueUrl: 'q' } }, 'http-subtype-required-parameter', '/requestParameters'],
    ['an unknown subtype', { type: 'aws_proxy', integrationSubtype: 'SQS-Send', credentials: 'arn:aws:iam::111122223333:role/r' }, 'http-subtype-known', '/integrationSubtype'],
    ['a subtype without credentials', { type: 'aws_proxy', integrationSubtype: 'SQS-PurgeQueue', requestParameters: { QueueUrl: 'q' } }, 'http-subtype-credentials', 'x-amazon-apigateway-integration:'],
    ['payload 2.0 on HTTP_PROXY', { payloadFormatVersion: '2.0' }, 'integration-payload-format-version', '/payloadFormatVersion'],
    ['a timeout of 30001 ms', { timeoutInMillis: 30_001 }, 'integration-timeout', '/timeoutInMillis'],
  ])('%s is refused with its rule id and JSON pointer', (_name, integration, rule, pointer) => {
    expect(() => HttpApiDefinition.fromString(doc(integration))).toThrow(new RegExp(`^\\[${rule}\\] OpenAPI definition at [^ ]*${pointer.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  });

  test('a valid document with every extension passes', () => {
    const ok = doc({ requestParameters: { 'append:header.x-id': '$context.requestId', 'overwrite:path': '$request.path.id' }, responseParameters: { 404: { 'overwrite:statuscode': '410' } }, timeoutInMillis: 30_000 }, {
      'components': {
        'securitySchemes': { jwt: { 'type': 'oauth2', 'x-amazon-apigateway-authorizer': { type: 'jwt', identitySource: '$request.header.Authorization', jwtConfiguration: { issuer: 'https://i.example.com', audience: ['a'] } } } },
        'x-amazon-apigateway-integrations': { sqs: { type: 'aws_proxy', integrationSubtype: 'SQS-SendMessage', credentials: 'arn:aws:iam::111122223333:role/r', requestParameters: { QueueUrl: 'q', MessageBody: '$request.body' }, payloadFormatVersion: '1.0' } },
      },
      'x-amazon-apigateway-cors': { allowOrigins: ['https://app.example.com'], allowCredentials: true, maxAge: 600 },
    });
    expect(() => HttpApiDefinition.fromString(ok)).not.toThrow();
  });

  test('payloadFormatVersion: 1.0 unquoted in YAML and isDefaultRoute on "/$default" pass', () => {
    const yaml = [
      'openapi: 3.0.1',
      'info: { title: pets, version: 1.0 }',
      'paths:',
      '  /$default:',
      '    x-amazon-apigateway-any-method:',
      '      isDefaultRoute: true',
      '      x-amazon-apigateway-integration: { type: http_proxy, httpMethod: ANY, uri: "https://example.com", payloadFormatVersion: 1.0 }',
      '',
    ].join('\n');
    expect(() => HttpApiDefinition.fromString(yaml)).not.toThrow();
    expect(() => HttpApiDefinition.fromString(yaml.replace('payloadFormatVersion: 1.0', 'payloadFormatVersion: 2.0'))).toThrow(/^\[integration-payload-format-version\]/);
  });

  test.each([
    ['a JWT authorizer with two sources', { type: 'jwt', identitySource: '$request.header.A, $request.header.B' }, 'jwt-identity-source'],
    ['a bad identity source', { type: 'request', identitySource: '$request.body.x' }, 'http-identity-source'],
    ['a TTL of an hour and a second', { type: 'request', identitySource: '$request.header.A', authorizerResultTtlInSeconds: 3601 }, 'authorizer-ttl-range'],
    ['caching without identity source', { type: 'request', authorizerResultTtlInSeconds: 60 }, 'authorizer-cache-identity-source'],
    ['simple responses on payload 1.0', { type: 'request', identitySource: '$request.header.A', enableSimpleResponses: true, authorizerPayloadFormatVersion: '1.0' }, 'authorizer-simple-responses-payload'],
  ])('authorizers: %s is refused', (_name, authorizer, rule) => {
    const text = doc({}, { components: { securitySchemes: { a: { 'type': 'apiKey', 'x-amazon-apigateway-authorizer': authorizer } } } });
    expect(() => HttpApiDefinition.fromString(text)).toThrow(new RegExp(`^\\[${rule}\\] OpenAPI definition at /components/securitySchemes/a/x-amazon-apigateway-authorizer`));
  });

  test('CORS and route keys of the document', () => {
    expect(() => HttpApiDefinition.fromString(doc({}, { 'x-amazon-apigateway-cors': { allowOrigins: ['*'], allowCredentials: true } }))).toThrow(/^\[cors-credentials-wildcard\] OpenAPI definition at \/x-amazon-apigateway-cors/);
    expect(() => HttpApiDefinition.fromString(doc({}, { 'x-amazon-apigateway-cors': { maxAge: 86_401 } }))).toThrow(/\[cors-max-age\]/);
    const badPath = JSON.stringify({ openapi: '3.0.1', paths: { '/pets/': { get: {} } } });
    expect(() => HttpApiDefinition.fromString(badPath)).toThrow(/^\[http-route-key\] OpenAPI definition at \/paths\/~1pets~1/);
    expect(() => HttpApiDefinition.fromString('{not json: [')).toThrow(/\[api-openapi-document\]/);
  });

  test('routes, CORS and defaults added to an API defined by OpenAPI deploy on create and are lost on update: warnings, not errors', () => {
    const stack = newStack();
    const definition = HttpApiDefinition.fromString(doc({}));
    const api = new HttpApi(stack, 'Api', { definition });
    api.addRoutes({ path: '/a', integration: new HttpUrlIntegration('A', 'https://example.com') });
    new HttpApi(stack, 'B', { definition, corsPreflight: {} });
    const warnings = Annotations.fromStack(stack).findWarning('*', Match.stringLikeRegexp('api-openapi-exclusive'));
    expect(warnings.map(w => w.id).sort()).toEqual(['/Stack/Api/ANY--a/A/Resource', '/Stack/Api/ANY--a/Resource', '/Stack/B'].sort());
  });
});
