import { expectRule } from './rule-table';
import { apiTags } from '../../src/rules/api/api-tags';

const api = (tags: unknown) => ({ Api: { Type: 'AWS::ApiGatewayV2::Api', Properties: { Name: 'a', ProtocolType: 'HTTP', Tags: tags } } });

expectRule(apiTags, {
  valid: [
    { name: 'a key of 128 characters and a value of 256', resources: api({ ['k'.repeat(128)]: 'v'.repeat(256) }) },
    { name: 'an empty value', resources: api({ team: '' }) },
    { name: 'no tags', resources: { Api: { Type: 'AWS::ApiGatewayV2::Api', Properties: { Name: 'a', ProtocolType: 'WEBSOCKET' } } } },
    { name: 'unknown tags and values', resources: { ...api({ team: { Ref: 'Team' } }), B: { Type: 'AWS::ApiGatewayV2::Api', Properties: { Name: 'b', Tags: { Ref: 'T' } } } } },
  ],
  invalid: [
    { name: 'a key of 129 characters', resources: api({ ['k'.repeat(129)]: 'v' }), findings: [{ resource: 'Api', path: `Tags.${'k'.repeat(129)}` }] },
    { name: 'the aws: prefix', resources: api({ 'AWS:team': 'x' }), findings: [{ resource: 'Api', path: 'Tags.AWS:team' }] },
    { name: 'a value of 257 characters', resources: api({ team: 'v'.repeat(257) }), findings: [{ resource: 'Api', path: 'Tags.team' }] },
  ],
});
