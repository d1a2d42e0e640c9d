import { ExpressionProblem } from '../../expressions/problem';
import { ApiChild, IntegrationNode, Protocol, ResourceNode, TemplateModel } from '../../model/nodes';
import { arrayOf, isPresent, mapOf, stringOf } from '../../model/value';
import { positionOf } from '../../private/text-position';
import { Reporter } from '../rule';

export { positionOf };


/**
 * Reports each problem whose code is in `codes` (all when omitted), positioned inside `text`. `through` is given
 * when the text is not written as such in the template but is a value an intrinsic gives (see
 * `model.values`): then the finding says when the value is taken (`through`, possibly '') and has no position.
 */
export function reportProblems(
  report: Reporter, resource: ResourceNode, path: string, text: string,
  problems: readonly ExpressionProblem[], codes?: readonly string[], prefix = '', through?: string,
): void {
  for (const p of problems) {
    if (codes && !codes.some(c => c.endsWith('*') ? p.code.startsWith(c.slice(0, -1)) : p.code === c)) continue;
    if (through !== undefined) report({ resource, path, message: `${prefix}${p.message} in "${text}"${through}` });
    else report({ resource, path, message: `${prefix}${p.message}`, ...positionOf(text, p.offset) });
  }
}

/**
 * Each known string a property can take: the literal as written (`through` undefined: positions are inside
 * it), or a value given through intrinsics (`through` says when it is taken).
 */
export function knownTexts(model: TemplateModel, value: unknown): Array<{ text: string; through: string | undefined }> {
  if (typeof value === 'string') {
    const s = stringOf(value);
    return s === undefined ? [] : [{ text: s, through: undefined }];
  }
  return model.values.strings(value).map(p => ({ text: p.value, through: p.when }));
}

export function isProtocol(node: ApiChild, protocol: Protocol): boolean {
  return node.api?.protocol === protocol;
}

/** One literal entry of a string map property: unknown keys or values are skipped. */
export interface MapEntry {
  readonly key: string;
  readonly value: string;
  readonly path: string;
}

/**
 * The entries of each map, by path prefix. A dozen rules read the same `RequestParameters` map of each
 * integration; they share one list of its entries (which they must not change).
 */
const ENTRIES = new WeakMap<object, Map<string, readonly MapEntry[]>>();

export function literalEntries(value: unknown, pathPrefix: string): readonly MapEntry[] {
  const map = mapOf(value);
  if (!map) return [];
  let byPrefix = ENTRIES.get(map);
  if (!byPrefix) ENTRIES.set(map, byPrefix = new Map());
  const known = byPrefix.get(pathPrefix);
  if (known) return known;
  const out: MapEntry[] = [];
  for (const [key, v] of Object.entries(map)) {
    const s = stringOf(v);
    if (s === undefined || key.includes('${Token[')) continue;
    out.push({ key, value: s, path: `${pathPrefix}.${key}` });
  }
  byPrefix.set(pathPrefix, out);
  return out;
}

/** Whether an integration is an AWS service integration (any `IntegrationSubtype`, even unknown). */
export function hasSubtype(integration: IntegrationNode): boolean {
  return isPresent(integration.properties.IntegrationSubtype);
}

/** One response-parameter mapping of an HTTP integration, in either shape. */
export interface ResponseEntry {
  readonly status: string;
  readonly key: string;
  readonly value: string;
  /** Path of the destination (key) and of the source (value). */
  readonly keyPath: string;
  readonly valuePath: string;
}

/**
 * The literal response mappings of an HTTP integration, read from the CloudFormation shape
 * (`{"200": {"ResponseParameters": [{"Destination", "Source"}]}}`) or from the flat API shape
 * (`{"200": {"<key>": "<value>"}}`, which `http-mapping-response-shape` reports).
 */
const RESPONSE_ENTRIES = new WeakMap<object, readonly ResponseEntry[]>();

export function responseEntries(integration: IntegrationNode): readonly ResponseEntry[] {
  const groups = mapOf(integration.properties.ResponseParameters);
  if (!groups) return [];
  const known = RESPONSE_ENTRIES.get(groups);
  if (known) return known;
  const out: ResponseEntry[] = [];
  RESPONSE_ENTRIES.set(groups, out);
  for (const [status, group] of Object.entries(groups)) {
    const g = mapOf(group);
    if (!g) continue;
    const list = arrayOf(g.ResponseParameters);
    if (list) {
      list.forEach((item, i) => {
        const m = mapOf(item);
        const key = m ? stringOf(m.Destination) : undefined;
        const value = m ? stringOf(m.Source) : undefined;
        if (key === undefined || value === undefined) return;
        const base = `ResponseParameters.${status}.ResponseParameters[${i}]`;
        out.push({ status, key, value, keyPath: `${base}.Destination`, valuePath: `${base}.Source` });
      });
      continue;
    }
    if (isPresent(g.ResponseParameters)) continue; // an unknown list
    for (const [key, v] of Object.entries(g)) {
      const value = stringOf(v);
      if (value === undefined) continue;
      const path = `ResponseParameters.${status}.${key}`;
      out.push({ status, key, value, keyPath: path, valuePath: path });
    }
  }
  return out;
}

/** The literal strings of a list property with their paths (`IdentitySource[0]`); unknown items skipped. */
export function literalList(value: unknown, path: string): { value: string; path: string }[] {
  const list = arrayOf(value);
  if (list) {
    return list.flatMap((item, i) => {
      const s = stringOf(item);
      return s === undefined ? [] : [{ value: s, path: `${path}[${i}]` }];
    });
  }
  // CloudFormation also takes a comma-separated string for some list properties; keep it whole.
  const s = stringOf(value);
  return s === undefined ? [] : [{ value: s, path }];
}
