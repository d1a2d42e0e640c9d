import { SwitchyardError } from '../../src/common/errors';

test('SwitchyardError names its rule and links its docs', () => {
  const e = new SwitchyardError('integration-timeout', 'TimeoutInMillis is 30001; expected 50 to 30000');
  expect(e).toBeInstanceOf(SwitchyardError);
  expect(e).toBeInstanceOf(Error);
  expect(e.ruleId).toBe('integration-timeout');
  expect(e.message).toBe('[integration-timeout] TimeoutInMillis is 30001; expected 50 to 30000 (https://github.com/switchyard/cdk-switchyard/blob/main/docs/rules/integration-timeout.md)');
});
