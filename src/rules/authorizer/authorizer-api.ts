import { Rule } from '../rule';

export const authorizerApi: Rule = {
  id: 'authorizer-api',
  severity: 'error',
  summary: 'A route uses only an authorizer of its own API',
  references: ['AUTH-019'],
  evidence: { kind: 'documented', source: 'X-001: S003 ids are scoped to their API (/v2/apis/{apiId}/authorizers/{authorizerId})' },
  check(model, report) {
    for (const route of model.routes) {
      const authorizer = route.authorizer;
      if (!authorizer?.api || !route.api || authorizer.api === route.api) continue;
      report({
        resource: route,
        path: 'AuthorizerId',
        message: `the authorizer ${authorizer.logicalId} belongs to API ${authorizer.api.logicalId}, not to the route's API ${route.api.logicalId}; an authorizer serves the routes of its own API only (create one per API)`,
      });
    }
  },
};
