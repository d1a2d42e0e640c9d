import { IConstruct } from 'constructs';
import { isUnknownInput } from './unknown-input';
import { SwitchyardError } from '../common/errors';

/**
 * Runs a check of `src/rules/domain/checks.ts` on a construct's input when the input is a literal, and
 * throws the library's error with the rule id when the check finds a problem. Unresolved tokens are left
 * for the rules to see at synth (where they usually are unknown too).
 */
export function checkLiteral<T extends string | number>(
  ruleId: string, value: T | undefined, check: (value: T) => string | undefined,
): void {
  if (value === undefined || isUnknownInput(value)) return;
  const problem = check(value);
  if (problem) throw new SwitchyardError(ruleId, problem);
}

/** Throws the library's error for a rule when a condition the rule forbids holds. */
export function fail(ruleId: string, message: string): never {
  throw new SwitchyardError(ruleId, message);
}

/** The protocol an aws-cdk-lib API construct was created with, when its L1 says so with a literal. */
export function protocolOfApi(api: IConstruct): string | undefined {
  const child = api.node.defaultChild as { protocolType?: unknown } | undefined;
  const protocol = child?.protocolType;
  return typeof protocol === 'string' && !isUnknownInput(protocol) ? protocol : undefined;
}
