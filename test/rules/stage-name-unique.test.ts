import { HTTP_API } from './catalogue-fixtures';
import { expectRule } from './rule-table';
import { stageNameUnique } from '../../src/rules/stage/stage-name-unique';

const stage = (id: string, name: unknown, apiId: unknown = { Ref: 'Api' }) => ({ [id]: { Type: 'AWS::ApiGatewayV2::Stage', Properties: { ApiId: apiId, StageName: name, AutoDeploy: true } } });
const conditional = (condition: string, resources: Record<string, Record<string, unknown>>) =>
  Object.fromEntries(Object.entries(resources).map(([id, r]) => [id, { ...r, Condition: condition }]));
const CONDITIONS = { Parameters: { Env: { Type: 'String', AllowedValues: ['prod', 'dev'] } }, Conditions: { IsProd: { 'Fn::Equals': [{ Ref: 'Env' }, 'prod'] }, IsDev: { 'Fn::Not': [{ Condition: 'IsProd' }] } } };
const OTHER_API = { Other: { Type: 'AWS::ApiGatewayV2::Api', Properties: { Name: 'other', ProtocolType: 'HTTP' } } };

expectRule(stageNameUnique, {
  valid: [
    { name: 'two names', resources: { ...HTTP_API, ...stage('A', 'dev'), ...stage('B', 'prod') } },
    { name: 'one name on two APIs', resources: { ...HTTP_API, ...OTHER_API, ...stage('A', 'prod'), ...stage('B', 'prod', { Ref: 'Other' }) } },
    {
      name: 'one name under IsProd and under IsDev (Not IsProd): only one of them exists',
      resources: { ...HTTP_API, ...conditional('IsProd', stage('A', 'live')), ...conditional('IsDev', stage('B', 'live')) },
      sections: CONDITIONS,
    },
    { name: 'one unknown name', resources: { ...HTTP_API, ...stage('A', 'prod'), ...stage('B', { Ref: 'Name' }) } },
  ],
  invalid: [
    { name: 'the same name twice: the second is reported', resources: { ...HTTP_API, ...stage('A', 'prod'), ...stage('B', 'prod') }, findings: [{ resource: 'B', path: 'StageName' }] },
    { name: '$default twice', resources: { ...HTTP_API, ...stage('A', '$default'), ...stage('B', 'dev'), ...stage('C', '$default') }, findings: [{ resource: 'C', path: 'StageName' }] },
    {
      name: 'the same name twice without a condition, a third under a condition: only the unconditional pair is reported',
      resources: { ...HTTP_API, ...stage('A', 'live'), ...conditional('IsDev', stage('B', 'live')), ...stage('C', 'live') },
      sections: CONDITIONS,
      findings: [{ resource: 'C', path: 'StageName' }],
    },
  ],
});
