import { Rule } from '../rule';
import { checkProtocolProperties } from './protocol-properties';

/**
 * The other properties the API reference marks "Supported only for HTTP APIs" or "... WebSocket APIs": no
 * rejection is documented or recorded (the reference says the same of `ConnectionId`, which WebSocket APIs
 * take), so a warning.
 */
export const protocolMismatchedProperty: Rule = {
  id: 'protocol-mismatched-property',
  severity: 'warning',
  summary: 'A property that API Gateway documents as supported only for HTTP APIs or only for WebSocket APIs is set on an API of the other protocol',
  references: ['X-003', 'API-005', 'API-007', 'API-008', 'API-010', 'ROUTE-017', 'ROUTE-018', 'ROUTE-019', 'INT-019', 'INT-021', 'INT-026', 'INT-029', 'AUTH-012', 'STAGE-019'],
  evidence: { kind: 'inferred', source: 'S003 "Supported only for HTTP APIs" / "Supported only for WebSocket APIs" notes (applicability; no rejection documented or observed)' },
  check(model, report) {
    checkProtocolProperties(model, false, report);
  },
};
