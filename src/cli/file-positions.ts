import { LineColumn, SourceNode } from './source-node';
import { positionOf } from '../private/text-position';
import { Finding } from '../rules/rule';

/** Where a finding is in its template file. */
export interface FilePosition extends LineColumn {
  /**
   * True when the position is the one inside the value the finding gives (`line`/`column` of a template or
   * expression string), mapped into the file; false when it is the value's start (or the nearest place the
   * file has: the key of a missing property's mapping, the resource).
   */
  readonly inValue: boolean;
}

/** Path steps followed at most: a property path is a few steps; a longer one stops at this depth. */
const MAX_STEPS = 64;

/**
 * Positions of findings in one template file, from its source nodes (json-source.ts, yaml-source.ts). A
 * finding on a property is placed on the property's value; one on a property the file does not give, on the
 * nearest key that is there (`Properties`, the resource's logical id); one inside a string value, on the
 * character when the file's text allows it (see `SourceNode.charOffset`), else on the value's start.
 */
export class TemplatePositions {
  private source: SourceNode | undefined;

  /**
   * `root` gives the file's source nodes, on the first finding to place: a file without findings never reads
   * them. `resourceKey`, when given, places a finding about a whole resource without them (the offset of its
   * logical id, or undefined to read them after all).
   */
  constructor(
    private readonly root: () => SourceNode,
    private readonly text: string,
    private readonly resourceKey?: (logicalId: string) => number | undefined,
  ) {}

  private get rootNode(): SourceNode {
    this.source ??= this.root();
    return this.source;
  }

  /** The position of a finding, or undefined when it is about no resource of the file. */
  locate(finding: Finding): FilePosition | undefined {
    if (!finding.resource) return undefined;
    const logicalIdOffset = finding.path ? undefined : this.resourceKey?.(finding.resource);
    if (logicalIdOffset !== undefined) return this.at(logicalIdOffset);
    const resource = this.rootNode.entry('Resources')?.value.entry(finding.resource);
    if (!resource) return undefined;
    if (!finding.path) return this.at(resource.keyOffset);
    const properties = resource.value.entry('Properties');
    if (!properties) return this.at(resource.keyOffset);
    const { node, keyOffset, complete } = followPath(properties.value, finding.path, properties.keyOffset);
    if (!complete) return this.at(keyOffset);
    if (finding.line !== undefined) {
      const inside = insideOffset(node, finding.line, finding.column ?? 1);
      if (inside !== undefined) return { ...positionOf(this.text, inside), inValue: true };
    }
    return this.at(node.offset);
  }

  /** The position of the value at `steps` from the document's root (as far as the file has them). */
  locateSteps(steps: ReadonlyArray<string | number>): FilePosition {
    let node = this.rootNode;
    for (const step of steps.slice(0, MAX_STEPS)) {
      const next = typeof step === 'number' ? node.item(step) : node.entry(step)?.value;
      if (!next) break;
      node = next;
    }
    return this.at(node.offset);
  }

  private at(offset: number): FilePosition {
    return { ...positionOf(this.text, offset), inValue: false };
  }
}

interface Followed {
  readonly node: SourceNode;
  /** Where the last entry followed starts (its key), or the last list item. */
  readonly keyOffset: number;
  /** Whether the whole path was found. */
  readonly complete: boolean;
}

/**
 * Follows a finding's property path (`RequestParameters.append:header.x-id`, `Cors.AllowOrigins[0]`) from
 * `node`. Keys may hold dots, so at a mapping the longest prefix of the rest that is one of its keys is taken.
 */
export function followPath(node: SourceNode, path: string, keyOffset: number): Followed {
  let rest = path;
  for (let step = 0; step < MAX_STEPS && rest !== ''; step++) {
    const index = /^\[(\d+)\]/.exec(rest);
    if (index) {
      const item = node.item(Number(index[1]));
      if (!item) return { node, keyOffset, complete: false };
      node = item;
      keyOffset = item.offset;
      rest = rest.slice(index[0].length);
    } else {
      const found = longestKey(node, rest);
      if (!found) return { node, keyOffset, complete: false };
      node = found.entry.value;
      keyOffset = found.entry.keyOffset;
      rest = rest.slice(found.length);
    }
    if (rest.startsWith('.')) rest = rest.slice(1);
  }
  return { node, keyOffset, complete: rest === '' };
}

/**
 * Prefixes tried at one mapping, half from each end: a key with more dots than this in the middle of a path
 * is not followed (a hostile path stays cheap), while the first and the last steps of any path are.
 */
const MAX_KEY_CANDIDATES = 64;

function longestKey(node: SourceNode, rest: string) {
  const splits: number[] = [];
  for (let i = 1; i < rest.length && splits.length < MAX_KEY_CANDIDATES / 2; i++) {
    if (rest[i] === '.' || rest[i] === '[') splits.push(i);
  }
  for (let i = rest.length - 1, n = 0; i > 0 && n < MAX_KEY_CANDIDATES / 2; i--) {
    if (rest[i] === '.' || rest[i] === '[') {
      splits.push(i);
      n++;
    }
  }
  const ends = [rest.length, ...new Set(splits.sort((a, b) => b - a))];
  for (const length of ends) {
    const entry = node.entry(rest.slice(0, length));
    if (entry) return { entry, length };
  }
  return undefined;
}

/** The file offset of 1-based `line`/`column` inside a string value, when it can be computed exactly. */
function insideOffset(node: SourceNode, line: number, column: number): number | undefined {
  const value = node.string;
  if (value === undefined || line < 1 || column < 1) return undefined;
  let lineStart = 0;
  for (let l = 1; l < line; l++) {
    const nl = value.indexOf('\n', lineStart);
    if (nl < 0) return undefined;
    lineStart = nl + 1;
  }
  const index = lineStart + column - 1;
  const lineEnd = value.indexOf('\n', lineStart);
  if (index > (lineEnd < 0 ? value.length : lineEnd)) return undefined;
  return node.charOffset(index);
}
