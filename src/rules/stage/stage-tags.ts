import { checkTags } from '../domain/helpers';
import { Rule } from '../rule';

export const stageTags: Rule = {
  id: 'stage-tags',
  severity: 'error',
  summary: 'Tags of a stage have keys of 1 to 128 characters without the aws: prefix and values of at most 256 characters',
  references: ['X-004'],
  evidence: { kind: 'documented', source: 'DG:apigateway-tagging-supported-resources § Tag restrictions' },
  check(model, report) {
    for (const stage of model.stages) checkTags(stage, report);
  },
};
