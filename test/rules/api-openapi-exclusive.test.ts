import { expectRule } from './rule-table';
import { apiOpenapiExclusive } from '../../src/rules/api/api-openapi-exclusive';

const imported = (props: object) => ({ Api: { Type: 'AWS::ApiGatewayV2::Api', Properties: props } });
const child = (type: string, props: object = {}) => ({ Type: `AWS::ApiGatewayV2::${type}`, Properties: { ApiId: { Ref: 'Api' }, ...props } });

expectRule(apiOpenapiExclusive, {
  valid: [
    { name: 'an inline document', resources: imported({ Body: { openapi: '3.0.1' } }) },
    { name: 'a document in S3 with bucket and key', resources: imported({ BodyS3Location: { Bucket: 'b', Key: 'api.yaml' } }) },
    { name: 'a bucket and key that are tokens', resources: imported({ BodyS3Location: { Bucket: { Ref: 'B' }, Key: { 'Fn::Sub': 'k' } } }) },
    { name: 'an unknown location', resources: imported({ BodyS3Location: { Ref: 'Location' } }) },
    { name: 'a location without key (api-openapi-document reports it)', resources: imported({ BodyS3Location: { Bucket: 'b' } }) },
    { name: 'an API built from resources, with stages', resources: { ...imported({ Name: 'a', ProtocolType: 'HTTP' }), Route: child('Route', { RouteKey: 'GET /a' }), Integration: child('Integration'), Authorizer: child('Authorizer') } },
    { name: 'an imported API with a stage', resources: { ...imported({ Body: { openapi: '3.0.1' } }), Stage: child('Stage', { StageName: '$default' }) } },
    { name: 'a route of another stack\'s API', resources: { ...imported({ Body: { openapi: '3.0.1' } }), Route: { Type: 'AWS::ApiGatewayV2::Route', Properties: { ApiId: 'abc123', RouteKey: 'GET /a' } } } },
  ],
  invalid: [
    { name: 'both Body and BodyS3Location', resources: imported({ Body: {}, BodyS3Location: { Bucket: 'b', Key: 'k' } }), findings: [{ resource: 'Api', path: 'BodyS3Location' }] },
    {
      name: 'routes, integrations and authorizers of an imported API',
      resources: { ...imported({ Body: { openapi: '3.0.1' } }), Route: child('Route', { RouteKey: 'GET /a' }), Integration: child('Integration'), Authorizer: child('Authorizer') },
      findings: [{ resource: 'Route', path: 'ApiId' }, { resource: 'Integration', path: 'ApiId' }, { resource: 'Authorizer', path: 'ApiId' }],
    },
    { name: 'a route of an API imported from S3', resources: { ...imported({ BodyS3Location: { Bucket: 'b', Key: 'k' } }), Route: child('Route', { RouteKey: 'GET /a' }) }, findings: [{ resource: 'Route', path: 'ApiId' }] },
  ],
});
