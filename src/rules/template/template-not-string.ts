import { isNoValue, isUnknown } from '../../model/value';
import { TEMPLATE_RULE_SEVERITY } from '../../vtl/analyze';
import { Rule } from '../rule';
import { templatesOf } from './templates';

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : `the ${typeof value} ${JSON.stringify(value)}`;
}

export const templateNotString: Rule = {
  id: 'template-not-string',
  severity: TEMPLATE_RULE_SEVERITY['template-not-string'],
  summary: 'Every value of a RequestTemplates or ResponseTemplates map is a string',
  references: [],
  evidence: { kind: 'observed', source: 'spec/vtl-behavior.md §2.11 (SerializationException for non-string template values)' },
  check(model, report) {
    for (const ref of templatesOf(model)) {
      const v = ref.value;
      if (typeof v === 'string' || isUnknown(v) || isNoValue(v)) continue;
      report({ resource: ref.resource, path: ref.path, message: `the template for key "${ref.key}" is ${describe(v)}; API Gateway expects a string (SerializationException)` });
    }
  },
};
