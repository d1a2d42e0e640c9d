import { Stack } from 'aws-cdk-lib';
import { IConstruct } from 'constructs';
import { rememberLogicalIds } from './logical-ids';
import { registerOn } from '../check/register';

/**
 * What every construct of this library does first: the rule engine checks its stack's template at synth,
 * and the stack remembers the logical ids of its resources. Returns the stack.
 */
export function adopt(construct: IConstruct): Stack {
  const stack = Stack.of(construct);
  registerOn(stack);
  rememberLogicalIds(stack);
  return stack;
}
