import { expectRule } from './rule-table';
import { domainMutualTls } from '../../src/rules/domain/domain-mutual-tls';

const domain = (MutualTlsAuthentication: unknown) => ({
  Domain: { Type: 'AWS::ApiGatewayV2::DomainName', Properties: { DomainName: 'api.example.com', MutualTlsAuthentication } },
});
const uri = [{ resource: 'Domain', path: 'MutualTlsAuthentication.TruststoreUri' }];

expectRule(domainMutualTls, {
  valid: [
    { name: 'no mutual TLS', resources: domain(undefined) },
    { name: 'an S3 URI', resources: domain({ TruststoreUri: 's3://my-truststore/certs/bundle.pem' }) },
    { name: 'an S3 URI and a version', resources: domain({ TruststoreUri: 's3://abc/t.pem', TruststoreVersion: 'v'.repeat(64) }) },
    { name: 'a URI built with Fn::Join', resources: domain({ TruststoreUri: { 'Fn::Join': ['', ['s3://', { Ref: 'Bucket' }, '/t.pem']] } }) },
  ],
  invalid: [
    { name: 'no truststore URI', resources: domain({ TruststoreVersion: '1' }), findings: uri },
    { name: 'an https URL', resources: domain({ TruststoreUri: 'https://my-truststore.s3.amazonaws.com/t.pem' }), findings: uri },
    { name: 'no key', resources: domain({ TruststoreUri: 's3://my-truststore/' }), findings: uri },
    { name: 'a bucket of 2 characters', resources: domain({ TruststoreUri: 's3://ab/t.pem' }), findings: uri },
    { name: 'an upper-case bucket', resources: domain({ TruststoreUri: 's3://MyBucket/t.pem' }), findings: uri },
    { name: 'a URI of 2049 characters', resources: domain({ TruststoreUri: `s3://abc/${'k'.repeat(2040)}` }), findings: uri },
    { name: 'an empty version', resources: domain({ TruststoreUri: 's3://abc/t.pem', TruststoreVersion: '' }), findings: [{ resource: 'Domain', path: 'MutualTlsAuthentication.TruststoreVersion' }] },
    { name: 'a version of 65 characters', resources: domain({ TruststoreUri: 's3://abc/t.pem', TruststoreVersion: 'v'.repeat(65) }), findings: [{ resource: 'Domain', path: 'MutualTlsAuthentication.TruststoreVersion' }] },
  ],
});
