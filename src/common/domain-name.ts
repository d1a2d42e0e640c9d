import { IResource, Resource, Stack, Tags } from 'aws-cdk-lib';
import { CfnDomainName } from 'aws-cdk-lib/aws-apigatewayv2';
import { ICertificate } from 'aws-cdk-lib/aws-certificatemanager';
import { AaaaRecord, ARecord, IHostedZone, RecordTarget } from 'aws-cdk-lib/aws-route53';
import { ApiGatewayv2DomainProperties } from 'aws-cdk-lib/aws-route53-targets';
import { Construct } from 'constructs';
import { RoutingRule, RoutingRuleOptions } from './routing-rule';
import { adopt } from '../private/adopt';
import { checkLiteral } from '../private/domain-checks';
import { isUnknownInput } from '../private/unknown-input';
import {
  certificateArnProblem, certificateNameProblem, domainNameProblem, REGIONAL, tagKeyProblem, tagValueProblem,
  truststoreUriProblem, truststoreVersionProblem,
} from '../rules/domain/checks';

/**
 * The TLS security policy of a custom domain name.
 *
 * API Gateway v2 accepts `TLS_1_0` and `TLS_1_2`, but a domain that serves HTTP or WebSocket APIs must use
 * TLS 1.2 (it accepts TLS 1.2 and TLS 1.3 clients). The enhanced `SecurityPolicy_*` policies exist only for
 * REST API domain names (`AWS::ApiGateway::DomainName`), and HTTP APIs cannot be mapped to such domains.
 *
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-custom-domain-tls-version.html
 */
export enum SecurityPolicy {
  /** Minimum TLS 1.2; TLS 1.2 and TLS 1.3 clients are accepted. */
  TLS_1_2 = 'TLS_1_2',
}

/** Which IP address types can invoke a custom domain name. */
export enum IpAddressType {
  /** IPv4 clients only. */
  IPV4 = 'ipv4',
  /** IPv4 and IPv6 clients. */
  DUAL_STACK = 'dualstack',
}

/**
 * How a custom domain name sends requests to APIs.
 *
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/rest-api-routing-mode.html
 */
export enum RoutingMode {
  /** API mappings only; routing rules are ignored. */
  API_MAPPING_ONLY = 'API_MAPPING_ONLY',
  /** Routing rules first, in priority order, then API mappings. */
  ROUTING_RULE_THEN_API_MAPPING = 'ROUTING_RULE_THEN_API_MAPPING',
  /**
   * Routing rules only; the domain takes no API mappings. Routing rules target REST APIs only, so HTTP and
   * WebSocket APIs cannot be reached through such a domain.
   */
  ROUTING_RULE_ONLY = 'ROUTING_RULE_ONLY',
}

/**
 * Mutual TLS for a custom domain name: clients present a certificate that the truststore trusts.
 *
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-mutual-tls.html
 */
export interface MutualTlsOptions {
  /**
   * The S3 URL of the truststore (a PEM bundle of the trusted certificate authorities), such as
   * `s3://my-truststore-bucket/truststore.pem`.
   */
  readonly truststoreUri: string;

  /**
   * The version of the truststore object; the bucket must have versioning enabled.
   *
   * @default - the latest version of the object
   */
  readonly truststoreVersion?: string;

  /**
   * A public ACM certificate that proves you own the domain. Required when the domain's certificate is
   * imported into ACM or issued by ACM Private CA.
   *
   * @default - none (the domain's certificate is a public certificate issued by ACM)
   */
  readonly ownershipVerificationCertificate?: ICertificate;
}

/** A custom domain name for API Gateway APIs. */
export interface IDomainName extends IResource {
  /**
   * The custom domain name, such as `api.example.com`.
   *
   * @attribute
   */
  readonly name: string;

  /**
   * The ARN of the domain name, which routing rules refer to.
   *
   * @attribute
   */
  readonly domainNameArn: string;

  /**
   * The regional domain name that the DNS record of the custom domain name points to.
   *
   * @attribute
   */
  readonly regionalDomainName: string;

  /**
   * The Route 53 hosted zone id of the regional endpoint.
   *
   * @attribute
   */
  readonly regionalHostedZoneId: string;
}

/** The attributes of a custom domain name defined elsewhere. */
export interface DomainNameAttributes {
  /** The custom domain name, such as `api.example.com`. */
  readonly name: string;

  /** The regional domain name that the DNS record of the custom domain name points to. */
  readonly regionalDomainName: string;

  /** The Route 53 hosted zone id of the regional endpoint. */
  readonly regionalHostedZoneId: string;

  /**
   * The ARN of the domain name.
   *
   * @default - built from the name, in the partition and region of the stack that imports it
   */
  readonly domainNameArn?: string;
}

/** Properties of a custom domain name. */
export interface DomainNameProps {
  /**
   * The custom domain name: lower-case letters, digits, hyphens and dots, optionally with a wildcard first
   * label (`*.example.com`).
   */
  readonly domainName: string;

  /** The ACM certificate for the domain name, in the stack's region. */
  readonly certificate: ICertificate;

  /**
   * A user-friendly name for the certificate.
   *
   * @default - none
   */
  readonly certificateName?: string;

  /**
   * The TLS security policy.
   *
   * @default SecurityPolicy.TLS_1_2
   */
  readonly securityPolicy?: SecurityPolicy;

