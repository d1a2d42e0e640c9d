import { stringOf } from '../../model/value';
import { Rule } from '../rule';
import { contentTypeProblem } from './checks';

export const modelContentType: Rule = {
  id: 'model-content-type',
  severity: 'error',
  summary: 'A model has a ContentType of 1 to 256 characters',
  references: ['MODEL-005'],
  evidence: { kind: 'documented', source: 'SDK CreateModelRequest.ContentType StringWithLengthBetween1And256' },
  check(model, report) {
    for (const node of model.models) {
      if (node.api?.protocol === 'HTTP') continue;
      const contentType = stringOf(node.properties.ContentType);
      const problem = contentType === undefined ? undefined : contentTypeProblem(contentType);
      if (problem) report({ resource: node, path: 'ContentType', message: problem });
    }
  },
};
