import { ApiChild } from '../../model/nodes';
import { Rule } from '../rule';

export const protocolUnsupportedResource: Rule = {
  id: 'protocol-unsupported-resource',
  severity: 'error',
  summary: 'Route responses, integration responses and models exist only on WebSocket APIs',
  references: ['X-003', 'RR-001', 'IR-001', 'MODEL-001'],
  evidence: { kind: 'observed', source: 'PF:pf-apigwv2-route-response-websocket-only; PF:pf-apigwv2-integration-response-websocket-only; PF:pf-apigwv2-model-websocket-only' },
  check(model, report) {
    const websocketOnly: ApiChild[] = [...model.routeResponses, ...model.integrationResponses, ...model.models];
    for (const node of websocketOnly) {
      if (node.api?.protocol !== 'HTTP') continue;
      const kind = node.type.replace('AWS::ApiGatewayV2::', '');
      report({
        resource: node,
        path: 'ApiId',
        message: `a ${kind} belongs to an HTTP API; ${kind} resources are supported only for WebSocket APIs${kind === 'IntegrationResponse' ? ' (HTTP APIs map responses with the integration\'s ResponseParameters)' : ''}`,
      });
    }
  },
};
