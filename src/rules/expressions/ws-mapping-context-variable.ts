import { isContextVariable } from '../../expressions/context-variables';
import { show } from '../../expressions/problem';
import { parseWebSocketRequestValue } from '../../expressions/websocket-mapping';
import { Rule } from '../rule';
import { isProtocol, literalEntries, positionOf } from './helpers';

export const wsMappingContextVariable: Rule = {
  id: 'ws-mapping-context-variable',
  severity: 'error',
  summary: 'context.<variable> data-mapping sources name a context variable WebSocket APIs support',
  references: ['WS-PM-007'],
  evidence: { kind: 'documented', source: 'S000 ("context.VARIABLE_NAME that must be one of the supported context variables")' },
  check(model, report) {
    for (const integration of model.integrations) {
      if (!isProtocol(integration, 'WEBSOCKET')) continue;
      for (const e of literalEntries(integration.properties.RequestParameters, 'RequestParameters')) {
        const ast = parseWebSocketRequestValue(e.value).ast;
        if (ast?.source !== 'context' || ast.name === undefined) continue;
        if (isContextVariable(ast.name, 'websocket-mapping')) continue;
        report({
          resource: integration,
          path: e.path,
          message: `${show(ast.name)} is not a WebSocket context variable; expected one such as connectionId, routeKey, eventType, messageId, requestId, identity.sourceIp or authorizer.<key>`,
          ...positionOf(e.value, ast.nameOffset ?? 0),
        });
      }
    }
  },
};
