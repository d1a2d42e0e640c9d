import { Protocol } from '../../model/nodes';
import { isPresent, stringOf } from '../../model/value';
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
      const type = stringOf(authorizer.properties.AuthorizerType);
      if (type !== undefined && !allowed.includes(type)) {
        report({ resource: authorizer, path: 'AuthorizerType', message: `AuthorizerType is "${type}"; ${protocol === 'HTTP' ? 'HTTP' : 'WebSocket'} APIs accept ${allowed.join(' or ')}` });
      }
    }
  },
};
