import { ContextUse } from '../../expressions/context-variables';
import { ResourceNode, TemplateModel } from '../../model/nodes';
import { arrayOf, isUnknown, mapOf, stringOf } from '../../model/value';
import { analyzeTemplate, TemplateDirection, TemplateIssue, TemplateRuleId } from '../../vtl/analyze';
import { Reporter } from '../rule';

/** One mapping template of the model: where it is and what it holds (a string, or anything else). */
export interface TemplateRef {
  readonly resource: ResourceNode;
  /** Property path, e.g. `RequestTemplates.application/json`. */
  readonly path: string;
  readonly key: string;
  readonly value: unknown;
  readonly direction: TemplateDirection;
  readonly contextUse: ContextUse;
  /** The `TemplateSelectionExpression` that picks among the map's keys, when the resource has one. */
  readonly selectionExpression: unknown;
  readonly kind: 'websocket' | 'rest';
}

function entries(resource: ResourceNode, map: unknown, prefix: string, rest: Omit<TemplateRef, 'resource' | 'path' | 'key' | 'value'>, out: TemplateRef[]): void {
  const m = mapOf(map);
  if (!m) return;
  for (const [key, value] of Object.entries(m)) out.push({ resource, path: `${prefix}.${key}`, key, value, ...rest });
}

/** Every template of the model: WebSocket integrations and integration responses, and REST methods. */
export function templatesOf(model: TemplateModel): TemplateRef[] {
  const out: TemplateRef[] = [];
  for (const i of model.integrations) {
    entries(i, i.properties.RequestTemplates, 'RequestTemplates', {
      direction: 'request', contextUse: 'websocket-mapping', selectionExpression: i.properties.TemplateSelectionExpression, kind: 'websocket',
    }, out);
  }
  for (const r of model.integrationResponses) {
    entries(r, r.properties.ResponseTemplates, 'ResponseTemplates', {
      direction: 'response', contextUse: 'websocket-mapping', selectionExpression: r.properties.TemplateSelectionExpression, kind: 'websocket',
    }, out);
  }
  for (const m of model.restMethods) {
    const integration = mapOf(m.properties.Integration);
    if (!integration) continue;
    entries(m, integration.RequestTemplates, 'Integration.RequestTemplates', {
      direction: 'request', contextUse: 'rest-template', selectionExpression: undefined, kind: 'rest',
    }, out);
    (arrayOf(integration.IntegrationResponses) ?? []).forEach((ir, n) => {
      entries(m, mapOf(ir)?.ResponseTemplates, `Integration.IntegrationResponses[${n}].ResponseTemplates`, {
        direction: 'response', contextUse: 'rest-template', selectionExpression: undefined, kind: 'rest',
      }, out);
    });
  }
  return out;
}

/** Analyses are shared by the template rules: one analysis per distinct template, direction and catalogue. */
const cache = new Map<string, TemplateIssue[]>();
const CACHE_LIMIT = 2000;

export function issuesOf(ref: TemplateRef): TemplateIssue[] {
  const text = stringOf(ref.value);
  if (text === undefined) return [];
  const cacheKey = `${ref.direction}\u0000${ref.contextUse}\u0000${text}`;
  let issues = cache.get(cacheKey);
  if (!issues) {
    issues = analyzeTemplate(text, { direction: ref.direction, contextUse: ref.contextUse });
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(cacheKey, issues);
  }
  return issues;
}

/** Reports the issues of one rule over every template of the model (unknown values are skipped). */
export function reportIssues(rule: TemplateRuleId, model: TemplateModel, report: Reporter): void {
  for (const ref of templatesOf(model)) {
    if (isUnknown(ref.value)) continue;
    for (const issue of issuesOf(ref)) {
      if (issue.rule !== rule) continue;
      report({ resource: ref.resource, path: ref.path, message: issue.message, line: issue.line, column: issue.column });
    }
  }
}
