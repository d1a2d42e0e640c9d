/**
 * Members added so that code written against aws-cdk-lib's routes, integrations and authorizers compiles and
 * behaves the same against Switchyard; strings are checked at once as the typed builders check them.
 */
import { App, Lazy, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import * as sy from '../../src';
import { expectRuleError } from '../common/expect-rule-error';

const lazy = (s: string) => Lazy.string({ produce: () => s });

function stack(): Stack {
  return new Stack(new App(), 'S');
}

describe('HTTP integrations', () => {
  test('PayloadFormatVersion.custom takes the versions API Gateway knows and rejects others', () => {
    expect(sy.PayloadFormatVersion.custom('2.0').version).toBe('2.0');
    expect(sy.PayloadFormatVersion.custom('1.0').version).toBe('1.0');
    expectRuleError(() => sy.PayloadFormatVersion.custom('3.0'), 'integration-payload-format-version');
    expect(sy.PayloadFormatVersion.custom(lazy('3.0')).version).toMatch(/TOKEN/);
  });

  test('IntegrationCredentials gives the role ARN or the caller identity as CredentialsArn', () => {
    const s = stack();
    const role = new Role(s, 'R', { assumedBy: new ServicePrincipal('apigateway.amazonaws.com') });
    const api = new sy.HttpApi(s, 'Api');
    new sy.HttpIntegration(s, 'I', {
      httpApi: api, integrationType: sy.HttpIntegrationType.HTTP_PROXY, integrationUri: 'https://example.com',
      credentials: sy.IntegrationCredentials.fromRole(role),
    });
    Template.fromStack(s).hasResourceProperties('AWS::ApiGatewayV2::Integration', { CredentialsArn: { 'Fn::GetAtt': [s.getLogicalId(role.node.defaultChild as any), 'Arn'] } });
    expect(sy.IntegrationCredentials.useCallerIdentity().credentialsArn).toBe('arn:aws:iam::*:user/*');
  });
});
