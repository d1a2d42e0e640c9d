import { show } from '../../expressions/problem';
import { stringOf } from '../../model/value';
import { mayBeRoleArn } from '../role-arn';
import { Rule } from '../rule';

export const authorizerCredentialsArn: Rule = {
  id: 'authorizer-credentials-arn',
  severity: 'error',
  summary: 'An authorizer\'s AuthorizerCredentialsArn is an IAM role ARN',
  references: ['AUTH-017'],
  evidence: { kind: 'documented', source: 'S003 L3318 authorizerCredentialsArn ("Specifies the required credentials as an IAM role for API Gateway to invoke the authorizer. To specify an IAM role for API Gateway to assume, use the role\'s Amazon Resource Name (ARN)")' },
  check(model, report) {
    for (const authorizer of model.authorizers) {
      const arn = stringOf(authorizer.properties.AuthorizerCredentialsArn);
      if (arn === undefined || mayBeRoleArn(arn)) continue;
      report({ resource: authorizer, path: 'AuthorizerCredentialsArn', message: `AuthorizerCredentialsArn ${show(arn)} is not an IAM role ARN; expected arn:<partition>:iam::<account>:role/<name> (or leave it out to use the function's resource policy)` });
    }
  },
};
