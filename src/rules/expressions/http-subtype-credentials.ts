import { show } from '../../expressions/problem';
import { isPresent, stringOf } from '../../model/value';
import { mayBeRoleArn } from '../role-arn';
import { Rule } from '../rule';
import { isProtocol } from './helpers';

export const httpSubtypeCredentials: Rule = {
  id: 'http-subtype-credentials',
  severity: 'error',
  summary: 'AWS service integrations (IntegrationSubtype) need a CredentialsArn role that API Gateway assumes',
  references: ['INT-022'],
  evidence: { kind: 'observed', source: 'PF:pf-apigwv2-integration-subtype-credentials' },
  check(model, report) {
    for (const integration of model.integrations) {
      if (!isProtocol(integration, 'HTTP')) continue;
      const subtype = stringOf(integration.properties.IntegrationSubtype);
      if (subtype === undefined) continue;
      if (!isPresent(integration.properties.CredentialsArn)) {
        report({ resource: integration, path: 'CredentialsArn', message: `CredentialsArn is missing; subtype ${show(subtype)} needs an IAM role ARN that API Gateway assumes to call the service` });
        continue;
      }
      const arn = stringOf(integration.properties.CredentialsArn);
      if (arn !== undefined && !mayBeRoleArn(arn)) {
        report({ resource: integration, path: 'CredentialsArn', message: `${show(arn)} is not an IAM role ARN; subtype integrations need arn:<partition>:iam::<account>:role/<name>` });
      }
    }
  },
};
