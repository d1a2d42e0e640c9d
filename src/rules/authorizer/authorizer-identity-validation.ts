import { isPresent, isUnknown } from '../../model/value';
import { Rule } from '../rule';

export const authorizerIdentityValidation: Rule = {
  id: 'authorizer-identity-validation',
  severity: 'warning',
  summary: 'IdentityValidationExpression is not set: API Gateway v2 does not use it',
  references: ['AUTH-018'],
  evidence: { kind: 'documented', source: 'S003 L3318 CreateAuthorizerInput.identityValidationExpression ("This parameter is not used")' },
  check(model, report) {
    for (const authorizer of model.authorizers) {
      const value = authorizer.properties.IdentityValidationExpression;
      if (!isPresent(value) || isUnknown(value) || value === '') continue;
      report({ resource: authorizer, path: 'IdentityValidationExpression', message: 'IdentityValidationExpression is set, but API Gateway v2 does not use it: no request is validated against it; validate the identity in the authorizer (a Lambda function) or with a JWT authorizer' });
    }
  },
};
