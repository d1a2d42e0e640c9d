/**
 * `$context`, with the override maps of spec/vtl-behavior.md §2.8: `requestOverride.{header,querystring,path}`
 * and `responseOverride.{header,status}`. Each override parameter may be assigned once per render: a second
 * assignment is the 5XX API Gateway returns. Overrides carried in from an earlier (request) render are
 * visible and may be assigned once more here (undocumented; chosen so a response template can refine them).
 */
import { EvaluationError } from './errors';
import { RequestOverride, ResponseOverride } from './request';
import { fromPlain, JavaList, JavaMap, render, Value } from './values';

const REQUEST_PARTS = ['header', 'querystring', 'path'] as const;

function guarded(label: string, carried: Value): JavaMap {
  const m = new JavaMap();
  if (carried instanceof JavaMap) for (const [k, v] of carried.entries) m.entries.set(k, v);
  const seen = new Set<string>();
  m.onWrite = key => {
    if (seen.has(key)) {
      throw new EvaluationError(`$context.${label}.${key} is assigned a second time: overrides are final, and API Gateway answers 5XX`);
    }
    seen.add(key);
  };
  return m;
}

export function createContext(context: Readonly<Record<string, unknown>> | undefined): JavaMap {
  const plain = fromPlain(context ?? {});
  const ctx = plain instanceof JavaMap ? plain : new JavaMap();
  const carriedRequest = ctx.get('requestOverride');
  const carriedResponse = ctx.get('responseOverride');
  const request = new JavaMap();
  for (const part of REQUEST_PARTS) {
    request.entries.set(part, guarded(`requestOverride.${part}`, carriedRequest instanceof JavaMap ? carriedRequest.get(part) : null));
  }
  const response = guarded('responseOverride', null);
  if (carriedResponse instanceof JavaMap) for (const [k, v] of carriedResponse.entries) response.entries.set(k, v);
  response.entries.set('header', guarded('responseOverride.header', carriedResponse instanceof JavaMap ? carriedResponse.get('header') : null));
  ctx.entries.set('requestOverride', request);
  ctx.entries.set('responseOverride', response);
  return ctx;
}

/** A multi-value override (a list) is sent as several values; as one string they are joined by commas. */
function overrideValue(v: Value): string {
  return v instanceof JavaList ? v.items.map(render).join(',') : render(v);
}

/**
 * An override map as a record. Names are data: `__proto__` or `constructor` become own properties (an
 * assignment would set the record's prototype instead, and lose the override).
 */
function toRecord(v: Value): Record<string, string> {
  const out: Record<string, string> = {};
  if (v instanceof JavaMap) {
    for (const [k, item] of v.entries) {
      if (item !== null) Object.defineProperty(out, k, { value: overrideValue(item), enumerable: true, writable: true, configurable: true });
    }
  }
  return out;
}

/** A status override counts only as an integer from 100 to 599 (otherwise API Gateway ignores it). */
function statusOf(v: Value): number | undefined {
  const text = typeof v === 'number' || typeof v === 'bigint' ? String(v) : typeof v === 'string' ? v.trim() : '';
  if (!/^\d{3}$/.test(text)) return undefined;
  const n = Number(text);
  return n >= 100 && n <= 599 ? n : undefined;
}

export function extractOverrides(ctx: JavaMap): { requestOverride: RequestOverride; responseOverride: ResponseOverride } {
  const req = ctx.get('requestOverride');
  const res = ctx.get('responseOverride');
  const requestOverride: RequestOverride = {
    header: toRecord(req instanceof JavaMap ? req.get('header') : null),
    querystring: toRecord(req instanceof JavaMap ? req.get('querystring') : null),
    path: toRecord(req instanceof JavaMap ? req.get('path') : null),
  };
  const responseOverride: ResponseOverride = { header: toRecord(res instanceof JavaMap ? res.get('header') : null) };
  const status = res instanceof JavaMap ? statusOf(res.get('status')) : undefined;
  if (status !== undefined) responseOverride.status = status;
  return { requestOverride, responseOverride };
}
