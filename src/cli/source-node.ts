/**
 * A value of a template file, as the file writes it: where it starts, and how to reach the values inside it.
 * The JSON reader (json-source.ts) and the YAML reader (yaml-source.ts) each give one; `file-positions.ts`
 * walks them to put a finding on the file's line and column. Offsets are UTF-16 code units into the text.
 */
export interface SourceNode {
  /** Offset of the value's first character (a quote, a bracket, a block scalar's indicator). */
  readonly offset: number;
  /** The string the value reads as, when it is a string; undefined otherwise. */
  readonly string: string | undefined;
  /** The entry of a mapping under `key` (the last one, as CloudFormation keeps it), or undefined. */
  entry(key: string): SourceEntry | undefined;
  /** The item of a list at `index`, or undefined. */
  item(index: number): SourceNode | undefined;
  /**
   * For a string value: the offset in the text of its code unit `index` (0-based, in the string as read),
   * or undefined when it cannot be computed exactly (a folded or multi-line flow scalar).
   */
  charOffset(index: number): number | undefined;
}

/** A mapping entry: where its key starts, and its value. */
export interface SourceEntry {
  readonly keyOffset: number;
  readonly value: SourceNode;
}

/** 1-based line and column (in UTF-16 code units) of an offset in a text. */
export interface LineColumn {
  readonly line: number;
  readonly column: number;
}

