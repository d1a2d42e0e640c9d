import { isPresent, stringOf } from '../../model/value';
import { Rule } from '../rule';

/** S003 `ConnectionType` enum; CloudFormation's default is INTERNET. */
export const CONNECTION_TYPES: readonly string[] = ['INTERNET', 'VPC_LINK'];
/** SDK `ConnectionId: StringWithLengthBetween1And1024`. */
export const CONNECTION_ID_MAX_LENGTH = 1024;

/** What is wrong with an integration's connection, or undefined. Shared with `HttpIntegration`. */
export function connectionProblem(connectionType: string, hasConnectionId: boolean): string | undefined {
  if (!CONNECTION_TYPES.includes(connectionType)) return `ConnectionType "${connectionType}" is not valid; expected ${CONNECTION_TYPES.join(' or ')}`;
  if (connectionType === 'VPC_LINK' && !hasConnectionId) {
    return 'ConnectionType is VPC_LINK without a ConnectionId; a private integration needs the id of its VPC link ("ConnectionId must be set to vpcLinkId for ConnectionType VPC_LINK")';
  }
  return undefined;
}

export const integrationVpcLink: Rule = {
  id: 'integration-vpc-link',
  severity: 'error',
  summary: 'ConnectionType is INTERNET or VPC_LINK, and a VPC_LINK integration has a ConnectionId of 1 to 1,024 characters',
  references: ['INT-015', 'INT-016'],
  evidence: { kind: 'observed', source: 'PF:pf-apigwv2-integration-vpc-link-connection-id; S003 L7440 ConnectionType enum' },
  check(model, report) {
    for (const integration of model.integrations) {
      const p = integration.properties;
      const type = stringOf(p.ConnectionType);
      const id = p.ConnectionId;
      const hasId = isPresent(id) && id !== '';
      const problem = type === undefined ? undefined : connectionProblem(type, hasId);
      if (problem) report({ resource: integration, path: type !== undefined && CONNECTION_TYPES.includes(type) ? 'ConnectionId' : 'ConnectionType', message: problem });
      const literal = stringOf(id);
      if (literal !== undefined && literal.length > CONNECTION_ID_MAX_LENGTH) {
        report({ resource: integration, path: 'ConnectionId', message: `ConnectionId has ${literal.length} characters; expected at most ${CONNECTION_ID_MAX_LENGTH}` });
      }
    }
  },
};
