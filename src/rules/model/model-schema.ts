import { isPresent, isUnknown, mapOf, stringOf } from '../../model/value';
import { Rule } from '../rule';
import { containsUnknown, schemaTextProblem, schemaValueProblem } from './checks';

export const modelSchema: Rule = {
  id: 'model-schema',
  severity: 'error',
  summary: 'A model has a Schema that is a JSON Schema draft 4 document of at most 32,768 characters',
  references: ['MODEL-004'],
  evidence: { kind: 'documented', source: 'S003 L8497 CreateModelInput.schema (Required; JSON schema draft 4); SDK StringWithLengthBetween0And32K' },
  check(model, report) {
    for (const node of model.models) {
      if (node.api?.protocol === 'HTTP') continue;
      const schema = node.properties.Schema;
      if (!isPresent(schema)) {
        report({ resource: node, path: 'Schema', message: 'Schema is missing; a model requires a JSON Schema draft 4 document' });
        continue;
      }
      if (isUnknown(schema) || containsUnknown(schema)) continue;
      const text = stringOf(schema);
      const problem = text !== undefined ? schemaTextProblem(text)
        : mapOf(schema) !== undefined ? schemaValueProblem(schema)
          : `Schema is ${Array.isArray(schema) ? 'an array' : typeof schema}; expected a JSON Schema draft 4 document (a JSON object)`;
      if (problem) report({ resource: node, path: 'Schema', message: problem });
    }
  },
};
