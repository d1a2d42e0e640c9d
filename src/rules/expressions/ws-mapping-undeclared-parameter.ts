import { show } from '../../expressions/problem';
import { parseWebSocketRequestValue } from '../../expressions/websocket-mapping';
import { isPresent, mapOf, stringOf } from '../../model/value';
import { Rule } from '../rule';
import { isProtocol, literalEntries } from './helpers';

export const wsMappingUndeclaredParameter: Rule = {
  id: 'ws-mapping-undeclared-parameter',
  severity: 'warning',
  summary: 'A route.request.header|querystring source is declared in the $connect route\'s RequestParameters',
  references: ['WS-PM-005'],
  evidence: { kind: 'inferred', source: 'WS-PM-005: S000 example; deploy error known only on REST (REST analogue)' },
  check(model, report) {
    for (const integration of model.integrations) {
      if (!isProtocol(integration, 'WEBSOCKET')) continue;
      const connect = integration.routes.filter(r => stringOf(r.properties.RouteKey) === '$connect');
      if (connect.length === 0) continue;
      // Every $connect route must have a known RequestParameters map (absent counts as empty).
      const declared = connect.map(r => isPresent(r.properties.RequestParameters) ? mapOf(r.properties.RequestParameters) : {});
      if (declared.some(d => d === undefined)) continue;
      for (const e of literalEntries(integration.properties.RequestParameters, 'RequestParameters')) {
        const ast = parseWebSocketRequestValue(e.value).ast;
        if (!ast || (ast.source !== 'route.request.header' && ast.source !== 'route.request.querystring')) continue;
        if (declared.every(d => e.value in d!)) continue;
        report({
          resource: integration,
          path: e.path,
          message: `${show(e.value)} is not declared in the $connect route's RequestParameters; add "${e.value}": {"Required": false} (or true) there`,
          line: 1,
          column: 1,
        });
      }
    }
  },
};
