import { expectRule } from './rule-table';
import { deploymentStage } from '../../src/rules/deployment/deployment-stage';

const api = (protocol: string) => ({ Type: 'AWS::ApiGatewayV2::Api', Properties: { Name: 'a', ProtocolType: protocol } });
const stage = (name: unknown, apiRef = 'Api') => ({ Type: 'AWS::ApiGatewayV2::Stage', Properties: { ApiId: { Ref: apiRef }, StageName: name } });
const deployment = (stageName: unknown, apiId: unknown = { Ref: 'Api' }) => ({ Type: 'AWS::ApiGatewayV2::Deployment', Properties: { ApiId: apiId, StageName: stageName } });

expectRule(deploymentStage, {
  valid: [
    { name: 'a stage of the API (HTTP)', resources: { Api: api('HTTP'), Stage: stage('prod'), Deployment: deployment('prod') } },
    { name: 'a stage of the API (WebSocket)', resources: { Api: api('WEBSOCKET'), Stage: stage('prod'), Deployment: deployment('prod') } },
    { name: 'the $default stage', resources: { Api: api('HTTP'), Stage: stage('$default'), Deployment: deployment('$default') } },
    { name: 'no StageName', resources: { Api: api('HTTP'), Stage: stage('prod'), Deployment: deployment(undefined) } },
    { name: 'a StageName that is a token', resources: { Api: api('HTTP'), Stage: stage('prod'), Deployment: deployment({ Ref: 'Stage' }) } },
    { name: 'a stage whose name is unknown', resources: { Api: api('HTTP'), Stage: stage('prod'), Other: stage({ Ref: 'Name' }), Deployment: deployment('beta') } },
    { name: 'an API of another stack', resources: { Stage: stage('prod'), Deployment: deployment('beta', 'abc123') } },
    { name: 'an API with no stage here (stages in another stack)', resources: { Api: api('HTTP'), Deployment: deployment('prod') } },
    { name: '128 characters naming a stage', resources: { Api: api('HTTP'), Stage: stage('s'.repeat(128)), Deployment: deployment('s'.repeat(128)) } },
  ],
  invalid: [
    { name: 'a name no stage of the API has', resources: { Api: api('HTTP'), Stage: stage('prod'), Deployment: deployment('beta') }, findings: [{ resource: 'Deployment', path: 'StageName' }] },
    {
      name: 'a stage of another API',
      resources: { Api: api('WEBSOCKET'), Other: api('WEBSOCKET'), Mine: stage('prod'), Stage: stage('beta', 'Other'), Deployment: deployment('beta') },
      findings: [{ resource: 'Deployment', path: 'StageName' }],
    },
    { name: 'an empty StageName', resources: { Deployment: deployment('', 'abc123') }, findings: [{ resource: 'Deployment', path: 'StageName' }] },
    { name: '129 characters', resources: { Deployment: deployment('s'.repeat(129), 'abc123') }, findings: [{ resource: 'Deployment', path: 'StageName' }] },
  ],
});
