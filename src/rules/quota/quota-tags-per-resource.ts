import { ResourceNode } from '../../model/nodes';
import { arrayOf, mapOf } from '../../model/value';
import { Rule } from '../rule';
import { quotaMessage, TAGS_PER_RESOURCE } from './quota';

/** Tags are a map on v2 resources (a list of `{Key, Value}` is counted too). Unknown tags count as none. */
function tagCount(resource: ResourceNode): number {
  const tags = resource.properties.Tags;
  const list = arrayOf(tags);
  if (list) return list.length;
  const map = mapOf(tags);
  return map ? Object.keys(map).length : 0;
}

export const quotaTagsPerResource: Rule = {
  id: 'quota-tags-per-resource',
  severity: 'error',
  summary: 'An API, stage, domain name or VPC link has at most 50 tags, a fixed quota',
  references: ['QUOTA-006'],
  evidence: { kind: 'documented', source: 'DG:apigateway-tagging-supported-resources ("Each resource can have a maximum of 50 tags"); DG:http-api-quotas ("Tags per stage 50", not adjustable)' },
  check(model, report) {
    for (const list of [model.apis, model.stages, model.domainNames, model.vpcLinks] as ResourceNode[][]) {
      for (const resource of list) {
        const count = tagCount(resource);
        if (count > TAGS_PER_RESOURCE.limit) report({ resource, path: 'Tags', message: quotaMessage(TAGS_PER_RESOURCE, count, 'tags') });
      }
    }
  },
};
