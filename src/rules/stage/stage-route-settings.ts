import { ApiNode } from '../../model/nodes';
import { isPresent, isUnknown, mapOf, stringOf } from '../../model/value';
import { Rule } from '../rule';

/**
 * The route keys of an API, when every one of them is known: routes of this template with literal keys,
 * plus the route quick create makes from the API's own `Target`. Undefined when the API imports an OpenAPI
 * definition (its routes are in the document) or a route key is unknown.
 */
function knownRouteKeys(api: ApiNode): Set<string> | undefined {
  const p = api.properties;
  if (isPresent(p.Body) || isPresent(p.BodyS3Location)) return undefined;
  const keys = new Set<string>();
  if (isPresent(p.Target)) {
    const quick = isPresent(p.RouteKey) ? stringOf(p.RouteKey) : '$default';
    if (quick === undefined) return undefined;
    keys.add(quick);
  }
  for (const route of api.routes) {
    const key = stringOf(route.properties.RouteKey);
    if (key === undefined) return undefined;
    keys.add(key);
  }
  return keys;
}

export const stageRouteSettings: Rule = {
  id: 'stage-route-settings',
  severity: 'error',
  summary: 'Each RouteSettings key of a stage is the RouteKey of a route of the same API',
  references: ['STAGE-015'],
  evidence: { kind: 'observed', source: 'PF:pf-apigwv2-stage-route-settings-key' },
  check(model, report) {
    for (const stage of model.stages) {
      const settings = mapOf(stage.properties.RouteSettings);
      if (!settings || !stage.api) continue;
      const keys = knownRouteKeys(stage.api);
      // An API with no route here has its routes in another stack: its keys are not known.
      if (!keys || keys.size === 0) continue;
      for (const key of Object.keys(settings)) {
        if (isUnknown(key) || keys.has(key)) continue;
        const known = [...keys].slice(0, 5).map(k => `"${k}"`).join(', ') + (keys.size > 5 ? ', ...' : '');
        report({ resource: stage, path: `RouteSettings.${key}`, message: `RouteSettings names route "${key}", which is not a route key of API ${stage.api.logicalId}; API Gateway answers "Unable to find Route by key ${key}". Expected a route key of the API (${known})` });
      }
    }
  },
};
