import { booleanOf, isPresent, stringOf } from '../../model/value';
import { Rule } from '../rule';

export const stageNoDeployment: Rule = {
  id: 'stage-no-deployment',
  severity: 'warning',
  summary: 'A stage without AutoDeploy has a DeploymentId or a Deployment that names it',
  references: ['STAGE-005'],
  evidence: { kind: 'observed', source: 'hashicorp/terraform-provider-aws#17955 ("403 errors when auto_deploy is not explicitly set to True"); DG:http-api-stages ("You must deploy an API for changes to take effect")' },
  check(model, report) {
    for (const stage of model.stages) {
      const api = stage.api;
      const p = stage.properties;
      // Only a literal false or absent AutoDeploy, and an API whose deployments this template holds.
      if (!api || (isPresent(p.AutoDeploy) && booleanOf(p.AutoDeploy) !== false) || isPresent(p.DeploymentId)) continue;
      // A quick-created HTTP API (Target) deploys its own $default stage.
      if (isPresent(api.properties.Target)) continue;
      const name = stringOf(p.StageName);
      const deployed = api.deployments.some(d => d.stage === stage || (isPresent(d.properties.StageName) && stringOf(d.properties.StageName) === undefined) || (name !== undefined && stringOf(d.properties.StageName) === name));
      if (deployed) continue;
      report({ resource: stage, path: 'AutoDeploy', message: 'the stage has no AutoDeploy, no DeploymentId and no Deployment that names it: it serves no deployment, and every request gets 403 or 404; set AutoDeploy: true or deploy the API to it' });
    }
  },
};
