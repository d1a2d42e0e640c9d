import { Rule, RULE_FAILURE_ID } from '../rule';

/**
 * Reported by the engine, not by a check: when a rule throws on an input, the run goes on and this warning
 * names the rule, so a bug in one rule never hides the findings of the others or crashes synth.
 */
export const engineRuleFailed: Rule = {
  id: RULE_FAILURE_ID,
  severity: 'warning',
  summary: 'A rule failed on this template; its findings are missing (a bug in Switchyard: please report it)',
  references: [],
  evidence: { kind: 'inferred', source: 'the engine\'s own report that a rule threw' },
  check() {
    // Findings of this rule come from the engine's catch around every other rule.
  },
};
