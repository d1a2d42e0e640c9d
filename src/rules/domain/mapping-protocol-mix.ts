import { Rule } from '../rule';
import { MappedKind, mappedKindOf, mappingsByDomain } from './helpers';

const describeKind = (kind: MappedKind) => (kind === 'WEBSOCKET' ? 'a WebSocket API' : kind === 'HTTP' ? 'an HTTP API' : 'a REST API');

export const mappingProtocolMix: Rule = {
  id: 'mapping-protocol-mix',
  severity: 'error',
  summary: 'A domain name maps either WebSocket APIs only, or HTTP and REST APIs only',
  references: ['MAP-007', 'MAP-006'],
  evidence: { kind: 'documented', source: 'DG:websocket-api-mappings ("You can\'t map WebSocket APIs to the same custom domain name as an HTTP API or REST API")' },
  check(model, report) {
    for (const group of mappingsByDomain(model)) {
      const known = group.map(m => ({ mapping: m, kind: mappedKindOf(model, m) })).filter(k => k.kind !== undefined);
      const first = known[0];
      if (!first?.kind) continue;
      const firstIsWebSocket = first.kind === 'WEBSOCKET';
      for (const { mapping, kind } of known) {
        if ((kind === 'WEBSOCKET') === firstIsWebSocket) continue;
        report({
          resource: mapping,
          path: 'ApiId',
          message: `this mapping puts ${describeKind(kind!)} on a domain name where ${first.mapping.logicalId} maps ${describeKind(first.kind)}; WebSocket APIs cannot share a custom domain name with HTTP or REST APIs`,
        });
      }
    }
  },
};
