import { isPresent, isUnknown, mapOf, stringOf } from '../../model/value';
import { Rule } from '../rule';

/**
 * Properties that shape a non-proxy integration's request; a proxy integration passes the request through.
 * `ContentHandlingStrategy` is not among them: aws-cdk-lib's Lambda proxy integration sets it, to convert binary
 * messages for the function.
 */
const NON_PROXY_PROPERTIES: readonly string[] = ['RequestTemplates', 'TemplateSelectionExpression', 'PassthroughBehavior'];

export const wsIntegrationProxyTemplates: Rule = {
  id: 'ws-integration-proxy-templates',
  severity: 'warning',
  summary: 'RequestTemplates, TemplateSelectionExpression and PassthroughBehavior are set only on non-proxy WebSocket integrations (proxies ignore them, overrides included)',
  references: ['INT-028', 'VTL-001', 'VTL-011'],
  evidence: { kind: 'documented', source: 'DG:apigateway-websocket-api-selection-expressions (summary table: "May be provided for non-proxy integration"); S002 ("Mapping template overrides cannot be used with proxy integration endpoints, which lack data mappings")' },
  check(model, report) {
    for (const integration of model.integrations) {
      if (integration.api?.protocol !== 'WEBSOCKET') continue;
      const type = stringOf(integration.properties.IntegrationType);
      if (type !== 'AWS_PROXY' && type !== 'HTTP_PROXY') continue;
      for (const property of NON_PROXY_PROPERTIES) {
        const value = integration.properties[property];
        if (!isPresent(value) || isUnknown(value)) continue;
        const map = mapOf(value);
        if (map && Object.keys(map).length === 0) continue;
        report({ resource: integration, path: property, message: `${property} is set on an ${type} integration, which passes the request through unchanged: API Gateway ignores it (and any override it sets); use an AWS, HTTP or MOCK integration to transform the request` });
      }
    }
  },
};
