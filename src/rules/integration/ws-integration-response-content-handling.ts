import { show } from '../../expressions/problem';
import { stringOf } from '../../model/value';
import { Rule } from '../rule';

/** S003 `ContentHandlingStrategy`: the two conversions; leaving the property out passes the payload through. */
const STRATEGIES: readonly string[] = ['CONVERT_TO_BINARY', 'CONVERT_TO_TEXT'];

export const wsIntegrationResponseContentHandling: Rule = {
  id: 'ws-integration-response-content-handling',
  severity: 'error',
  summary: 'An integration response\'s ContentHandlingStrategy is CONVERT_TO_BINARY or CONVERT_TO_TEXT',
  references: ['IR-007'],
  evidence: { kind: 'documented', source: 'S003 L7015 ContentHandlingStrategy enum' },
  check(model, report) {
    for (const ir of model.integrationResponses) {
      // Integration responses exist on WebSocket APIs only; one under an HTTP API is protocol-unsupported-resource's finding.
      if (ir.api?.protocol === 'HTTP') continue;
      const strategy = stringOf(ir.properties.ContentHandlingStrategy);
      if (strategy === undefined || STRATEGIES.includes(strategy)) continue;
      report({
        resource: ir,
        path: 'ContentHandlingStrategy',
        message: `ContentHandlingStrategy ${show(strategy)} is not supported; expected ${STRATEGIES.join(' or ')} (or no ContentHandlingStrategy, to pass the payload through unchanged)`,
      });
    }
  },
};
