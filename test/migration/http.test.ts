/**
 * Migration tests of the HTTP API family: each app of http-rows.ts, built with aws-cdk-lib and with Switchyard,
 * keeps every logical id and resource type (CloudFormation replaces nothing), and differs only by the
 * documented differences the row names.
 */
import { Stack } from 'aws-cdk-lib';
import * as cdk from 'aws-cdk-lib/aws-apigatewayv2';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Queue } from 'aws-cdk-lib/aws-sqs';
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

  // A role assumed by `service` allowed sqs:SendMessage on a queue, and, on Switchyard's side only, `extra` too.
  const roleApp = (service: string, extra?: string) => (s: Stack) => {
    const queue = new Queue(s, 'Queue');
    const role = new Role(s, 'Role', { assumedBy: new ServicePrincipal(service) });
    role.addToPolicy(new PolicyStatement({ actions: ['sqs:SendMessage', ...(extra ? [extra] : [])], resources: [queue.queueArn] }));
  };

  test('a policy broadened on a role API Gateway does not assume is reported, not taken for service-role', () => {
    const { documented, unexplained } = compare(roleApp('lambda.amazonaws.com'), roleApp('lambda.amazonaws.com', 'sqs:GetQueueUrl'));
    expect(documented).toEqual([]);
    expect(unexplained).toEqual([expect.stringMatching(/^RoleDefaultPolicy\w+ AWS::IAM::Policy PolicyDocument$/)]);
  });

  test('on a role API Gateway assumes, an action service-role does not name is reported; one it names is not', () => {
    const broadened = compare(roleApp('apigateway.amazonaws.com'), roleApp('apigateway.amazonaws.com', 'sqs:DeleteMessage'));
    expect(broadened.unexplained).toEqual([expect.stringMatching(/^RoleDefaultPolicy\w+ AWS::IAM::Policy PolicyDocument$/)]);
    expect(compare(roleApp('apigateway.amazonaws.com'), roleApp('apigateway.amazonaws.com', 'sqs:GetQueueUrl')))
      .toEqual({ documented: ['service-role'], unexplained: [] });
  });
});
