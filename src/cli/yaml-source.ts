import { Document, isAlias, isMap, isPair, isScalar, isSeq, Node, Scalar } from 'yaml';
import { SourceEntry, SourceNode } from './source-node';

/**
 * The values of a parsed YAML template (the document `readCfnYaml` returns) as source nodes. Short-form tags
 * are followed: `!Sub "text"` is one scalar whose value is `{ "Fn::Sub": "text" }`, so the entry `Fn::Sub` is
 * that scalar again, and a position inside the text maps into the file; `!Join [...]` is a mapping the
 * reader made (no position of its own) around the list that has one. An alias is placed where it is written,
 * the values inside it where its anchor defines them.
 */
export function yamlSource(doc: Document.Parsed, text: string): SourceNode {
  return new YamlNode({ doc, text }, doc.contents, 0);
}

interface Context {
  readonly doc: Document.Parsed;
  readonly text: string;
}

/** Where a node starts: its own range, else the one value of a mapping the reader made, else `fallback`. */
function startOf(node: unknown, fallback: number): number {
  if (node && typeof node === 'object') {
    const range = (node as Node).range;
    if (range) return range[0];
    if (isMap(node) && node.items.length === 1 && isPair(node.items[0])) return startOf(node.items[0].value, fallback);
  }
  return fallback;
}

class YamlNode implements SourceNode {
  readonly offset: number;
  private readonly written: unknown;
  private target: { readonly node: unknown } | undefined;
  private entries: Map<string, SourceEntry> | undefined;

  /**
   * @param node a node of the document, or a plain value a short-form tag made of a scalar (then `scalar` is it)
   * @param fallback the offset to give when the node has none of its own
   * @param scalar the scalar a plain value comes from
   */
  constructor(private readonly context: Context, node: unknown, fallback: number, private readonly scalar?: Scalar) {
    this.written = node;
    this.offset = startOf(node, fallback);
  }

  /**
   * The node, an alias followed: an alias is placed where it is written; what is inside it, where its anchor
   * defines it. Followed only when read: yaml's `resolve` walks the whole document, and a mapping of
   * thousands of aliases makes a node for each of its values when one entry is looked up.
   */
  private get node(): unknown {
    if (!this.target) {
      const written = this.written;
      this.target = { node: isAlias(written) ? written.resolve(this.context.doc) ?? written : written };
    }
    return this.target.node;
  }

  entry(key: string): SourceEntry | undefined {
    const node = this.node;
    if (isMap(node)) {
      if (!this.entries) {
        const entries = new Map<string, SourceEntry>();
        for (const pair of node.items) {
          if (!isPair(pair) || !isScalar(pair.key)) continue;
          const keyOffset = startOf(pair.key, this.offset);
          // A key given twice: CloudFormation keeps the last, and so does `set`.
          entries.set(String(pair.key.value), { keyOffset, value: new YamlNode(this.context, pair.value, keyOffset) });
        }
        this.entries = entries;
      }
      return this.entries.get(key);
    }
    const value = this.plainValue();
    if (value && typeof value === 'object' && !Array.isArray(value) && Object.prototype.hasOwnProperty.call(value, key)) {
      return { keyOffset: this.offset, value: this.virtual((value as Record<string, unknown>)[key]) };
    }
    return undefined;
  }

  item(index: number): SourceNode | undefined {
    const node = this.node;
    if (isSeq(node)) {
      return index >= 0 && index < node.items.length ? new YamlNode(this.context, node.items[index], this.offset) : undefined;
    }
    const value = this.plainValue();
    // `!GetAtt A.B` reads as ["A", "B"]: both parts are in the one scalar, which is where they are.
    if (Array.isArray(value) && index >= 0 && index < value.length) return this.virtual(value[index], false);
    return undefined;
  }

  get string(): string | undefined {
    const value = isScalar(this.node) ? this.node.value : this.plainValue();
    return typeof value === 'string' ? value : undefined;
  }

  charOffset(index: number): number | undefined {
    const scalar = isScalar(this.node) ? this.node : this.scalar;
    const value = this.string;
    if (!scalar?.range || value === undefined || index < 0 || index > value.length) return undefined;
    return scalarCharOffset(this.context.text, scalar, value, index);
  }

  /** The plain value of a scalar a tag made an object of (`!Sub`, `!GetAtt`), or the plain value held. */
  private plainValue(): unknown {
    if (isScalar(this.node)) return this.node.value;
    return this.scalar !== undefined ? this.node : undefined;
  }

