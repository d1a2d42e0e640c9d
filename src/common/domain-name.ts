import { IResource, Resource, Stack, Tags } from 'aws-cdk-lib';
import { CfnDomainName, DomainNameReference, IDomainNameRef } from 'aws-cdk-lib/aws-apigatewayv2';
import { ICertificate, ICertificateRef } from 'aws-cdk-lib/aws-certificatemanager';
import { AaaaRecord, ARecord, IHostedZone, RecordTarget } from 'aws-cdk-lib/aws-route53';
import { ApiGatewayv2DomainProperties } from 'aws-cdk-lib/aws-route53-targets';
import { IBucket } from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { RoutingRule, RoutingRuleOptions } from './routing-rule';
import { adopt } from '../private/adopt';
import { checkLiteral, fail } from '../private/domain-checks';
import { injectProps } from '../private/property-injection';
import { isUnknownInput } from '../private/unknown-input';
import {
  certificateArnProblem, certificateNameProblem, domainNameProblem, endpointTypeProblem, securityPolicyProblem,
  tagKeyProblem, tagValueProblem, truststoreUriProblem, truststoreVersionProblem,
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
  /**
   * TLS 1.0: in aws-cdk-lib's enum, but API Gateway v2 rejects it for every domain it manages ("Only REGIONAL
   * domain names with a security policy of TLS 1.2 can be managed through the API Gateway V2 API"): a
   * `DomainName` given it throws `domain-security-policy`.
   */
  TLS_1_0 = 'TLS_1_0',
  /** Minimum TLS 1.2; TLS 1.2 and TLS 1.3 clients are accepted. */
  TLS_1_2 = 'TLS_1_2',
}

/** The endpoint type of a custom domain name. */
export enum EndpointType {
  /**
   * Edge-optimized: in aws-cdk-lib's enum, but API Gateway v2 manages only regional domain names ("EDGE
   * endpoint type is not supported for APIGatewayV2 domainName"): an endpoint given it throws
   * `domain-endpoint-type`.
   */
  EDGE = 'EDGE',
  /** Regional: the only endpoint type of HTTP and WebSocket API domain names. */
  REGIONAL = 'REGIONAL',
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

/**
 * The mutual TLS configuration as aws-cdk-lib takes it: the truststore as an S3 bucket and key.
 *
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-mutual-tls.html
 */
export interface MTLSConfig {
  /** The bucket that holds the truststore. */
  readonly bucket: IBucket;

  /** The key of the truststore object in the bucket, such as `truststore.pem`. */
  readonly key: string;

  /**
   * The version of the truststore object; the bucket must have versioning enabled.
   *
   * @default - the latest version of the object
   */
  readonly version?: string;
}

/**
 * A custom domain name for API Gateway APIs. As an `IDomainNameRef`, it is accepted wherever aws-cdk-lib asks
 * for a reference to a domain name.
 */
export interface IDomainName extends IResource, IDomainNameRef {
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

/** One endpoint of a custom domain name: its certificate and TLS settings. */
export interface EndpointOptions {
  /** The ACM certificate for the domain name, in the stack's region. */
  readonly certificate: ICertificateRef;

  /**
   * A user-friendly name for the certificate.
   *
   * @default - none
   */
  readonly certificateName?: string;

  /**
   * The endpoint type. `EDGE` is rejected by API Gateway v2 and throws `domain-endpoint-type`.
   *
   * @default EndpointType.REGIONAL
   */
  readonly endpointType?: EndpointType;

  /**
   * The TLS security policy. `TLS_1_0` is rejected by API Gateway v2 and throws `domain-security-policy`.
   *
   * @default SecurityPolicy.TLS_1_2
   */
  readonly securityPolicy?: SecurityPolicy;

  /**
   * A public ACM certificate that proves you own the domain, for mutual TLS with an imported or private CA
   * certificate (the same as `mutualTls.ownershipVerificationCertificate`).
   *
   * @default - none
   */
  readonly ownershipCertificate?: ICertificateRef;

  /**
   * The IP address types that can invoke the domain name.
   *
   * @default - API Gateway's default, IPv4 only
   */
  readonly ipAddressType?: IpAddressType;
}

/** Properties of a custom domain name. */
export interface DomainNameProps extends EndpointOptions {
  /**
   * The custom domain name: lower-case letters, digits, hyphens and dots, optionally with a wildcard first
   * label (`*.example.com`).
   */
  readonly domainName: string;

  /**
   * Mutual TLS authentication as aws-cdk-lib takes it (a bucket and a key); give this or `mutualTls`.
   *
   * @default - no mutual TLS
   */
  readonly mtls?: MTLSConfig;

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

/** The `PROPERTY_INJECTION_ID` of `DomainName` (a constant: esbuild renames a class that names itself in its body). */
const DOMAIN_NAME_INJECTION_ID = 'cdk-switchyard.DomainName';

/**
 * A regional custom domain name (`AWS::ApiGatewayV2::DomainName`) for HTTP and WebSocket APIs, and for REST
 * APIs through routing rules. Its literal input is checked at once; the stack's template at synth.
 *
 * @resource AWS::ApiGatewayV2::DomainName
 */
export class DomainName extends Resource implements IDomainName {
  /** The id of this class for property injectors (`PropertyInjectors`), which apply to its props. */
  public static readonly PROPERTY_INJECTION_ID: string = DOMAIN_NAME_INJECTION_ID;

