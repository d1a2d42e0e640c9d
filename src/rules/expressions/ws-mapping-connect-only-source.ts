import { show } from '../../expressions/problem';
import { CONNECT_ONLY_SOURCES, parseWebSocketRequestValue } from '../../expressions/websocket-mapping';
import { stringOf } from '../../model/value';
import { Rule } from '../rule';
import { isProtocol, literalEntries } from './helpers';

export const wsMappingConnectOnlySource: Rule = {
  id: 'ws-mapping-connect-only-source',
  severity: 'warning',
  summary: 'Header and query-string data-mapping sources only work on integrations reached by $connect routes alone',
  references: ['WS-PM-003'],
  evidence: { kind: 'inferred', source: 'WS-PM-003: S000 marks the sources "supported only for the $connect route"; deploy error unknown' },
  check(model, report) {
    for (const integration of model.integrations) {
      if (!isProtocol(integration, 'WEBSOCKET') || integration.routes.length === 0) continue;
      const keys = integration.routes.map(r => stringOf(r.properties.RouteKey));
      if (keys.some(k => k === undefined)) continue;
      const others = keys.filter(k => k !== '$connect');
      if (others.length === 0) continue;
      for (const e of literalEntries(integration.properties.RequestParameters, 'RequestParameters')) {
        const ast = parseWebSocketRequestValue(e.value).ast;
        if (!ast || !CONNECT_ONLY_SOURCES.includes(ast.source)) continue;
        report({
          resource: integration,
          path: e.path,
          message: `${show(e.value)}: ${ast.source} exists only on the $connect route, but this integration also serves ${others.map(k => show(k!)).join(', ')}`,
          line: 1,
          column: 1,
        });
      }
    }
  },
};
