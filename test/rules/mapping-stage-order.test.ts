import { HTTP_API } from './catalogue-fixtures';
import { expectRule } from './rule-table';
import { mappingStageOrder } from '../../src/rules/domain/mapping-stage-order';

const STAGE = { Prod: { Type: 'AWS::ApiGatewayV2::Stage', Properties: { ApiId: { Ref: 'Api' }, StageName: 'prod', AutoDeploy: true } } };
const mapping = (stage: unknown, dependsOn?: unknown) => ({
  Mapping: { Type: 'AWS::ApiGatewayV2::ApiMapping', ...(dependsOn !== undefined ? { DependsOn: dependsOn } : {}), Properties: { ApiId: { Ref: 'Api' }, DomainName: 'api.example.com', Stage: stage } },
});

expectRule(mappingStageOrder, {
  valid: [
    { name: 'DependsOn the stage', resources: { ...HTTP_API, ...STAGE, ...mapping('prod', 'Prod') } },
    { name: 'DependsOn a list with the stage', resources: { ...HTTP_API, ...STAGE, ...mapping('prod', ['Domain', 'Prod']) } },
    { name: 'Stage: !Ref the stage', resources: { ...HTTP_API, ...STAGE, ...mapping({ Ref: 'Prod' }) } },
    { name: 'DependsOn another resource (it may wait for the stage)', resources: { ...HTTP_API, ...STAGE, ...mapping('prod', 'Deployment') } },
    { name: 'an unknown DependsOn', resources: { ...HTTP_API, ...STAGE, ...mapping('prod', { 'Fn::If': ['C', 'Prod', 'Other'] }) } },
    { name: 'a stage the template does not define ($default of a quick-created API)', resources: { ...HTTP_API, ...mapping('$default') } },
    { name: 'an unknown stage name', resources: { ...HTTP_API, ...STAGE, ...mapping({ 'Fn::ImportValue': 'StageName' }) } },
  ],
  invalid: [
    { name: 'the stage by name, no DependsOn', resources: { ...HTTP_API, ...STAGE, ...mapping('prod') }, findings: [{ resource: 'Mapping', path: 'Stage' }] },
    { name: 'an empty DependsOn list', resources: { ...HTTP_API, ...STAGE, ...mapping('prod', []) }, findings: [{ resource: 'Mapping', path: 'Stage' }] },
  ],
});
