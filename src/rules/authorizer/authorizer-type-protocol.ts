import { Protocol } from '../../model/nodes';
import { isPresent } from '../../model/value';
import { Rule } from '../rule';

const TYPES: Record<Protocol, string[]> = { HTTP: ['REQUEST', 'JWT'], WEBSOCKET: ['REQUEST'] };

export const authorizerTypeProtocol: Rule = {
  id: 'authorizer-type-protocol',
  severity: 'error',
  summary: 'AuthorizerType is REQUEST or JWT on HTTP APIs and REQUEST on WebSocket APIs',
  references: ['AUTH-001'],
  evidence: { kind: 'observed', source: 'PF:pf-apigwv2-websocket-authorizer-type' },
  check(model, report) {
    for (const authorizer of model.authorizers) {
      const protocol = authorizer.api?.protocol;
      if (!protocol) continue;
      const allowed = TYPES[protocol];
      if (!isPresent(authorizer.properties.AuthorizerType)) {
        report({ resource: authorizer, path: 'AuthorizerType', message: `AuthorizerType is missing; expected ${allowed.join(' or ')}` });
        continue;
      }
      // Each value the template can give (through Fn::If, a parameter, a mapping), named by when it gives it.
      for (const { value: type, when } of model.values.strings(authorizer.properties.AuthorizerType)) {
        if (allowed.includes(type)) continue;
        report({ resource: authorizer, path: 'AuthorizerType', message: `AuthorizerType is "${type}"${when}; ${protocol === 'HTTP' ? 'HTTP' : 'WebSocket'} APIs accept ${allowed.join(' or ')}` });
      }
    }
  },
};
