import { ApiMappingNode, DomainNameNode, ResourceNode, TemplateModel } from '../../model/nodes';
import { arrayOf, isUnknown, mapOf, referencedLogicalId, stringOf } from '../../model/value';
import { Reporter } from '../rule';
import { tagKeyProblem, tagValueProblem } from './checks';

/** One literal entry of `DomainNameConfigurations`, with its index for the property path. */
export interface DomainConfiguration {
  readonly index: number;
  readonly path: string;
  readonly properties: Record<string, unknown>;
}

export function configurationsOf(domain: ResourceNode): DomainConfiguration[] {
  const list = arrayOf(domain.properties.DomainNameConfigurations) ?? [];
  const out: DomainConfiguration[] = [];
  list.forEach((entry, index) => {
    const properties = mapOf(entry);
    if (properties) out.push({ index, path: `DomainNameConfigurations[${index}]`, properties });
  });
  return out;
}

/** Reports the literal tags of a resource that break X-004 (unknown keys or values are skipped). */
export function checkTags(resource: ResourceNode, report: Reporter): void {
  const tags = mapOf(resource.properties.Tags);
  if (!tags) return;
  for (const [key, value] of Object.entries(tags)) {
    if (isUnknown(key)) continue;
    const keyProblem = tagKeyProblem(key);
    if (keyProblem) report({ resource, path: `Tags.${key}`, message: keyProblem });
    const literal = stringOf(value);
    const valueProblem = literal === undefined ? undefined : tagValueProblem(key, literal);
    if (valueProblem) report({ resource, path: `Tags.${key}`, message: valueProblem });
  }
}

/** What a mapping's API is, when the template says so: a v2 API's protocol, or a REST API. */
export type MappedKind = 'HTTP' | 'WEBSOCKET' | 'REST';

export function mappedKindOf(model: TemplateModel, mapping: ApiMappingNode): MappedKind | undefined {
  if (mapping.api) return mapping.api.protocol;
  const id = referencedLogicalId(mapping.properties.ApiId);
  const target = id ? model.resources.get(id) : undefined;
  return target?.type === 'AWS::ApiGateway::RestApi' ? 'REST' : undefined;
}

/**
 * The API mappings of each domain name: those linked to a DomainName of the template, and those naming the
 * same literal domain name that is not defined here (another stack's domain). Unknown domains are left out.
 */
export function mappingsByDomain(model: TemplateModel): ApiMappingNode[][] {
  const groups = new Map<DomainNameNode | string, ApiMappingNode[]>();
  for (const mapping of model.apiMappings) {
    const literal = stringOf(mapping.properties.DomainName);
    const key = mapping.domainName ?? (literal !== undefined ? literal.toLowerCase() : undefined);
    if (key === undefined) continue;
    const group = groups.get(key) ?? [];
    group.push(mapping);
    groups.set(key, group);
  }
  return [...groups.values()];
}

/** The routing mode of a domain: its literal RoutingMode, the default when absent, undefined when unknown. */
export function routingModeOf(domain: DomainNameNode): string | undefined {
  const value = domain.properties.RoutingMode;
  if (value === undefined || value === null) return 'API_MAPPING_ONLY';
  return stringOf(value);
}
