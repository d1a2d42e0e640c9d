import { arrayOf, isPresent, isUnknown, mapOf } from '../../model/value';
import { Rule } from '../rule';
import { MAX_BASE_PATH_CONDITIONS, MAX_HEADER_CONDITIONS } from './checks';

export const routingRuleConditions: Rule = {
  id: 'routing-rule-conditions',
  severity: 'error',
  summary: 'Each routing rule condition is one MatchHeaders or one MatchBasePaths with a single AnyOf entry; at most two header and one base-path conditions',
  references: ['RULE-005', 'RULE-006'],
  evidence: { kind: 'documented', source: 'S003 L11164 RoutingRuleCondition; DG:rest-api-routing-rules § Restrictions' },
  check(model, report) {
    for (const rule of model.routingRules) {
      const value = rule.properties.Conditions;
      if (isUnknown(value)) continue;
      const conditions = arrayOf(value);
      if (!conditions) {
        report({ resource: rule, path: 'Conditions', message: `${isPresent(value) ? 'Conditions is not a list' : 'Conditions is missing'}; expected a list of conditions ([] for a catch-all rule)` });
        continue;
      }
      let headers = 0;
      let basePaths = 0;
      conditions.forEach((entry, i) => {
        const condition = mapOf(entry);
        if (!condition) return;
        const path = `Conditions[${i}]`;
        const kinds = ['MatchHeaders', 'MatchBasePaths'].filter(k => isPresent(condition[k]));
        if (kinds.length !== 1) {
          report({ resource: rule, path, message: `the condition has ${kinds.length === 0 ? 'neither MatchHeaders nor MatchBasePaths' : 'both MatchHeaders and MatchBasePaths'}; expected exactly one of them per condition` });
          return;
        }
        const kind = kinds[0];
        if (kind === 'MatchHeaders') headers++;
        else basePaths++;
        const matcher = mapOf(condition[kind]);
        const anyOf = matcher ? matcher.AnyOf : undefined;
        if (!matcher || isUnknown(anyOf)) return;
        const list = arrayOf(anyOf);
        if (!list || list.length !== 1) {
          const seen = list ? `${list.length} entries` : isPresent(anyOf) ? 'an AnyOf that is not a list' : 'no AnyOf';
          const what = kind === 'MatchHeaders' ? 'one header and value glob' : 'one base path';
          report({ resource: rule, path: `${path}.${kind}.AnyOf`, message: `${kind} has ${seen}; each condition matches exactly ${what} (add another condition instead)` });
        }
        if (kind === 'MatchHeaders' && headers > MAX_HEADER_CONDITIONS) {
          report({ resource: rule, path, message: `MatchHeaders condition number ${headers}; a routing rule takes at most ${MAX_HEADER_CONDITIONS} header conditions` });
        }
        if (kind === 'MatchBasePaths' && basePaths > MAX_BASE_PATH_CONDITIONS) {
          report({ resource: rule, path, message: `MatchBasePaths condition number ${basePaths}; a routing rule takes at most ${MAX_BASE_PATH_CONDITIONS} base-path condition` });
        }
      });
    }
  },
};