  /**
   * A value inside a scalar's tag object. A short-form tag other than `!GetAtt` makes `{ key: text }` of the
   * scalar's text, so a string there is the scalar's own text, and positions inside it map into the file.
   */
  private virtual(value: unknown, sameText = true): SourceNode {
    const scalar = isScalar(this.node) ? this.node : this.scalar;
    return new YamlNode(this.context, value, this.offset, sameText ? scalar : undefined);
  }
}

/**
 * Where code unit `index` of a scalar's string is in the file, when that is exact: a one-line plain or quoted
 * scalar, or a literal block scalar (`|`) whose indentation is detected. A folded or multi-line flow scalar
 * joins lines, so it gives undefined (the caller falls back to the scalar's start).
 */
function scalarCharOffset(text: string, scalar: Scalar, value: string, index: number): number | undefined {
  const [start, end] = scalar.range!;
  const raw = text.slice(start, end);
  switch (scalar.type) {
    case 'PLAIN':
      return raw === value ? start + index : undefined;
    case 'QUOTE_SINGLE':
      if (raw.includes('\n')) return undefined;
      // '' is one quote.
      return walk(text, start + 1, index, i => (text.charCodeAt(i) === 0x27 ? 2 : 1));
    case 'QUOTE_DOUBLE':
      if (raw.includes('\n')) return undefined;
      return walk(text, start + 1, index, i => {
        if (text.charCodeAt(i) !== 0x5c) return 1;
        const escape = text[i + 1];
        return escape === 'x' ? 4 : escape === 'u' ? 6 : escape === 'U' ? 10 : 2;
      }, i => (text[i + 1] === 'U' && parseInt(text.slice(i + 2, i + 10), 16) > 0xffff ? 2 : 1));
    case 'BLOCK_LITERAL':
      return literalCharOffset(text, start, end, value, index);
    default:
      return undefined;
  }
}

/**
 * Walks a one-line quoted scalar from `from`: `width(i)` is how many characters of the file the piece at `i`
 * takes, `units(i)` how many code units of the string it makes (a `\U` escape past U+FFFF makes two).
 */
function walk(text: string, from: number, index: number, width: (i: number) => number, units: (i: number) => number = () => 1): number | undefined {
  let unit = 0;
  for (let i = from; i < text.length;) {
    if (unit >= index) return unit === index ? i : undefined;
    const made = units(i);
    if (unit + made > index) return i; // inside a two-unit escape: its start
    i += width(i);
    unit += made;
  }
  return undefined;
}

/**
 * A literal block scalar keeps its lines: line k of the string is line k after the header, past the block's
 * indentation (that of its first non-blank line). An explicit indentation indicator (`|2`) is relative to
 * the parent's, which is not known here: no position then. The character found is checked against the string.
 */
function literalCharOffset(text: string, start: number, end: number, value: string, index: number): number | undefined {
  const headerEnd = text.indexOf('\n', start);
  if (headerEnd < 0 || headerEnd >= end || /[1-9]/.test(text.slice(start, headerEnd).replace(/#.*/, ''))) return undefined;
  let lineStart = headerEnd + 1;
  // The indentation: leading spaces of the first line holding something else.
  let indent = 0;
  for (let i = lineStart; i < end;) {
    let spaces = 0;
    while (text.charCodeAt(i + spaces) === 0x20) spaces++;
    const c = text.charCodeAt(i + spaces);
    if (c !== 0x0a && c !== 0x0d) {
      indent = spaces;
      break;
    }
    i += spaces + 1;
    if (c === 0x0d) i++;
  }
  // Which line of the string, and where in it.
  let valueLineStart = 0;
  for (let nl = value.indexOf('\n'); nl >= 0 && nl < index; nl = value.indexOf('\n', nl + 1)) {
    valueLineStart = nl + 1;
    const next = text.indexOf('\n', lineStart);
    if (next < 0 || next >= end) return undefined;
    lineStart = next + 1;
  }
  const offset = lineStart + indent + (index - valueLineStart);
  if (offset >= end) return undefined;
  // A position at the end of a line (past its last character) is where that line ends.
  if (index === value.length || value.charCodeAt(index) === 0x0a) return offset;
  return text.charCodeAt(offset) === value.charCodeAt(index) ? offset : undefined;
}
