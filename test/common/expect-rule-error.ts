import { SwitchyardError } from '../../src/common/errors';

/** Asserts that `fn` throws Switchyard's error for `ruleId`, with the message starting `[ruleId] `. */
export function expectRuleError(fn: () => unknown, ruleId: string): void {
  let error: unknown;
  try {
    fn();
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(SwitchyardError);
  expect((error as SwitchyardError).ruleId).toBe(ruleId);
  expect((error as SwitchyardError).message.startsWith(`[${ruleId}] `)).toBe(true);
}

/** The rule id of the Switchyard error `fn` throws, or undefined when it throws none (other errors pass through). */
export function ruleOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    if (e instanceof SwitchyardError) return e.ruleId;
    throw e;
  }
  return undefined;
}
