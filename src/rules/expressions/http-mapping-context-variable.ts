import { isContextVariable } from '../../expressions/context-variables';
import { parseHttpRequestValue, parseHttpResponseValue } from '../../expressions/http-parameter-mapping';
import { show } from '../../expressions/problem';
import { VariableSource } from '../../expressions/variables';
import { IntegrationNode } from '../../model/nodes';
import { Reporter, Rule } from '../rule';
import { isProtocol, literalEntries, positionOf, responseEntries } from './helpers';

export const httpMappingContextVariable: Rule = {
  id: 'http-mapping-context-variable',
  severity: 'error',
  summary: '$context variables in HTTP parameter mapping are ones HTTP APIs support, named with letters, digits, "." and "_"',
  references: ['HTTP-PM-011'],
  evidence: { kind: 'documented', source: 'DG:http-api-parameter-mapping ("Only the special characters . and _ are supported"); S004 (supported context variables)' },
  check(model, report) {
    for (const integration of model.integrations) {
      if (!isProtocol(integration, 'HTTP')) continue;
      for (const e of literalEntries(integration.properties.RequestParameters, 'RequestParameters')) {
        check(report, integration, e.path, e.value, parseHttpRequestValue(e.value).ast?.sources ?? []);
      }
      for (const e of responseEntries(integration)) {
        check(report, integration, e.valuePath, e.value, parseHttpResponseValue(e.value).ast?.sources ?? []);
      }
    }
  },
};

function check(report: Reporter, integration: IntegrationNode, path: string, value: string, sources: readonly VariableSource[]): void {
  for (const s of sources) {
    if (s.kind !== 'context' || s.name === undefined) continue;
    const at = positionOf(value, s.nameOffset ?? s.offset);
    if (!/^[A-Za-z0-9._]+$/.test(s.name)) {
      report({ resource: integration, path, message: `context variable ${show(s.name)} may only use letters, digits, "." and "_"`, ...at });
    } else if (!isContextVariable(s.name, 'http-parameter-mapping')) {
      report({ resource: integration, path, message: `$context.${s.name} is not a context variable of HTTP APIs; see the HTTP API access-log variables (for example $context.requestId, $context.authorizer.claims.<claim>)`, ...at });
    }
  }
}
