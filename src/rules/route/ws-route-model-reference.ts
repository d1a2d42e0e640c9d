import { show } from '../../expressions/problem';
import { ApiChild, ApiNode, ModelNode } from '../../model/nodes';
import { isUnknown, mapOf, referencedLogicalId, stringOf } from '../../model/value';
import { Rule } from '../rule';

/**
 * The model names of an API, or undefined when they are not all known: a model whose Name is not a literal,
 * a model of the template whose ApiId is not a reference the model can follow (it may be this API's), or
 * an API with no model in this template (its models may be defined in another stack).
 */
function modelNamesOf(api: ApiNode, unlinkedModels: boolean): Set<string> | undefined {
  if (unlinkedModels || api.models.length === 0) return undefined;
  const names = new Set<string>();
  for (const m of api.models) {
    const name = stringOf(m.properties.Name);
    if (name === undefined) return undefined;
    names.add(name);
  }
  return names;
}

export const wsRouteModelReference: Rule = {
  id: 'ws-route-model-reference',
  severity: 'warning',
  summary: 'Every RequestModels value of a WebSocket route and ResponseModels value of a route response is the Name of a model of the same API',
  references: ['ROUTE-018', 'RR-004', 'X-001'],
  evidence: { kind: 'inferred', source: 'ROUTE-018, RR-004: deploy error unknown' },
  check(model, report) {
    const unlinkedModels = model.models.some(m => m.api === undefined);
    const modelsById = new Map<string, ModelNode>(model.models.map(m => [m.logicalId, m]));
    const check = (resource: ApiChild, property: 'RequestModels' | 'ResponseModels') => {
      const api = resource.api;
      if (api?.protocol !== 'WEBSOCKET') return;
      const models = mapOf(resource.properties[property]);
      if (!models) return;
      let names: Set<string> | undefined | null = null;
      for (const [key, value] of Object.entries(models)) {
        if (isUnknown(key)) continue;
        const path = `${property}.${key}`;
        // Ref and Fn::GetAtt of an AWS::ApiGatewayV2::Model give its ModelId; routes name models by Name.
        const target = referencedLogicalId(value);
        const referenced = target === undefined ? undefined : modelsById.get(target);
        if (referenced) {
          const name = stringOf(referenced.properties.Name);
          report({
            resource,
            path,
            message: `${property} ${show(key)} refers to model ${referenced.logicalId} with Ref/Fn::GetAtt, which gives the model's id, not its name; `
              + `expected the model's Name${name === undefined ? '' : ` (${show(name)})`} and a DependsOn on the model`,
          });
          continue;
        }
        const name = stringOf(value);
        if (name === undefined) continue;
        if (names === null) names = modelNamesOf(api, unlinkedModels);
        if (names === undefined || names.has(name)) continue;
        const elsewhere = model.models.find(m => m.api !== api && stringOf(m.properties.Name) === name);
        const known = [...names].map(n => show(n)).join(', ') || 'none';
        report({
          resource,
          path,
          message: `${property} ${show(key)} names model ${show(name)}, which ${elsewhere ? `belongs to another API (${elsewhere.logicalId})` : 'is not a model of this API'}; `
            + `expected the Name of one of the API's models (${known})`,
        });
      }
    };
    for (const route of model.routes) check(route, 'RequestModels');
    for (const rr of model.routeResponses) check(rr, 'ResponseModels');
  },
};
