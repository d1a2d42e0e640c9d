import { isPresent, referencedLogicalId } from '../../model/value';
import { Rule } from '../rule';

export const managedOverridesQuickCreate: Rule = {
  id: 'managed-overrides-quick-create',
  severity: 'warning',
  summary: 'ApiGatewayManagedOverrides names a quick-created HTTP API (one with a Target): only those have API Gateway-managed resources to override',
  references: ['API-014'],
  evidence: { kind: 'documented', source: 'CFN AWS::ApiGatewayV2::ApiGatewayManagedOverrides ("overrides the default properties of API Gateway-managed resources that are implicitly configured for you when you use quick create ... Supported only for HTTP APIs"); no rejection observed, so a warning' },
  check(model, report) {
    const apis = new Map(model.apis.map(api => [api.logicalId, api]));
    for (const resource of model.managedOverrides) {
      const id = referencedLogicalId(resource.properties.ApiId);
      const api = id !== undefined ? apis.get(id) : undefined;
      if (!api || api.protocol === undefined) continue;
      if (api.protocol === 'WEBSOCKET') {
        report({ resource, path: 'ApiId', message: `ApiId names ${api.logicalId}, a WebSocket API; managed overrides exist for quick-created HTTP APIs only` });
      } else if (!isPresent(api.properties.Target)) {
        report({ resource, path: 'ApiId', message: `ApiId names ${api.logicalId}, an HTTP API without Target: it was not quick-created, so API Gateway manages no route, integration or stage of it to override; set the properties on those resources instead` });
      }
    }
  },
};
