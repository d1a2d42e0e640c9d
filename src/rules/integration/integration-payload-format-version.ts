import { describeWhen } from '../../model/intrinsics';
import { IntegrationNode } from '../../model/nodes';
import { isPresent, isUnknown, stringOf } from '../../model/value';
import { Rule } from '../rule';

/** The payload format versions an integration accepts, and why, or undefined when that is not known. */
function accepted(integration: IntegrationNode): { versions: string[]; kind: string } | undefined {
  const p = integration.properties;
  const protocol = integration.api?.protocol;
  if (protocol === 'WEBSOCKET') return { versions: ['1.0'], kind: 'WebSocket API integrations' };
  if (protocol !== 'HTTP') return undefined;
  if (isPresent(p.IntegrationSubtype)) {
    return isUnknown(p.IntegrationSubtype) ? undefined : { versions: ['1.0'], kind: 'AWS service integrations (IntegrationSubtype)' };
  }
  const type = stringOf(p.IntegrationType);
  if (type === 'AWS_PROXY') return { versions: ['1.0', '2.0'], kind: 'Lambda proxy integrations' };
  if (type === 'HTTP_PROXY') return { versions: ['1.0'], kind: 'HTTP_PROXY integrations' };
  return undefined;
}

export const integrationPayloadFormatVersion: Rule = {
  id: 'integration-payload-format-version',
  severity: 'error',
  summary: 'PayloadFormatVersion is "1.0" or "2.0" for Lambda proxy integrations of HTTP APIs and "1.0" for every other integration',
  references: ['INT-003', 'INT-004', 'INT-005', 'INT-006'],
  evidence: { kind: 'observed', source: 'PF:pf-apigwv2-aws-proxy-payload-version; PF:pf-apigwv2-http-proxy-payload-version; PF:pf-apigwv2-integration-subtype-payload-version; PF:pf-apigwv2-websocket-payload-version' },
  check(model, report) {
    for (const integration of model.integrations) {
      const rule = accepted(integration);
      if (!rule) continue;
      // Each value the template can give (through Fn::If, a parameter, a mapping), named by when it gives it.
      for (const alternative of model.values.resolve(integration.properties.PayloadFormatVersion)) {
        if (alternative.value.kind !== 'literal') continue;
        const raw = alternative.value.value;
        // A number (2.0 in YAML) is not the string the service expects either: report it as written.
        if (typeof raw !== 'string' && typeof raw !== 'number') continue;
        if (typeof raw === 'string' && rule.versions.includes(raw)) continue;
        // YAML `2.0` and JSON `2.0` parse to the number 2: whether the service then sees "2.0" or "2" is not
        // known, so a number is reported only when no spelling of it is accepted.
        if (typeof raw === 'number' && rule.versions.includes(raw.toFixed(1))) continue;
        report({
          resource: integration,
          path: 'PayloadFormatVersion',
          message: `PayloadFormatVersion is ${typeof raw === 'string' ? `"${raw}"` : `the number ${raw}`}${describeWhen(alternative.when)}; ${rule.kind} accept ${rule.versions.map(v => `"${v}"`).join(' or ')}`,
        });
      }
    }
  },
};
