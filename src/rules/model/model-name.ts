import { ModelNode } from '../../model/nodes';
import { stringOf } from '../../model/value';
import { Rule } from '../rule';
import { modelNameProblem } from './checks';

export const modelName: Rule = {
  id: 'model-name',
  severity: 'error',
  summary: 'A model has a Name of 1 to 128 letters and digits, unique in its API',
  references: ['MODEL-002', 'MODEL-003'],
  evidence: { kind: 'observed', source: 'PF:pf-apigwv2-model-name-alphanumeric; S003 L8497 CreateModelInput.name ("Must be alphanumeric")' },
  check(model, report) {
    const firstByApi = new Map<unknown, Map<string, ModelNode>>();
    for (const node of model.models) {
      // Models exist on WebSocket APIs only; one under an HTTP API is protocol-unsupported-resource's finding.
      if (node.api?.protocol === 'HTTP') continue;
      const name = stringOf(node.properties.Name);
      if (name === undefined) continue;
      const problem = modelNameProblem(name);
      if (problem) {
        report({ resource: node, path: 'Name', message: problem });
        continue;
      }
      if (!node.api) continue;
      const names = firstByApi.get(node.api) ?? new Map<string, ModelNode>();
      firstByApi.set(node.api, names);
      const first = names.get(name);
      if (first) {
        report({ resource: node, path: 'Name', message: `model name "${name}" is already used by ${first.logicalId} in the same API; expected a name unique to the API (routes refer to models by name)` });
      } else {
        names.set(name, node);
      }
    }
  },
};
