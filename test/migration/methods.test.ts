/**
 * The methods a migrating app calls on an API return what aws-cdk-lib's return: the same ARNs for IAM
 * policies, the same CloudWatch metrics for alarms and dashboards, the same grants.
 */
import { App, Stack } from 'aws-cdk-lib';
import * as cdk from 'aws-cdk-lib/aws-apigatewayv2';
import { Metric } from 'aws-cdk-lib/aws-cloudwatch';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { ENV, resourcesOf } from './harness';
import * as sy from '../../src';

/** Both APIs in one stack each, with the same logical ids, so that resolved values can be compared. */
function pair<A, B>(theirs: (s: Stack) => A, ours: (s: Stack) => B): [A, B, Stack, Stack] {
  const s1 = new Stack(new App(), 'Stack', { env: ENV });
  const s2 = new Stack(new App(), 'Stack', { env: ENV });
  return [theirs(s1), ours(s2), s1, s2];
}

function metricShape(m: Metric, stack: Stack): unknown {
  const { namespace, metricName, dimensions, statistic } = m;
  return stack.resolve({ namespace, metricName, dimensions, statistic, period: m.period.toSeconds() });
}

describe('HttpApi', () => {
  test.each([
    [[]],
    [['GET']],
    [['ANY', '/orders']],
    [['any', '/orders']],
    [['POST', '/orders/{id}', 'prod']],
    [[undefined, undefined, '$default']],
  ] as Array<[Array<string | undefined>]>)('arnForExecuteApi(%j) is the same ARN', args => {
    const [theirs, ours, s1, s2] = pair(s => new cdk.HttpApi(s, 'Api'), s => new sy.HttpApi(s, 'Api'));
    expect(s2.resolve(ours.arnForExecuteApi(...args))).toEqual(s1.resolve(theirs.arnForExecuteApi(...args)));
  });

  test.each(['metricClientError', 'metricServerError', 'metricDataProcessed', 'metricCount', 'metricIntegrationLatency', 'metricLatency'] as const)('%s is the same metric', name => {
    const [theirs, ours, s1, s2] = pair(s => new cdk.HttpApi(s, 'Api'), s => new sy.HttpApi(s, 'Api'));
    expect(metricShape(ours[name](), s2)).toEqual(metricShape(theirs[name](), s1));
  });

  test('an imported API builds the same ARN', () => {
    const [theirs, ours, s1, s2] = pair(
      s => cdk.HttpApi.fromHttpApiAttributes(s, 'Api', { httpApiId: 'abc123' }),
      s => sy.HttpApi.fromHttpApiAttributes(s, 'Api', { httpApiId: 'abc123' }),
    );
    expect(s2.resolve(ours.arnForExecuteApi('GET', '/a'))).toEqual(s1.resolve(theirs.arnForExecuteApi('GET', '/a')));
  });
});

describe('WebSocketApi', () => {
  test.each(['ConnectCount', 'MessageCount', 'IntegrationLatency'])('metric(%s) is the same metric', name => {
    const [theirs, ours, s1, s2] = pair(s => new cdk.WebSocketApi(s, 'Chat'), s => new sy.WebSocketApi(s, 'Chat'));
    expect(metricShape(ours.metric(name), s2)).toEqual(metricShape(theirs.metric(name), s1));
  });

  test('grantManageConnections grants the same statement', () => {
    const grant = (api: { grantManageConnections(r: Role): unknown }, s: Stack) => {
      const role = new Role(s, 'Role', { assumedBy: new ServicePrincipal('lambda.amazonaws.com') });
      api.grantManageConnections(role);
      return Object.values(resourcesOf(() => undefined, s)).filter(r => r.Type === 'AWS::IAM::Policy').map(r => r.Properties);
    };
    const [theirs, ours, s1, s2] = pair(s => new cdk.WebSocketApi(s, 'Chat'), s => new sy.WebSocketApi(s, 'Chat'));
    expect(grant(ours, s2)).toEqual(grant(theirs, s1));
  });

  // Switchyard's arnForExecuteApi(routeKey, stage) is aws-cdk-lib's arnForExecuteApiV2(route, stage); aws-cdk-lib's
  // arnForExecuteApi(method, path, stage) is being added by h/compat-api (issue 15), then compared here.
  test('Switchyard\'s arnForExecuteApi(routeKey, stage) is aws-cdk-lib\'s arnForExecuteApiV2(route, stage)', () => {
    const [theirs, ours, s1, s2] = pair(s => new cdk.WebSocketApi(s, 'Chat'), s => new sy.WebSocketApi(s, 'Chat'));
    for (const args of [[], ['$connect'], ['send', 'prod']] as string[][]) {
      expect(s2.resolve(ours.arnForExecuteApi(...args))).toEqual(s1.resolve(theirs.arnForExecuteApiV2(...args)));
    }
  });
  test.todo('arnForExecuteApi(method, path, stage) returns aws-cdk-lib\'s ARN (once h/compat-api gives it aws-cdk-lib\'s signature)');
});