  /**
   * The IP address types that can invoke the domain name.
   *
   * @default - API Gateway's default, IPv4 only
   */
  readonly ipAddressType?: IpAddressType;

  /**
   * Mutual TLS authentication.
   *
   * @default - no mutual TLS
   */
  readonly mutualTls?: MutualTlsOptions;

  /**
   * How the domain sends requests to APIs.
   *
   * @default RoutingMode.API_MAPPING_ONLY
   */
  readonly routingMode?: RoutingMode;

  /**
   * A Route 53 hosted zone in which to create an alias record (A, and AAAA for dual stack) that points the
   * domain name at its regional endpoint.
   *
   * @default - no DNS record
   */
  readonly hostedZone?: IHostedZone;

  /**
   * Tags for the domain name.
   *
   * @default - no tags
   */
  readonly tags?: { [key: string]: string };
}

/**
 * A regional custom domain name (`AWS::ApiGatewayV2::DomainName`) for HTTP and WebSocket APIs, and for REST
 * APIs through routing rules. Its literal input is checked at once; the stack's template at synth.
 *
 * @resource AWS::ApiGatewayV2::DomainName
 */
export class DomainName extends Resource implements IDomainName {
  /** Imports a domain name defined elsewhere. */
  public static fromDomainNameAttributes(scope: Construct, id: string, attrs: DomainNameAttributes): IDomainName {
    class Import extends Resource implements IDomainName {
      public readonly name = attrs.name;
      public readonly regionalDomainName = attrs.regionalDomainName;
      public readonly regionalHostedZoneId = attrs.regionalHostedZoneId;
      public readonly domainNameArn = attrs.domainNameArn ?? domainNameArnOf(Stack.of(scope), attrs.name);
    }
    return new Import(scope, id);
  }

  public readonly name: string;
  public readonly domainNameArn: string;
  public readonly regionalDomainName: string;
  public readonly regionalHostedZoneId: string;
  /** The routing mode of the domain. */
  public readonly routingMode: RoutingMode;

  constructor(scope: Construct, id: string, props: DomainNameProps) {
    super(scope, id);
    const stack = adopt(this);

    checkLiteral('domain-name-syntax', props.domainName, domainNameProblem);
    const region = isUnknownInput(stack.region) ? undefined : stack.region;
    checkLiteral('domain-certificate-arn', props.certificate.certificateArn, arn => certificateArnProblem(arn, 'CertificateArn', region));
    checkLiteral('domain-configuration', props.certificateName, certificateNameProblem);
    const mtls = props.mutualTls;
    checkLiteral('domain-mutual-tls', mtls?.truststoreUri, truststoreUriProblem);
    checkLiteral('domain-mutual-tls', mtls?.truststoreVersion, truststoreVersionProblem);
    const ownership = mtls?.ownershipVerificationCertificate?.certificateArn;
    checkLiteral('domain-certificate-arn', ownership, arn => certificateArnProblem(arn, 'OwnershipVerificationCertificateArn'));
    for (const [key, value] of Object.entries(props.tags ?? {})) {
      checkLiteral('domain-tags', key, tagKeyProblem);
      checkLiteral('domain-tags', value, v => tagValueProblem(key, v));
    }

    this.routingMode = props.routingMode ?? RoutingMode.API_MAPPING_ONLY;
    const resource = new CfnDomainName(this, 'Resource', {
      domainName: props.domainName,
      domainNameConfigurations: [{
        certificateArn: props.certificate.certificateArn,
        certificateName: props.certificateName,
        endpointType: REGIONAL,
        securityPolicy: props.securityPolicy ?? SecurityPolicy.TLS_1_2,
        ipAddressType: props.ipAddressType,
        ownershipVerificationCertificateArn: ownership,
      }],
      mutualTlsAuthentication: mtls ? { truststoreUri: mtls.truststoreUri, truststoreVersion: mtls.truststoreVersion } : undefined,
      routingMode: props.routingMode,
    });
    for (const [key, value] of Object.entries(props.tags ?? {})) Tags.of(resource).add(key, value);

    this.name = resource.ref;
    this.domainNameArn = resource.attrDomainNameArn;
    this.regionalDomainName = resource.attrRegionalDomainName;
    this.regionalHostedZoneId = resource.attrRegionalHostedZoneId;

    if (props.hostedZone) {
      const target = RecordTarget.fromAlias(new ApiGatewayv2DomainProperties(this.regionalDomainName, this.regionalHostedZoneId));
      new ARecord(this, 'AliasRecord', { zone: props.hostedZone, recordName: props.domainName, target });
      if (props.ipAddressType === IpAddressType.DUAL_STACK) {
        new AaaaRecord(this, 'AliasRecordIpv6', { zone: props.hostedZone, recordName: props.domainName, target });
      }
    }
  }

  /** Adds a routing rule that sends matching requests to a stage of a REST API. */
  public addRoutingRule(id: string, options: RoutingRuleOptions): RoutingRule {
    return new RoutingRule(this, id, { ...options, domainName: this });
  }
}

function domainNameArnOf(stack: Stack, name: string): string {
  return `arn:${stack.partition}:apigateway:${stack.region}::/domainnames/${name}`;
}
