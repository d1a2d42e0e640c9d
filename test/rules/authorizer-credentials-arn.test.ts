import { child, WS_API } from './catalogue-fixtures';
import { expectRule } from './rule-table';
import { authorizerCredentialsArn } from '../../src/rules/authorizer/authorizer-credentials-arn';

const authorizer = (arn: unknown) => ({ ...WS_API, ...child('Authorizer', 'Authorizer', { AuthorizerType: 'REQUEST', Name: 'auth', AuthorizerUri: 'arn:aws:apigateway:us-east-1:lambda:path/x', AuthorizerCredentialsArn: arn }) });

expectRule(authorizerCredentialsArn, {
  valid: [
    { name: 'a role ARN', resources: authorizer('arn:aws:iam::123456789012:role/invoke-auth') },
    { name: 'a role ARN with a path, in another partition', resources: authorizer('arn:aws-cn:iam::123456789012:role/service/invoke-auth') },
    { name: 'a role named by a stage variable', resources: authorizer('arn:aws:iam::123456789012:${stageVariables.role}') },
    { name: 'an unknown ARN', resources: authorizer({ 'Fn::GetAtt': ['Role', 'Arn'] }) },
    { name: 'no role', resources: authorizer(undefined) },
  ],
  invalid: [
    { name: 'a user ARN', resources: authorizer('arn:aws:iam::123456789012:user/alice'), findings: [{ resource: 'Authorizer', path: 'AuthorizerCredentialsArn' }] },
    { name: 'the caller-credentials form of integrations', resources: authorizer('arn:aws:iam::*:user/*'), findings: [{ resource: 'Authorizer', path: 'AuthorizerCredentialsArn' }] },
    { name: 'a role name', resources: authorizer('invoke-auth'), findings: [{ resource: 'Authorizer', path: 'AuthorizerCredentialsArn' }] },
  ],
});
