import { Token } from 'aws-cdk-lib';
import { hasDynamicReference } from '../model/value';

/**
 * Whether a construct's input is known only at deploy time: a CDK token (a `CfnParameter`, a `Lazy`, an attribute
 * of another resource), or a string holding a CloudFormation dynamic reference (`{{resolve:ssm:...}}`) that
 * CloudFormation replaces while it deploys. The constructs check literal input only, so they skip such input,
 * as the rules do.
 */
export function isUnknownInput(value: unknown): boolean {
  return Token.isUnresolved(value) || (typeof value === 'string' && hasDynamicReference(value));
}

/**
 * Whether a map key given to a construct (a stage variable's or a tag's name, a mapping's key) is unknown. Only a
 * CDK token is: CloudFormation resolves dynamic references in values, never in keys, so `{{resolve:...}}` as a key
 * is the literal text the service will see, and is checked.
 */
export function isUnresolvedKey(key: string): boolean {
  return Token.isUnresolved(key);
}
