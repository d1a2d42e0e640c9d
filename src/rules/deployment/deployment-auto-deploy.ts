import { booleanOf, isPresent } from '../../model/value';
import { Rule } from '../rule';

export const deploymentAutoDeploy: Rule = {
  id: 'deployment-auto-deploy',
  severity: 'error',
  summary: 'A stage with AutoDeploy true has no DeploymentId, and no Deployment names it in StageName',
  references: ['DEPLOY-003', 'STAGE-004'],
  evidence: { kind: 'observed', source: 'aws-controllers-k8s/apigatewayv2-controller#15 (BadRequestException); S003 L12180 Stage.deploymentId ("Can\'t be updated if autoDeploy is enabled")' },
  check(model, report) {
    for (const stage of model.stages) {
      if (booleanOf(stage.properties.AutoDeploy) !== true || !isPresent(stage.properties.DeploymentId)) continue;
      report({ resource: stage, path: 'DeploymentId', message: 'the stage has AutoDeploy true and a DeploymentId; API Gateway deploys an auto-deploy stage itself and rejects a DeploymentId (drop DeploymentId, or set AutoDeploy to false)' });
    }
    for (const deployment of model.deployments) {
      const stage = deployment.stage;
      if (!stage || booleanOf(stage.properties.AutoDeploy) !== true) continue;
      report({ resource: deployment, path: 'StageName', message: `the deployment targets stage ${stage.logicalId}, which has AutoDeploy true; API Gateway rejects a manual deployment into an auto-deploy stage (set AutoDeploy to false on the stage, or drop StageName)` });
    }
  },
};
