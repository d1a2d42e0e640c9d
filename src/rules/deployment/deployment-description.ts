import { stringOf } from '../../model/value';
import { Rule } from '../rule';
import { descriptionProblem } from '../stage/checks';

export const deploymentDescription: Rule = {
  id: 'deployment-description',
  severity: 'error',
  summary: 'A deployment Description has at most 1,024 characters',
  references: ['DEPLOY-006'],
  evidence: { kind: 'documented', source: 'SDK CreateDeploymentRequest.Description StringWithLengthBetween0And1024' },
  check(model, report) {
    for (const deployment of model.deployments) {
      const description = stringOf(deployment.properties.Description);
      const problem = description === undefined ? undefined : descriptionProblem('deployment', description);
      if (problem) report({ resource: deployment, path: 'Description', message: problem });
    }
  },
};
