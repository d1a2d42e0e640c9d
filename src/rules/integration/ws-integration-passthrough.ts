import { show } from '../../expressions/problem';
import { stringOf } from '../../model/value';
import { Rule } from '../rule';

/** S003 `PassthroughBehavior` and `ContentHandlingStrategy` enumerations. */
const ENUMS: ReadonlyArray<{ property: string; values: readonly string[] }> = [
  { property: 'PassthroughBehavior', values: ['WHEN_NO_MATCH', 'NEVER', 'WHEN_NO_TEMPLATES'] },
  { property: 'ContentHandlingStrategy', values: ['CONVERT_TO_BINARY', 'CONVERT_TO_TEXT'] },
];

export const wsIntegrationPassthrough: Rule = {
  id: 'ws-integration-passthrough',
  severity: 'error',
  summary: 'A WebSocket integration\'s PassthroughBehavior is WHEN_NO_MATCH, NEVER or WHEN_NO_TEMPLATES, and its ContentHandlingStrategy CONVERT_TO_BINARY or CONVERT_TO_TEXT',
  references: ['INT-027'],
  evidence: { kind: 'documented', source: 'S003 L7440 PassthroughBehavior and ContentHandlingStrategy enums (the CloudFormation schema types both as plain strings)' },
  check(model, report) {
    for (const integration of model.integrations) {
      // On an HTTP API both properties are protocol-unsupported-property's finding.
      if (integration.api?.protocol === 'HTTP') continue;
      for (const { property, values } of ENUMS) {
        const value = stringOf(integration.properties[property]);
        if (value === undefined || values.includes(value)) continue;
        report({ resource: integration, path: property, message: `${property} ${show(value)} is not supported; expected ${values.join(', ')}` });
      }
    }
  },
};
