import { Duration } from 'aws-cdk-lib';
import { SwitchyardError } from '../common/errors';

/**
 * Throws when a Duration whose amount is a token (`Duration.seconds(param.valueAsNumber)`) is not in the
 * unit its CloudFormation property takes: a token converts only from that same unit, because CloudFormation
 * has no arithmetic to turn seconds into milliseconds. The error names the rule and the unit to use, where
 * aws-cdk-lib's own error would name neither. A Duration in the right unit, or a literal one, passes.
 */
export function checkTokenDurationUnit(duration: Duration | undefined, unit: 'millis' | 'seconds', ruleId: string, what: string): void {
  if (duration === undefined || !duration.isUnresolved() || duration.unitLabel() === unit) return;
  throw new SwitchyardError(ruleId, `${what} is Duration.${duration.unitLabel()}() of a token, which CloudFormation cannot convert to ${unit === 'millis' ? 'milliseconds' : 'seconds'} (it has no arithmetic); give it as Duration.${unit}(...) of the token`);
}
