import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { buildHttpStacks } from './stacks';
import { Switchyard } from '../../src';
import { schemaViolations } from '../examples/cloudformation-schema';

describe('whole HTTP stacks', () => {
  const app = new App();
  const stacks = buildHttpStacks(app);

  test.each(stacks.map(s => [s.stackName, s] as const))('%s: no Switchyard finding, and the same template as last time', (_name, stack) => {
    expect(Switchyard.findings(stack)).toEqual([]);
    expect(Template.fromStack(stack).toJSON()).toMatchSnapshot();
  });

  test('every stack passes aws-cdk-lib\'s CloudFormation schema check with zero findings', () => {
    expect(schemaViolations(buildHttpStacks)).toEqual([]);
  });
});
