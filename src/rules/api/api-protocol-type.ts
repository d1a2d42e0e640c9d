import { isPresent } from '../../model/value';
import { Rule } from '../rule';

const PROTOCOLS = ['HTTP', 'WEBSOCKET'];

export const apiProtocolType: Rule = {
  id: 'api-protocol-type',
  severity: 'error',
  summary: 'An API has a ProtocolType of HTTP or WEBSOCKET, unless it is imported from an OpenAPI definition',
  references: ['API-002'],
  evidence: { kind: 'documented', source: 'S003 L2269 CreateApiInput.protocolType (Required, ProtocolType enum)' },
  check(model, report) {
    for (const api of model.apis) {
      const p = api.properties;
      if (!isPresent(p.ProtocolType)) {
        if (!isPresent(p.Body) && !isPresent(p.BodyS3Location)) {
          report({ resource: api, path: 'ProtocolType', message: 'ProtocolType is missing; expected HTTP or WEBSOCKET' });
        }
        continue;
      }
      // Each value the template can give (through Fn::If, a parameter, a mapping), named by when it gives it.
      for (const { value: protocol, when } of model.values.strings(p.ProtocolType)) {
        if (PROTOCOLS.includes(protocol)) continue;
        report({ resource: api, path: 'ProtocolType', message: `ProtocolType is "${protocol}"${when}; expected HTTP or WEBSOCKET (case-sensitive)` });
      }
    }
  },
};
