import { stringOf } from '../../model/value';
import { Rule } from '../rule';

/** SDK `CreateDeploymentRequest.StageName: StringWithLengthBetween1And128`. */
const MAX_STAGE_NAME_LENGTH = 128;

export const deploymentStage: Rule = {
  id: 'deployment-stage',
  severity: 'error',
  summary: 'A deployment StageName names an existing stage of the same API',
  references: ['DEPLOY-002'],
  evidence: { kind: 'documented', source: 'S003 L4205 CreateDeploymentInput.stageName ("The name of an existing stage")' },
  check(model, report) {
    for (const deployment of model.deployments) {
      const name = stringOf(deployment.properties.StageName);
      if (name === undefined) continue;
      if (name.length < 1 || name.length > MAX_STAGE_NAME_LENGTH) {
        report({ resource: deployment, path: 'StageName', message: `StageName has ${name.length} characters; expected the name of a stage of the API, 1 to ${MAX_STAGE_NAME_LENGTH} characters` });
        continue;
      }
      const api = deployment.api;
      // Only when the API's stages are in this template, each with a literal name, can "none matches" be
      // known; an API without a stage here has its stages in another stack.
      if (!api || deployment.stage || api.stages.length === 0) continue;
      if (api.stages.some(s => stringOf(s.properties.StageName) === undefined)) continue;
      const names = api.stages.map(s => `"${stringOf(s.properties.StageName)}"`);
      const expected = `one of ${names.slice(0, 5).join(', ')}${names.length > 5 ? ', ...' : ''}`;
      report({ resource: deployment, path: 'StageName', message: `StageName "${name}" names no stage of API ${api.logicalId}; expected ${expected}` });
    }
  },
};
