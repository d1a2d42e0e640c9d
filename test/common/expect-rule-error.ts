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
