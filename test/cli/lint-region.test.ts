import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { cli } from './cli-helpers';

/** `switchyard lint --region`: the region the templates deploy to, for the rules that compare regions. */

const dir = mkdtempSync(join(tmpdir(), 'switchyard-region-'));
const template = join(dir, 'domain.yaml');
writeFileSync(template, `
Mappings:
  Certificates:
    eu-west-1:
      Arn: arn:aws:acm:eu-west-1:111122223333:certificate/0a1b2c3d
    us-east-1:
      Arn: arn:aws:acm:eu-west-1:111122223333:certificate/0a1b2c3d
Resources:
  Domain:
    Type: AWS::ApiGatewayV2::DomainName
    Properties:
      DomainName: api.example.com
      DomainNameConfigurations:
        - EndpointType: REGIONAL
          SecurityPolicy: TLS_1_2
          CertificateArn: !FindInMap [Certificates, !Ref AWS::Region, Arn]
`);

const rulesOf = (stdout: string) => (JSON.parse(stdout) as { findings: Array<{ rule: string; path: string }> }).findings.map(f => `${f.rule} ${f.path}`);

describe('switchyard lint --region', () => {
  test('without a region, each entry of a region map is compared with the region that picks it', () => {
    const r = cli('lint', '--format', 'json', template);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    expect(rulesOf(r.stdout)).toEqual(['domain-certificate-arn DomainNameConfigurations[0].CertificateArn']);
    expect(r.stdout).toContain('when AWS::Region is \\"us-east-1\\"');
  });

  test('the region picks the mapping entry: in its own region it passes', () => {
    const r = cli('lint', '--format', 'json', '--region', 'eu-west-1', template);
    expect(r.code).toBe(0);
    expect(rulesOf(r.stdout)).toEqual([]);
  });

  test('a certificate of another region than the one given is an error', () => {
    const r = cli('lint', '--format', 'json', '--region=us-east-1', template);
    expect(r.code).toBe(1);
    expect(rulesOf(r.stdout)).toEqual(['domain-certificate-arn DomainNameConfigurations[0].CertificateArn']);
  });

  test('a value that is not a region code is a usage error', () => {
    const r = cli('lint', '--region', 'Europe', template);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--region/);
    expect(r.stdout).toBe('');
  });
});
