import { show } from '../../expressions/problem';
import { parseIntegrationResponseKey } from '../../expressions/selection-expressions';
import { IntegrationNode } from '../../model/nodes';
import { stringOf } from '../../model/value';
import { javaFindsAny } from '../../vtl/java-regex';
import { Rule } from '../rule';

/**
 * What the integration response selection gives for a successful call (SEL-006): a Lambda's
 * `${integration.response.body.errorMessage}` is "" on success, an HTTP or MOCK integration's
 * `${integration.response.statuscode}` is 2xx. AWS service integrations may answer with a status code, so
 * AWS takes both.
 */
const SUCCESS_STATUS = Array.from({ length: 100 }, (_, i) => String(200 + i));
const SUCCESS_VALUES: Readonly<Record<string, readonly string[]>> = {
  AWS: ['', ...SUCCESS_STATUS],
  HTTP: SUCCESS_STATUS,
  MOCK: SUCCESS_STATUS,
};

/**
 * Whether a `/regex/` key may match a successful call's value, by Java's find or matches (a match of the
 * whole value is also found). The pattern is the user's: it runs on the library's Java-regex engine within a
 * work budget, and a pattern Java refuses, or one not decided within the budget, may match.
 */
function mayMatchSuccess(pattern: string, values: readonly string[]): boolean {
  return javaFindsAny(pattern, values) !== 'no-match';
}

/** Whether a route's answer goes back to the client: it has a route response or asks for one with a literal expression. */
function twoWay(integration: IntegrationNode): boolean {
  return integration.routes.some(r => r.routeResponses.length > 0 || stringOf(r.properties.RouteResponseSelectionExpression) !== undefined);
}

export const wsIntegrationResponseDefault: Rule = {
  id: 'ws-integration-response-default',
  severity: 'warning',
  summary: 'A non-proxy WebSocket integration of a two-way route that has integration responses has one keyed $default, or one whose pattern matches a successful call',
  references: ['IR-005'],
  evidence: { kind: 'documented', source: 'DG:apigateway-websocket-api-selection-expressions ("$default is required for non-proxy integrations to act as the catch-all")' },
  check(model, report) {
    // An integration response whose IntegrationId the model cannot follow may be the missing $default.
    if (model.integrationResponses.some(ir => ir.integration === undefined)) return;
    for (const integration of model.integrations) {
      if (integration.api?.protocol !== 'WEBSOCKET') continue;
      const type = stringOf(integration.properties.IntegrationType);
      const values = type === undefined ? undefined : SUCCESS_VALUES[type];
      const responses = integration.integrationResponses;
      if (!values || responses.length === 0 || !twoWay(integration)) continue;
      const keys = responses.map(ir => stringOf(ir.properties.IntegrationResponseKey));
      // An unknown key, or one that does not parse (integration-response-key reports it), may be the $default one.
      const parsed = keys.map(k => (k === undefined ? undefined : parseIntegrationResponseKey(k).ast));
      if (parsed.some(key => key === undefined || key.kind === 'default' || mayMatchSuccess(key.pattern, values))) continue;
      report({
        resource: integration,
        path: 'IntegrationType',
        message: `the ${type} integration has integration responses (${(keys as string[]).map(k => show(k)).join(', ')}) but none keyed $default and no pattern that matches a successful call `
          + `(${type === 'AWS' ? 'an empty Lambda error message or a 2xx status' : 'a 2xx status'}), so successful answers are not sent back to the client: expected an integration response keyed $default`,
      });
    }
  },
};
