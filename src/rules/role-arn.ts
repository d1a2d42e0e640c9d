/**
 * The IAM role ARN that API Gateway assumes (an integration's CredentialsArn, an authorizer's
 * AuthorizerCredentialsArn), one definition for every rule that reads one. The catalogue gives the form
 * `arn:<partition>:iam::<12 digits>:role/...` (INT-025, AUTH-017, INT-022); the partition is any
 * (aws, aws-cn, aws-us-gov, ...) and the role may have a path (`role/service/name`).
 */
const ROLE_ARN = /^arn:[a-z-]+:iam::\d{12}:role\/\S+$/;

/** The caller-credentials form of an integration (S003 L7482 "specify the string arn:aws:iam::*:user/*"), in any partition. */
const CALLER_CREDENTIALS_ARN = /^arn:[a-z-]+:iam::\*:user\/\*$/;

/**
 * Whether a literal ARN is a role ARN or may be one: a `${stageVariables.<name>}` stands for part of the ARN,
 * resolved per stage, so the value is not known here (where it may stand is integration-stage-variable-position's
 * finding, INT-014).
 */
export function mayBeRoleArn(arn: string): boolean {
  return arn.includes('${stageVariables.') || ROLE_ARN.test(arn);
}

/** Whether a literal ARN is the caller-credentials form, which only an integration accepts. */
export function isCallerCredentialsArn(arn: string): boolean {
  return CALLER_CREDENTIALS_ARN.test(arn);
}
