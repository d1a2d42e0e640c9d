import { child, WS_API } from './catalogue-fixtures';
import { expectRule } from './rule-table';
import { authorizerIdentityValidation } from '../../src/rules/authorizer/authorizer-identity-validation';

const authorizer = (expression: unknown) => ({ ...WS_API, ...child('Authorizer', 'Authorizer', { AuthorizerType: 'REQUEST', Name: 'auth', AuthorizerUri: 'arn:aws:apigateway:us-east-1:lambda:path/x', IdentityValidationExpression: expression }) });

expectRule(authorizerIdentityValidation, {
  valid: [
    { name: 'not set', resources: authorizer(undefined) },
    { name: 'empty', resources: authorizer('') },
    { name: 'unknown (may be AWS::NoValue)', resources: authorizer({ 'Fn::If': ['C', '^Bearer', { Ref: 'AWS::NoValue' }] }) },
  ],
  invalid: [
    { name: 'a pattern', resources: authorizer('^Bearer [-0-9a-zA-Z._]*$'), findings: [{ resource: 'Authorizer', path: 'IdentityValidationExpression' }] },
  ],
});
