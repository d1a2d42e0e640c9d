import { isPresent, stringOf } from '../../model/value';
import { Rule } from '../rule';
import { mappingStageProblem } from './checks';

export const mappingRequired: Rule = {
  id: 'mapping-required',
  severity: 'error',
  summary: 'An API mapping names its API, domain name and stage, and the stage belongs to that API',
  references: ['MAP-001', 'X-001'],
  evidence: { kind: 'documented', source: 'S003 L1635 CreateApiMappingInput (apiId, stage Required); CFN ApiMapping.DomainName (Required)' },
  check(model, report) {
    for (const mapping of model.apiMappings) {
      const p = mapping.properties;
      for (const property of ['ApiId', 'DomainName', 'Stage']) {
        if (!isPresent(p[property])) report({ resource: mapping, path: property, message: `${property} is missing; an API mapping needs ApiId, DomainName and Stage` });
      }
      const stage = stringOf(p.Stage);
      const problem = stage === undefined ? undefined : mappingStageProblem(stage);
      if (problem) report({ resource: mapping, path: 'Stage', message: problem });
      const stageApi = mapping.stage?.api;
      if (mapping.api && stageApi && stageApi !== mapping.api) {
        report({
          resource: mapping,
          path: 'Stage',
          message: `Stage ${mapping.stage?.logicalId} belongs to API ${stageApi.logicalId}, not to the mapped API ${mapping.api.logicalId}; API Gateway answers "Invalid stage identifier specified"`,
        });
      }
    }
  },
};
