import { Rule } from '../rule';
import { domainCertificateArn } from './domain-certificate-arn';
import { domainConfiguration } from './domain-configuration';
import { domainEndpointType } from './domain-endpoint-type';
import { domainIpAddressType } from './domain-ip-address-type';
import { domainMutualTls } from './domain-mutual-tls';
import { domainNameSyntax } from './domain-name-syntax';
import { domainOwnershipCertificate } from './domain-ownership-certificate';
import { domainRoutingMode } from './domain-routing-mode';
import { domainSecurityPolicy } from './domain-security-policy';
import { domainTags } from './domain-tags';
import { mappingKey } from './mapping-key';
import { mappingKeyShape } from './mapping-key-shape';
import { mappingKeyUnique } from './mapping-key-unique';
import { mappingProtocolMix } from './mapping-protocol-mix';
import { mappingRequired } from './mapping-required';
import { mappingRoutingMode } from './mapping-routing-mode';
import { routingRuleAction } from './routing-rule-action';
import { routingRuleBasePath } from './routing-rule-base-path';
import { routingRuleConditions } from './routing-rule-conditions';
import { routingRuleDomainArn } from './routing-rule-domain-arn';
import { routingRuleHeader } from './routing-rule-header';
import { routingRuleMixedMappings } from './routing-rule-mixed-mappings';
import { routingRulePriority } from './routing-rule-priority';
import { routingRulePriorityUnique } from './routing-rule-priority-unique';
import { routingRuleRoutingMode } from './routing-rule-routing-mode';
import { routingRuleTags } from './routing-rule-tags';
import { routingRuleTarget } from './routing-rule-target';
import { vpcLinkName } from './vpc-link-name';
import { vpcLinkSubnetQuota } from './vpc-link-subnet-quota';
import { vpcLinkSubnets } from './vpc-link-subnets';
import { vpcLinkTags } from './vpc-link-tags';
import { vpcLinkWebSocket } from './vpc-link-websocket';

/** Custom domain names, API mappings, routing rules and VPC links (spec §10 to §13, X-004), in report order. */
export const DOMAIN_RULES: readonly Rule[] = [
  // Domain names
  domainNameSyntax,
  domainEndpointType,
  domainConfiguration,
  domainSecurityPolicy,
  domainCertificateArn,
  domainIpAddressType,
  domainMutualTls,
  domainOwnershipCertificate,
  domainRoutingMode,
  domainTags,
  // API mappings
  mappingRequired,
  mappingKey,
  mappingKeyShape,
  mappingKeyUnique,
  mappingProtocolMix,
  mappingRoutingMode,
  // Routing rules
  routingRuleDomainArn,
  routingRulePriority,
  routingRulePriorityUnique,
  routingRuleAction,
  routingRuleTarget,
  routingRuleConditions,
  routingRuleHeader,
  routingRuleBasePath,
  routingRuleMixedMappings,
  routingRuleRoutingMode,
  routingRuleTags,
  // VPC links
  vpcLinkName,
  vpcLinkSubnets,
  vpcLinkSubnetQuota,
  vpcLinkWebSocket,
  vpcLinkTags,
];
