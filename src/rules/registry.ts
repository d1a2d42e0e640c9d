import { apiNameLength } from './api/api-name-length';
import { engineRuleFailed } from './meta/engine-rule-failed';
import { EXPRESSION_RULES } from './expressions';
import { Rule } from './rule';
import { TEMPLATE_RULES } from './template';

/**
 * Every rule, in the order findings are reported. The single source of `RULES.md`, `switchyard rules` and
 * the docs-page test: add a rule here and nowhere else.
 */
export const ALL_RULES: readonly Rule[] = [
  apiNameLength,
  ...EXPRESSION_RULES,
  ...TEMPLATE_RULES,
  engineRuleFailed,
];

export function ruleById(id: string): Rule | undefined {
  return ALL_RULES.find(r => r.id === id);
}
