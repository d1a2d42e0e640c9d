import { parseHttpRequestValue } from '../../expressions/http-parameter-mapping';
import { show } from '../../expressions/problem';
import { parseHttpRouteKey, pathVariablesOf } from '../../expressions/route-key';
import { stringOf } from '../../model/value';
import { Rule } from '../rule';
import { isProtocol, literalEntries, positionOf } from './helpers';

export const httpMappingPathParameter: Rule = {
  id: 'http-mapping-path-parameter',
  severity: 'warning',
  summary: '$request.path.<name> names a path variable of every route that uses the integration',
  references: ['HTTP-PM-012'],
  evidence: { kind: 'inferred', source: 'HTTP-PM-012: S004 example; deploys' },
  check(model, report) {
    for (const integration of model.integrations) {
      if (!isProtocol(integration, 'HTTP') || integration.routes.length === 0) continue;
      const entries = literalEntries(integration.properties.RequestParameters, 'RequestParameters');
      if (entries.length === 0) continue;
      // Only when every route key is known: one unknown route could define the variable.
      const keys = integration.routes.map(r => stringOf(r.properties.RouteKey));
      if (keys.some(k => k === undefined)) continue;
      // The route keys are parsed only for an integration that maps a path variable (most map none).
      let routes: { key: string; variables: Set<string> }[] | undefined;
      const routesOf = () => routes ??= keys.map(k => {
        const parsed = parseHttpRouteKey(k!).ast;
        return { key: k!, variables: new Set(parsed ? pathVariablesOf(parsed) : []) };
      });
      for (const e of entries) {
        for (const s of parseHttpRequestValue(e.value).ast?.sources ?? []) {
          if (s.kind !== 'request.path.parameter' || s.name === undefined) continue;
          const missing = routesOf().filter(r => !r.variables.has(s.name!)).map(r => r.key);
          if (missing.length === 0) continue;
          report({
            resource: integration,
            path: e.path,
            message: `$request.path.${s.name} is empty at run time for ${missing.map(k => show(k)).join(', ')}: the route has no {${s.name}} path variable`,
            ...positionOf(e.value, s.nameOffset ?? s.offset),
          });
        }
      }
    }
  },
};
