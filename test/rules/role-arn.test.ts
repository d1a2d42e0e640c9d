import { isCallerCredentialsArn, mayBeRoleArn } from '../../src/rules/role-arn';

// The one role-ARN check of authorizer-credentials-arn, integration-credentials-arn and http-subtype-credentials.
test.each([
  ['arn:aws:iam::123456789012:role/apigw', true],
  ['arn:aws-cn:iam::123456789012:role/service/apigw', true],
  ['arn:aws-us-gov:iam::123456789012:role/apigw', true],
  ['arn:aws:iam::123456789012:${stageVariables.role}', true],
  ['arn:aws:iam:::role/apigw', false],
  ['arn:aws:iam::12345:role/apigw', false],
  ['arn:aws:iam::123456789012:role/', false],
  ['arn:aws:iam::123456789012:user/alice', false],
  ['arn:aws:iam::*:user/*', false],
  ['apigw', false],
])('%s may be a role ARN: %s', (arn, expected) => {
  expect(mayBeRoleArn(arn)).toBe(expected);
});

test.each([
  ['arn:aws:iam::*:user/*', true],
  ['arn:aws-cn:iam::*:user/*', true],
  ['arn:aws:iam::*:user/alice', false],
  ['arn:aws:iam::123456789012:role/apigw', false],
])('%s is the caller-credentials form: %s', (arn, expected) => {
  expect(isCallerCredentialsArn(arn)).toBe(expected);
});
