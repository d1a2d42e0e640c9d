import { deploymentAutoDeploy } from './deployment/deployment-auto-deploy';
import { deploymentDescription } from './deployment/deployment-description';
import { deploymentStage } from './deployment/deployment-stage';
import { modelContentType } from './model/model-content-type';
import { modelName } from './model/model-name';
import { modelSchema } from './model/model-schema';
import { Rule } from './rule';
import { stageDescription } from './stage/stage-description';
import { stageRouteSettings } from './stage/stage-route-settings';
import { stageTags } from './stage/stage-tags';

/** Stage, deployment and model rules whose ids the constructs throw (see test/rules/thrown-ids.test.ts). */
export const PARITY_B_RULES: readonly Rule[] = [
  // Stages
  stageDescription,
  stageTags,
  stageRouteSettings,
  // Deployments
  deploymentAutoDeploy,
  deploymentDescription,
  deploymentStage,
  // Models
  modelName,
  modelSchema,
  modelContentType,
];
