/**
 * Headers HTTP API parameter mapping may not touch (seed 004 § Reserved headers; current DG
 * http-api-parameter-mapping has the same list). Names are compared case-insensitively.
 */
export const RESERVED_HEADERS: readonly string[] = [
  'authorization', 'connection', 'content-encoding', 'content-length', 'content-location', 'forwarded',
  'keep-alive', 'origin', 'proxy-authenticate', 'proxy-authorization', 'te', 'trailers', 'transfer-encoding',
  'upgrade', 'x-forwarded-for', 'x-forwarded-host', 'x-forwarded-proto', 'via',
];

/** Reserved families: every header whose name starts with one of these. */
export const RESERVED_HEADER_PREFIXES: readonly string[] = ['access-control-', 'apigw-', 'x-amz-', 'x-amzn-'];

const EXACT = new Set(RESERVED_HEADERS);

/** The reserved entry (`x-amz-*` or `authorization`) a header name falls under, or undefined. */
export function reservedHeaderEntry(name: string): string | undefined {
  const lower = name.toLowerCase();
  if (EXACT.has(lower)) return lower;
  const prefix = RESERVED_HEADER_PREFIXES.find(p => lower.startsWith(p));
  return prefix ? `${prefix}*` : undefined;
}

export function isReservedHeader(name: string): boolean {
  return reservedHeaderEntry(name) !== undefined;
}
