/**
 * Migration tests of the WebSocket API family: each app of websocket-rows.ts, built with aws-cdk-lib and with
 * Switchyard, keeps every logical id and resource type (CloudFormation replaces nothing), and differs only by
 * the documented differences the row names.
 */
import { compare } from './harness';
import { ROWS } from './websocket-rows';

describe('a WebSocket API app migrated from aws-cdk-lib', () => {
  test.each(ROWS)('%s', (_name, differences, theirs, ours) => {
    const { documented, unexplained } = compare(theirs, ours);
    expect(unexplained).toEqual([]);
    expect(documented).toEqual([...differences].sort());
  });

  // aws-cdk-lib's UsagePlan (apiStages, addApiKey) and ApiKey are being added by h/compat-api (issue 15).
  test.todo('a usage plan with an API key keeps its logical ids (once h/compat-api\'s UsagePlan and ApiKey are merged)');
});
