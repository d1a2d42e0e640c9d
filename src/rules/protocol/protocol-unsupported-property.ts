import { Rule } from '../rule';
import { checkProtocolProperties } from './protocol-properties';

/** The properties of the other protocol that a real deployment was seen rejecting. */
export const protocolUnsupportedProperty: Rule = {
  id: 'protocol-unsupported-property',
  severity: 'error',
  summary: 'CorsConfiguration on a WebSocket API, ApiKeyRequired on an HTTP route, or execution logging (LoggingLevel, DataTraceEnabled) on an HTTP stage: properties API Gateway rejects on that protocol',
  references: ['X-003', 'API-006', 'ROUTE-014', 'STAGE-013'],
  evidence: { kind: 'observed', source: 'PF:pf-apigwv2-websocket-no-cors; PF:pf-apigwv2-http-route-no-api-key; hashicorp/terraform-provider-aws#14010 (execution logs on HTTP)' },
  check(model, report) {
    checkProtocolProperties(model, true, report);
  },
};
