import { Rule } from '../rule';
import { checkTags } from './helpers';

export const vpcLinkTags: Rule = {
  id: 'vpc-link-tags',
  severity: 'error',
  summary: 'Tags of a VPC link have keys of 1 to 128 characters without the aws: prefix and values of at most 256 characters',
  references: ['X-004'],
  evidence: { kind: 'documented', source: 'DG:apigateway-tagging-supported-resources § Tag restrictions' },
  check(model, report) {
    for (const link of model.vpcLinks) checkTags(link, report);
  },
};
