import { expectRule } from './rule-table';
import { domainTags } from '../../src/rules/domain/domain-tags';

const domain = (Tags: unknown) => ({ Domain: { Type: 'AWS::ApiGatewayV2::DomainName', Properties: { DomainName: 'api.example.com', Tags } } });

expectRule(domainTags, {
  valid: [
    { name: 'no tags', resources: domain(undefined) },
    { name: 'edge lengths', resources: domain({ ['k'.repeat(128)]: 'v'.repeat(256), team: '' }) },
    { name: 'values from a Ref', resources: domain({ team: { Ref: 'Team' } }) },
    { name: 'a key that contains aws: later', resources: domain({ 'team:aws:x': 'y' }) },
  ],
  invalid: [
    { name: 'a 129-character key', resources: domain({ ['k'.repeat(129)]: 'v' }), findings: [{ resource: 'Domain', path: `Tags.${'k'.repeat(129)}` }] },
    { name: 'a 257-character value', resources: domain({ team: 'v'.repeat(257) }), findings: [{ resource: 'Domain', path: 'Tags.team' }] },
    { name: 'an aws: key', resources: domain({ 'AWS:owner': 'me' }), findings: [{ resource: 'Domain', path: 'Tags.AWS:owner' }] },
  ],
});
