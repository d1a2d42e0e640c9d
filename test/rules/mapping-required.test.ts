import { expectRule } from './rule-table';
import { mappingRequired } from '../../src/rules/domain/mapping-required';

const V2 = 'AWS::ApiGatewayV2::';
const base = {
  Api: { Type: `${V2}Api`, Properties: { Name: 'a', ProtocolType: 'HTTP' } },
  Other: { Type: `${V2}Api`, Properties: { Name: 'b', ProtocolType: 'HTTP' } },
  Stage: { Type: `${V2}Stage`, Properties: { ApiId: { Ref: 'Api' }, StageName: 'prod' } },
  OtherStage: { Type: `${V2}Stage`, Properties: { ApiId: { Ref: 'Other' }, StageName: 'dev' } },
};
const mapping = (props: Record<string, unknown>) => ({ ...base, Mapping: { Type: `${V2}ApiMapping`, Properties: props } });
const ok = { ApiId: { Ref: 'Api' }, DomainName: 'api.example.com', Stage: { Ref: 'Stage' } };

expectRule(mappingRequired, {
  valid: [
    { name: 'a Ref to the API\'s stage', resources: mapping(ok) },
    { name: 'a literal stage name', resources: mapping({ ...ok, Stage: 'prod' }) },
    { name: '$default', resources: mapping({ ...ok, Stage: '$default' }) },
    { name: 'an API of another stack', resources: mapping({ ...ok, ApiId: { 'Fn::ImportValue': 'ApiId' }, Stage: { Ref: 'OtherStage' } }) },
  ],
  invalid: [
    { name: 'no stage', resources: mapping({ ApiId: ok.ApiId, DomainName: ok.DomainName }), findings: [{ resource: 'Mapping', path: 'Stage' }] },
    { name: 'nothing', resources: mapping({}), findings: [{ resource: 'Mapping', path: 'ApiId' }, { resource: 'Mapping', path: 'DomainName' }, { resource: 'Mapping', path: 'Stage' }] },
    { name: 'an empty stage', resources: mapping({ ...ok, Stage: '' }), findings: [{ resource: 'Mapping', path: 'Stage' }] },
    { name: 'a 129-character stage', resources: mapping({ ...ok, Stage: 's'.repeat(129) }), findings: [{ resource: 'Mapping', path: 'Stage' }] },
    { name: 'the stage of another API', resources: mapping({ ...ok, Stage: { Ref: 'OtherStage' } }), findings: [{ resource: 'Mapping', path: 'Stage' }] },
  ],
});
