import { dependsOnIds } from '../creation-order';
import { Rule } from '../rule';

export const deploymentRouteOrder: Rule = {
  id: 'deployment-route-order',
  severity: 'warning',
  summary: 'A Deployment of an API whose routes the template defines waits for them (DependsOn its routes)',
  references: ['DEPLOY-001', 'X-002'],
  evidence: { kind: 'observed', source: 'aws/serverless-application-model#2512 (service message "At least one route is required before deploying the Api"); stelviodev/stelvio#264' },
  check(model, report) {
    for (const deployment of model.deployments) {
      const api = deployment.api;
      if (!api || api.routes.length === 0) continue;
      // Any DependsOn may wait for the routes through another resource: only a deployment that waits for nothing is reported.
      const ids = dependsOnIds(deployment);
      if (ids === undefined || ids.length > 0) continue;
      report({
        resource: deployment,
        path: 'DependsOn',
        message: `the Deployment has no DependsOn, so CloudFormation may create it before the ${api.routes.length} route(s) of ${api.logicalId}: API Gateway then fails it ("At least one route is required before deploying the Api"), or deploys a snapshot without the later routes; add DependsOn with the routes (e.g. ${api.routes[0].logicalId})`,
      });
    }
  },
};
