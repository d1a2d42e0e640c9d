/**
 * Where each resource's logical id is written in a block-style YAML template, found by reading lines, without
 * parsing the file: the position of a finding about a whole resource (a quota, a missing property's resource)
 * is its logical id, and reading a 10,000-route template again with the exact YAML reader only for that costs
 * seconds. Exact or nothing: the keys found must be the template's resources, in their order, or the caller
 * reads the file the exact way.
 */

/** A logical id as a plain key at the start of its line: alphanumeric, then `:` and a space, a comment or the end. */
const KEY = /^([A-Za-z0-9]+):(?=[ \t]|$)/;

/**
 * The offset of each logical id under a top-level block `Resources:` mapping, or undefined when the file is
 * not written so that lines alone tell (flow style, quoted or complex keys, tabs, anything unexpected), or when
 * the keys found are not exactly `logicalIds`.
 */
export function resourceKeyOffsets(text: string, logicalIds: readonly string[]): Map<string, number> | undefined {
  const header = /^Resources:[ \t]*(?:#.*)?$/m.exec(text);
  if (!header) return undefined;
  const offsets = new Map<string, number>();
  let indent = -1;
  let start = text.indexOf('\n', header.index);
  while (start >= 0 && start < text.length) {
    const lineStart = start + 1;
    const end = text.indexOf('\n', lineStart);
    const line = text.slice(lineStart, end < 0 ? text.length : end).replace(/\r$/, '');
    start = end;
    const content = line.trimStart();
    if (content === '' || content.startsWith('#')) continue;
    const depth = line.length - content.length;
    if (line.slice(0, depth).includes('\t')) return undefined;
    if (depth === 0) break;
    if (indent < 0) indent = depth;
    if (depth < indent) return undefined;
    if (depth > indent) continue;
    const key = KEY.exec(content);
    if (!key || offsets.has(key[1])) return undefined;
    offsets.set(key[1], lineStart + depth);
    if (offsets.size > logicalIds.length) return undefined;
  }
  // A second top-level `Resources:` (a duplicate key), or keys that are not the resources the reader gave.
  if (/^Resources:/m.test(text.slice(header.index + 1))) return undefined;
  let i = 0;
  for (const id of offsets.keys()) if (id !== logicalIds[i++]) return undefined;
  return i === logicalIds.length ? offsets : undefined;
}
