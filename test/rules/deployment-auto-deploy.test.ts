import { expectRule } from './rule-table';
import { deploymentAutoDeploy } from '../../src/rules/deployment/deployment-auto-deploy';

const api = (protocol: string) => ({ Type: 'AWS::ApiGatewayV2::Api', Properties: { Name: 'a', ProtocolType: protocol } });
const stage = (properties: Record<string, unknown>) => ({ Type: 'AWS::ApiGatewayV2::Stage', Properties: { ApiId: { Ref: 'Api' }, StageName: 'prod', ...properties } });
const deployment = (stageName: unknown) => ({ Type: 'AWS::ApiGatewayV2::Deployment', Properties: { ApiId: { Ref: 'Api' }, StageName: stageName } });

expectRule(deploymentAutoDeploy, {
  valid: [
    { name: 'a deployment into a stage without AutoDeploy', resources: { Api: api('HTTP'), Stage: stage({}), Deployment: deployment('prod') } },
    { name: 'a deployment into a stage with AutoDeploy false', resources: { Api: api('WEBSOCKET'), Stage: stage({ AutoDeploy: false }), Deployment: deployment('prod') } },
    { name: 'an auto-deploy stage and a deployment into another stage', resources: { Api: api('HTTP'), Stage: stage({ AutoDeploy: true }), Beta: stage({ StageName: 'beta' }), Deployment: deployment('beta') } },
    { name: 'an auto-deploy stage of another API with the same name', resources: { Api: api('HTTP'), Other: api('HTTP'), Stage: { ...stage({ AutoDeploy: true }), Properties: { ApiId: { Ref: 'Other' }, StageName: 'prod', AutoDeploy: true } }, Deployment: deployment('prod') } },
    { name: 'AutoDeploy that is a token', resources: { Api: api('HTTP'), Stage: stage({ AutoDeploy: { Ref: 'Auto' }, DeploymentId: { Ref: 'Deployment' } }), Deployment: deployment('prod') } },
    { name: 'a StageName that is a token', resources: { Api: api('HTTP'), Stage: stage({ AutoDeploy: true }), Deployment: deployment({ Ref: 'Name' }) } },
    { name: 'a DeploymentId without AutoDeploy', resources: { Api: api('HTTP'), Stage: stage({ DeploymentId: { Ref: 'Deployment' } }), Deployment: deployment(undefined) } },
    { name: 'AutoDeploy with DeploymentId AWS::NoValue', resources: { Api: api('HTTP'), Stage: stage({ AutoDeploy: true, DeploymentId: { Ref: 'AWS::NoValue' } }) } },
  ],
  invalid: [
    {
      name: 'a deployment into an auto-deploy HTTP stage',
      resources: { Api: api('HTTP'), Stage: stage({ AutoDeploy: true }), Deployment: deployment('prod') },
      findings: [{ resource: 'Deployment', path: 'StageName' }],
    },
    {
      name: 'a deployment into an auto-deploy WebSocket stage ("true" as a string)',
      resources: { Api: api('WEBSOCKET'), Stage: stage({ AutoDeploy: 'true' }), Deployment: deployment('prod') },
      findings: [{ resource: 'Deployment', path: 'StageName' }],
    },
    {
      name: 'an auto-deploy stage with a DeploymentId',
      resources: { Api: api('HTTP'), Stage: stage({ AutoDeploy: true, DeploymentId: { Ref: 'Deployment' } }), Deployment: deployment(undefined) },
      findings: [{ resource: 'Stage', path: 'DeploymentId' }],
    },
    {
      name: 'an auto-deploy stage with a literal DeploymentId, of an API in another stack',
      resources: { Stage: { Type: 'AWS::ApiGatewayV2::Stage', Properties: { ApiId: 'abc123', StageName: 'prod', AutoDeploy: true, DeploymentId: 'dep123' } } },
      findings: [{ resource: 'Stage', path: 'DeploymentId' }],
    },
  ],
});
