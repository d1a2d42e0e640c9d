import { parseHttpRequestKey, parseHttpResponseKey } from '../../expressions/http-parameter-mapping';
import { show } from '../../expressions/problem';
import { reservedHeaderEntry } from '../../expressions/reserved-headers';
import { Rule } from '../rule';
import { hasSubtype, isProtocol, literalEntries, positionOf, responseEntries } from './helpers';

export const httpMappingReservedHeader: Rule = {
  id: 'http-mapping-reserved-header',
  severity: 'error',
  summary: 'HTTP parameter mapping cannot change reserved headers (compared case-insensitively)',
  references: ['HTTP-PM-006'],
  evidence: { kind: 'documented', source: 'S004 § Reserved headers ("You can\'t configure request or response mappings for these headers")' },
  check(model, report) {
    for (const integration of model.integrations) {
      if (!isProtocol(integration, 'HTTP')) continue;
      const keys = [
        ...(hasSubtype(integration) ? [] : literalEntries(integration.properties.RequestParameters, 'RequestParameters')
          .map(e => ({ key: e.key, path: e.path, ast: parseHttpRequestKey(e.key).ast }))),
        ...responseEntries(integration).map(e => ({ key: e.key, path: e.keyPath, ast: parseHttpResponseKey(e.key).ast })),
      ];
      for (const { key, path, ast } of keys) {
        if (ast?.location !== 'header' || ast.name === undefined) continue;
        const entry = reservedHeaderEntry(ast.name);
        if (!entry) continue;
        report({
          resource: integration,
          path,
          message: `header ${show(ast.name)} is reserved (${entry}); API Gateway does not let parameter mapping change it`,
          ...positionOf(key, ast.nameOffset ?? 0),
        });
      }
    }
  },
};
