import { child, HTTP_API, WS_API } from './catalogue-fixtures';
import { expectRule } from './rule-table';
import { integrationCredentialsArn } from '../../src/rules/integration/integration-credentials-arn';

const integration = (arn: unknown, extra: Record<string, unknown> = {}) => child('Integration', 'Integration', {
  IntegrationType: 'AWS', IntegrationMethod: 'POST', IntegrationUri: 'arn:aws:apigateway:us-east-1:sqs:action/SendMessage', CredentialsArn: arn, ...extra,
});

expectRule(integrationCredentialsArn, {
  valid: [
    { name: 'a role ARN', resources: { ...WS_API, ...integration('arn:aws:iam::123456789012:role/apigw-sqs') } },
    { name: 'a role ARN with a path, in another partition', resources: { ...WS_API, ...integration('arn:aws-cn:iam::123456789012:role/service/apigw') } },
    { name: 'the caller-credentials form', resources: { ...WS_API, ...integration('arn:aws:iam::*:user/*') } },
    { name: 'a role named by a stage variable', resources: { ...WS_API, ...integration('arn:aws:iam::123456789012:${stageVariables.role}') } },
    { name: 'an unknown ARN', resources: { ...WS_API, ...integration({ 'Fn::GetAtt': ['Role', 'Arn'] }) } },
    { name: 'a subtype integration (http-subtype-credentials)', resources: { ...HTTP_API, ...integration('not-a-role', { IntegrationType: 'AWS_PROXY', IntegrationSubtype: 'SQS-SendMessage', PayloadFormatVersion: '1.0' }) } },
  ],
  invalid: [
    { name: 'a user ARN', resources: { ...WS_API, ...integration('arn:aws:iam::123456789012:user/alice') }, findings: [{ resource: 'Integration', path: 'CredentialsArn' }] },
    { name: 'a role name', resources: { ...WS_API, ...integration('apigw-sqs') }, findings: [{ resource: 'Integration', path: 'CredentialsArn' }] },
    { name: 'a Lambda ARN', resources: { ...HTTP_API, ...integration('arn:aws:lambda:us-east-1:123456789012:function:f', { IntegrationType: 'AWS_PROXY', PayloadFormatVersion: '2.0' }) }, findings: [{ resource: 'Integration', path: 'CredentialsArn' }] },
  ],
});
