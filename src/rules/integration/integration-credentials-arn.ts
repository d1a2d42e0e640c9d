import { show } from '../../expressions/problem';
import { isPresent, stringOf } from '../../model/value';
import { isCallerCredentialsArn, mayBeRoleArn } from '../role-arn';
import { Rule } from '../rule';

export const integrationCredentialsArn: Rule = {
  id: 'integration-credentials-arn',
  severity: 'error',
  summary: 'An integration\'s CredentialsArn is an IAM role ARN, or arn:aws:iam::*:user/* to pass the caller\'s credentials',
  references: ['INT-025'],
  evidence: { kind: 'documented', source: 'S003 L7482 CreateIntegrationInput.credentialsArn ("To specify an IAM Role for API Gateway to assume, use the role\'s Amazon Resource Name (ARN). To require that the caller\'s identity be passed through from the request, specify the string arn:aws:iam::*:user/*")' },
  check(model, report) {
    for (const integration of model.integrations) {
      // A subtype integration's role is http-subtype-credentials' finding.
      if (isPresent(integration.properties.IntegrationSubtype)) continue;
      const arn = stringOf(integration.properties.CredentialsArn);
      if (arn === undefined || mayBeRoleArn(arn) || isCallerCredentialsArn(arn)) continue;
      report({ resource: integration, path: 'CredentialsArn', message: `CredentialsArn ${show(arn)} is neither an IAM role ARN (arn:<partition>:iam::<account>:role/<name>) nor arn:<partition>:iam::*:user/*` });
    }
  },
};
