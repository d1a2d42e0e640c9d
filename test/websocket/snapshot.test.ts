import { Template } from 'aws-cdk-lib/assertions';
import { everything, minimal, newStack } from './shapes';
import { Switchyard } from '../../src';
import { schemaViolations } from '../examples/cloudformation-schema';

process.env.CDK_VALIDATION = 'false';

const SHAPES = { minimal, everything };

describe.each(Object.entries(SHAPES))('the %s WebSocket stack', (_name, build) => {
  test('matches its snapshot and has no Switchyard finding', () => {
    const stack = newStack();
    build(stack);
    expect(Template.fromStack(stack).toJSON()).toMatchSnapshot();
    // Logging is on by default; the account role it needs is account state, a warning tested in stage.test.ts.
    expect(Switchyard.findings(stack)).toEqual([]);
  });
});

test('every stack the WebSocket tests build passes aws-cdk-lib\'s CloudFormation schema check with zero findings', () => {
  expect(schemaViolations(app => {
    minimal(newStack(app, 'Minimal'));
    everything(newStack(app, 'Everything'));
  })).toEqual([]);
});
