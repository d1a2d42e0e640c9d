import { App, Stack } from 'aws-cdk-lib';
import { CfnDomainName } from 'aws-cdk-lib/aws-apigatewayv2';
import { Switchyard } from '../../src';

/** At synth, a stack whose environment names a region is checked with that region (domain-certificate-arn). */

const CERT_IN_US_EAST_1 = 'arn:aws:acm:us-east-1:111122223333:certificate/0a1b2c3d';

function synthError(region: string | undefined): string {
  const app = new App();
  const stack = new Stack(app, 'Domains', region ? { env: { region, account: '111122223333' } } : {});
  new CfnDomainName(stack, 'Domain', {
    domainName: 'api.example.com',
    domainNameConfigurations: [{ endpointType: 'REGIONAL', securityPolicy: 'TLS_1_2', certificateArn: CERT_IN_US_EAST_1 }],
  });
  Switchyard.check(app);
  try {
    app.synth();
    return '';
  } catch (e) {
    return (e as Error).message;
  }
}

describe('the stack\'s region at synth', () => {
  test('a certificate from another region than the stack\'s fails synth', () => {
    expect(synthError('eu-west-1')).toMatch(/\[domain-certificate-arn\] Domains\/Domain \(Domain\) DomainNameConfigurations\[0\]\.CertificateArn/);
  });

  test('a certificate of the stack\'s own region passes', () => {
    expect(synthError('us-east-1')).toBe('');
  });

  test('a stack without a concrete region compares no region', () => {
    expect(synthError(undefined)).toBe('');
  });
});
