import { checkJwtIdentitySources } from '../../expressions/identity-source';
import { arrayOf, isPresent, stringOf } from '../../model/value';
import { Rule } from '../rule';
import { positionOf } from './helpers';

export const jwtIdentitySource: Rule = {
  id: 'jwt-identity-source',
  severity: 'error',
  summary: 'A JWT authorizer has exactly one identity source, $request.header.<name> or $request.querystring.<name>',
  references: ['AUTH-006'],
  evidence: { kind: 'documented', source: 'S003 L3318 identitySource ("For JWT, a single entry ... only header-based and query parameter-based selections are supported")' },
  check(model, report) {
    for (const authorizer of model.authorizers) {
      if (authorizer.api?.protocol !== 'HTTP' || stringOf(authorizer.properties.AuthorizerType) !== 'JWT') continue;
      const raw = authorizer.properties.IdentitySource;
      if (!isPresent(raw)) continue; // CreateAuthorizer requires it; the schema check reports a missing property
      const list = arrayOf(raw);
      if (!list) continue;
      if (list.some(item => stringOf(item) === undefined)) {
        if (list.length <= 1) continue;
      }
      const values = list.map(item => stringOf(item) ?? '');
      for (const { index, problem } of checkJwtIdentitySources(values)) {
        if (index >= 0 && stringOf(list[index]) === undefined) continue;
        report({
          resource: authorizer,
          path: index < 0 ? 'IdentitySource' : `IdentitySource[${index}]`,
          message: problem.message,
          ...(index >= 0 ? positionOf(values[index], problem.offset) : {}),
        });
      }
    }
  },
};
