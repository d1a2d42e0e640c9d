import { TemplateModel } from '../../model/nodes';
import { isPresent, stringOf } from '../../model/value';
import { Rule } from '../rule';

/** Whether the template holds a nested stack or a custom resource: either may create routes this model cannot see. */
function mayCreateRoutesElsewhere(model: TemplateModel): boolean {
  for (const resource of model.resources.values()) {
    const type = resource.type;
    if (type === 'AWS::CloudFormation::Stack' || type === 'AWS::CloudFormation::CustomResource' || type.startsWith('Custom::')) return true;
  }
  return false;
}

/** Properties that give an API its routes without Route resources: an OpenAPI import or quick create. */
const ROUTE_SOURCES: readonly string[] = ['Body', 'BodyS3Location', 'Target', 'RouteKey'];

export const deploymentNoRoutes: Rule = {
  id: 'deployment-no-routes',
  severity: 'error',
  summary: 'A Deployment belongs to an API that has at least one route',
  references: ['DEPLOY-001'],
  evidence: { kind: 'observed', source: 'aws/serverless-application-model#2512 (service message "At least one route is required before deploying the Api"); stelviodev/stelvio#264' },
  check(model, report) {
    // A route whose ApiId the engine cannot follow may belong to any API: then no API is certainly routeless.
    // A literal ApiId names an API of another stack.
    if (model.routes.some(route => !route.api && stringOf(route.properties.ApiId) === undefined)) return;
    let elsewhere: boolean | undefined;
    for (const deployment of model.deployments) {
      const api = deployment.api;
      if (!api || api.routes.length > 0 || ROUTE_SOURCES.some(p => isPresent(api.properties[p]))) continue;
      elsewhere ??= mayCreateRoutesElsewhere(model);
      if (elsewhere) return;
      report({ resource: deployment, path: 'ApiId', message: `the API ${api.logicalId} has no route in this template, and API Gateway rejects a deployment of an API without routes ("At least one route is required before deploying the Api"); add a route, or leave the Deployment out until there is one` });
    }
  },
};
