/**
 * Migration tests of the HTTP API family: each app of http-rows.ts, built with aws-cdk-lib and with Switchyard,
 * keeps every logical id and resource type (CloudFormation replaces nothing), and differs only by the
 * documented differences the row names.
 */
import * as cdk from 'aws-cdk-lib/aws-apigatewayv2';
import { compare } from './harness';
import { ROWS } from './http-rows';
import * as sy from '../../src';

describe('an HTTP API app migrated from aws-cdk-lib', () => {
  test.each(ROWS)('%s', (_name, differences, theirs, ours) => {
    const { documented, unexplained } = compare(theirs, ours);
    expect(unexplained).toEqual([]);
    expect(documented).toEqual([...differences].sort());
  });
});

describe('the comparison itself', () => {
  test('a resource whose logical id changes is reported missing and added, not explained', () => {
    const { unexplained } = compare(
      s => new cdk.HttpApi(s, 'Api', { createDefaultStage: false }),
      s => new sy.HttpApi(s, 'Orders', { createDefaultStage: false, apiName: 'Api' }),
    );
    expect(unexplained).toEqual(['ApiF70053CD AWS::ApiGatewayV2::Api (missing)', expect.stringMatching(/^Orders\w+ AWS::ApiGatewayV2::Api \(added\)$/)]);
  });

  test('a property no documented difference covers is reported', () => {
    const { unexplained } = compare(
      s => new cdk.HttpApi(s, 'Api', { createDefaultStage: false }),
      s => new sy.HttpApi(s, 'Api', { createDefaultStage: false, description: 'changed' }),
    );
    expect(unexplained).toEqual(['ApiF70053CD AWS::ApiGatewayV2::Api Description']);
  });
});
