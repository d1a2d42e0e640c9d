import { isPresent } from '../../model/value';
import { Rule } from '../rule';
import { authorizerType } from './authorizer-kind';

export const authorizerLambdaUri: Rule = {
  id: 'authorizer-lambda-uri',
  severity: 'error',
  summary: 'A REQUEST (Lambda) authorizer has an AuthorizerUri',
  references: ['AUTH-008'],
  evidence: { kind: 'observed', source: 'PF:pf-apigwv2-request-authorizer-uri-required' },
  check(model, report) {
    for (const authorizer of model.authorizers) {
      if (authorizerType(authorizer) !== 'REQUEST' || isPresent(authorizer.properties.AuthorizerUri)) continue;
      report({
        resource: authorizer,
        path: 'AuthorizerUri',
        message: 'AuthorizerUri is missing; a REQUEST authorizer needs the Lambda invocation URI, arn:aws:apigateway:<region>:lambda:path/2015-03-31/functions/<function ARN>/invocations',
      });
    }
  },
};
