import { expectRule } from './rule-table';
import { stageTags } from '../../src/rules/stage/stage-tags';

const stage = (tags: unknown) => ({
  Stage: { Type: 'AWS::ApiGatewayV2::Stage', Properties: { ApiId: 'abc123', StageName: 'prod', Tags: tags } },
});

expectRule(stageTags, {
  valid: [
    { name: 'no tags', resources: { Stage: { Type: 'AWS::ApiGatewayV2::Stage', Properties: { ApiId: 'abc123', StageName: 'prod' } } } },
    { name: 'a 128-character key and a 256-character value', resources: stage({ ['k'.repeat(128)]: 'v'.repeat(256) }) },
    { name: 'an empty value', resources: stage({ team: '' }) },
    { name: 'a key that only contains aws:', resources: stage({ 'team-aws:x': 'a' }) },
    { name: 'a value that is a token', resources: stage({ team: { Ref: 'Team' } }) },
    { name: 'tags that are a token', resources: stage({ 'Fn::GetAtt': ['X', 'Tags'] }) },
  ],
  invalid: [
    { name: 'a 129-character key', resources: stage({ ['k'.repeat(129)]: 'v' }), findings: [{ resource: 'Stage', path: `Tags.${'k'.repeat(129)}` }] },
    { name: 'an empty key', resources: stage({ '': 'v' }), findings: [{ resource: 'Stage', path: 'Tags.' }] },
    { name: 'the aws: prefix, in any case', resources: stage({ 'AWS:team': 'v' }), findings: [{ resource: 'Stage', path: 'Tags.AWS:team' }] },
    { name: 'a 257-character value', resources: stage({ team: 'v'.repeat(257) }), findings: [{ resource: 'Stage', path: 'Tags.team' }] },
  ],
});
