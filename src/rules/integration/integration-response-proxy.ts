import { stringOf } from '../../model/value';
import { Rule } from '../rule';

const PROXY_TYPES = ['AWS_PROXY', 'HTTP_PROXY'];

/** What is wrong with an integration response on an integration of this type, or undefined. Shared with `WebSocketIntegration`. */
export function integrationResponseProxyProblem(integrationType: string): string | undefined {
  if (!PROXY_TYPES.includes(integrationType)) return undefined;
  return `the integration is ${integrationType}; a proxy integration has no integration response (API Gateway passes the backend's answer through): expected responses only on AWS, HTTP and MOCK integrations`;
}

export const integrationResponseProxy: Rule = {
  id: 'integration-response-proxy',
  severity: 'error',
  summary: 'An integration response belongs to an AWS, HTTP or MOCK integration, not to a proxy integration',
  references: ['IR-002'],
  check(model, report) {
    for (const response of model.integrationResponses) {
      const integration = response.integration;
      // HTTP APIs have no integration responses at all: protocol-unsupported-resource reports them.
      if (!integration || integration.api?.protocol === 'HTTP' || response.api?.protocol === 'HTTP') continue;
      const type = stringOf(integration.properties.IntegrationType);
      const problem = type === undefined ? undefined : integrationResponseProxyProblem(type);
      if (problem) report({ resource: response, path: 'IntegrationId', message: problem });
    }
  },
};