  /** Imports a domain name defined elsewhere. */
  public static fromDomainNameAttributes(scope: Construct, id: string, attrs: DomainNameAttributes): IDomainName {
    class Import extends Resource implements IDomainName {
      public readonly name = attrs.name;
      public readonly regionalDomainName = attrs.regionalDomainName;
      public readonly regionalHostedZoneId = attrs.regionalHostedZoneId;
      public readonly domainNameArn = attrs.domainNameArn ?? domainNameArnOf(Stack.of(scope), attrs.name);
      public get domainNameRef(): DomainNameReference {
        return { domainName: this.name, domainNameArn: this.domainNameArn };
      }
    }
    return new Import(scope, id);
  }

  public readonly name: string;
  public readonly domainNameArn: string;
  public readonly regionalDomainName: string;
  public readonly regionalHostedZoneId: string;
  /** The routing mode of the domain. */
  public readonly routingMode: RoutingMode;

  private readonly configurations: CfnDomainName.DomainNameConfigurationProperty[] = [];

  constructor(scope: Construct, id: string, props: DomainNameProps) {
    super(scope, id);
    props = injectProps(DOMAIN_NAME_INJECTION_ID, props, scope, id);
    adopt(this);

    checkLiteral('domain-name-syntax', props.domainName, domainNameProblem);
    const mtls = mutualTlsOf(props);
    checkLiteral('domain-mutual-tls', mtls?.truststoreUri, truststoreUriProblem);
    checkLiteral('domain-mutual-tls', mtls?.truststoreVersion, truststoreVersionProblem);
    for (const [key, value] of Object.entries(props.tags ?? {})) {
      checkLiteral('domain-tags', key, tagKeyProblem);
      checkLiteral('domain-tags', value, v => tagValueProblem(key, v));
    }
    const ownershipCertificate = props.ownershipCertificate ?? props.mutualTls?.ownershipVerificationCertificate;
    this.addEndpoint({ ...props, ownershipCertificate });

    this.routingMode = props.routingMode ?? RoutingMode.API_MAPPING_ONLY;
    const resource = new CfnDomainName(this, 'Resource', {
      domainName: props.domainName,
      domainNameConfigurations: this.configurations,
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

  public get domainNameRef(): DomainNameReference {
    return { domainName: this.name, domainNameArn: this.domainNameArn };
  }

  /**
   * Adds an endpoint (a domain name configuration). A domain name has one endpoint per type and API Gateway v2
   * manages only `REGIONAL` ones, which the constructor already adds: a second one throws
   * `domain-configuration`, an `EDGE` one `domain-endpoint-type`.
   */
  public addEndpoint(options: EndpointOptions): void {
    const endpointType = options.endpointType ?? EndpointType.REGIONAL;
    checkLiteral('domain-endpoint-type', endpointType, endpointTypeProblem);
    checkLiteral('domain-security-policy', options.securityPolicy, securityPolicyProblem);
    if (this.configurations.some(c => c.endpointType === endpointType)) {
      fail('domain-configuration', `domain name ${this.node.path} already has a ${endpointType} endpoint; a domain name has one endpoint per type`);
    }
    const region = isUnknownInput(Stack.of(this).region) ? undefined : Stack.of(this).region;
    const certificateArn = options.certificate.certificateRef.certificateArn;
    checkLiteral('domain-certificate-arn', certificateArn, arn => certificateArnProblem(arn, 'CertificateArn', region));
    checkLiteral('domain-configuration', options.certificateName, certificateNameProblem);
    const ownership = options.ownershipCertificate?.certificateRef.certificateArn;
    checkLiteral('domain-certificate-arn', ownership, arn => certificateArnProblem(arn, 'OwnershipVerificationCertificateArn'));
    this.configurations.push({
      certificateArn,
      certificateName: options.certificateName,
      endpointType,
      securityPolicy: options.securityPolicy ?? SecurityPolicy.TLS_1_2,
      ipAddressType: options.ipAddressType,
      ownershipVerificationCertificateArn: ownership,
    });
  }

  /** Adds a routing rule that sends matching requests to a stage of a REST API. */
  public addRoutingRule(id: string, options: RoutingRuleOptions): RoutingRule {
    return new RoutingRule(this, id, { ...options, domainName: this });
  }
}

/** The mutual TLS settings of either form; both at once is an error (`domain-mutual-tls`). */
function mutualTlsOf(props: DomainNameProps): { truststoreUri: string; truststoreVersion?: string } | undefined {
  if (props.mtls && props.mutualTls) fail('domain-mutual-tls', 'both mtls and mutualTls are given; expected one of them');
  if (props.mtls) return { truststoreUri: `s3://${props.mtls.bucket.bucketName}/${props.mtls.key}`, truststoreVersion: props.mtls.version };
  return props.mutualTls;
}

function domainNameArnOf(stack: Stack, name: string): string {
  return `arn:${stack.partition}:apigateway:${stack.region}::/domainnames/${name}`;
}
