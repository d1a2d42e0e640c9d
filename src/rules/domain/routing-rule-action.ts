import { arrayOf, booleanOf, isPresent, isUnknown, mapOf } from '../../model/value';
import { Rule } from '../rule';

export const routingRuleAction: Rule = {
  id: 'routing-rule-action',
  severity: 'error',
  summary: 'A routing rule has exactly one action, InvokeApi, with an ApiId, a Stage and an optional boolean StripBasePath',
  references: ['RULE-004'],
  evidence: { kind: 'documented', source: 'S003 L11164 RoutingRuleAction ("The only supported action is invokeApi"; apiId, stage Required)' },
  check(model, report) {
    for (const rule of model.routingRules) {
      const value = rule.properties.Actions;
      if (isUnknown(value)) continue;
      const actions = arrayOf(value);
      if (!actions || actions.length !== 1) {
        const seen = actions ? `${actions.length} actions` : isPresent(value) ? 'Actions is not a list' : 'Actions is missing';
        report({ resource: rule, path: 'Actions', message: `${seen}; a routing rule takes exactly one action, InvokeApi` });
        continue;
      }
      if (isUnknown(actions[0])) continue;
      const invoke = mapOf(mapOf(actions[0])?.InvokeApi);
      if (!invoke) {
        if (!isUnknown(mapOf(actions[0])?.InvokeApi)) {
          report({ resource: rule, path: 'Actions[0].InvokeApi', message: 'the action has no InvokeApi; invoking a stage of a REST API is the only action routing rules support' });
        }
        continue;
      }
      for (const property of ['ApiId', 'Stage']) {
        if (!isPresent(invoke[property])) report({ resource: rule, path: `Actions[0].InvokeApi.${property}`, message: `InvokeApi.${property} is missing; the action needs the REST API id and the name of its stage` });
      }
      const strip = invoke.StripBasePath;
      if (isPresent(strip) && !isUnknown(strip) && booleanOf(strip) === undefined) {
        report({ resource: rule, path: 'Actions[0].InvokeApi.StripBasePath', message: `StripBasePath ${JSON.stringify(strip)} is not a boolean; expected true or false` });
      }
    }
  },
};
