import { SourceEntry, SourceNode } from './source-node';

/**
 * The values of a JSON text (one that `JSON.parse` accepted) as source nodes, read lazily: a mapping's entries
 * are scanned the first time one is asked for, and kept. Linting a file without findings reads nothing here;
 * each finding reads the mappings on its path once, skipping the values beside it. No recursion: any depth.
 */
export function jsonSource(text: string): SourceNode {
  return new JsonNode(text, skipSpace(text, 0));
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}

function skipSpace(text: string, i: number): number {
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  return i;
}

/** The offset just after the string whose opening quote is at `i`. */
function skipString(text: string, i: number): number {
  for (i++; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5c) i++;
    else if (c === 0x22) return i + 1;
  }
  return text.length;
}

/** The offset just after the value starting at `i`. */
function skipValue(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c === 0x22) return skipString(text, i);
  if (c === 0x7b || c === 0x5b) {
    let depth = 0;
    while (i < text.length) {
      const d = text.charCodeAt(i);
      if (d === 0x22) {
        i = skipString(text, i);
        continue;
      }
      if (d === 0x7b || d === 0x5b) depth++;
      else if ((d === 0x7d || d === 0x5d) && --depth === 0) return i + 1;
      i++;
    }
    return i;
  }
  // A number, true, false or null: up to the next delimiter.
  while (i < text.length) {
    const d = text.charCodeAt(i);
    if (d === 0x2c || d === 0x7d || d === 0x5d || isSpace(d)) break;
    i++;
  }
  return i;
}

class JsonNode implements SourceNode {
  private entries: Map<string, SourceEntry> | undefined;
  private items: number[] | undefined;
  private decoded: { value: string | undefined } | undefined;

  constructor(private readonly text: string, readonly offset: number) {}

  entry(key: string): SourceEntry | undefined {
    if (this.text.charCodeAt(this.offset) !== 0x7b) return undefined;
    if (!this.entries) {
      const entries = new Map<string, SourceEntry>();
      const text = this.text;
      let i = skipSpace(text, this.offset + 1);
      while (i < text.length && text.charCodeAt(i) === 0x22) {
        const keyEnd = skipString(text, i);
        const raw = text.slice(i + 1, keyEnd - 1);
        const name = raw.includes('\\') ? JSON.parse(text.slice(i, keyEnd)) as string : raw;
        const valueStart = skipSpace(text, skipSpace(text, keyEnd) + 1); // past the colon
        // A key given twice: JSON.parse keeps the last, and so does `set`.
        entries.set(name, { keyOffset: i, value: new JsonNode(text, valueStart) });
        i = skipSpace(text, skipValue(text, valueStart));
        if (text.charCodeAt(i) !== 0x2c) break;
        i = skipSpace(text, i + 1);
      }
      this.entries = entries;
    }
    return this.entries.get(key);
  }

  item(index: number): SourceNode | undefined {
    if (this.text.charCodeAt(this.offset) !== 0x5b) return undefined;
    if (!this.items) {
      const items: number[] = [];
      const text = this.text;
      let i = skipSpace(text, this.offset + 1);
      while (i < text.length && text.charCodeAt(i) !== 0x5d) {
        items.push(i);
        i = skipSpace(text, skipValue(text, i));
        if (text.charCodeAt(i) !== 0x2c) break;
        i = skipSpace(text, i + 1);
      }
      this.items = items;
    }
    const start = this.items[index];
    return start === undefined ? undefined : new JsonNode(this.text, start);
  }

  get string(): string | undefined {
    if (this.text.charCodeAt(this.offset) !== 0x22) return undefined;
    this.decoded ??= { value: JSON.parse(this.text.slice(this.offset, skipString(this.text, this.offset))) as string };
    return this.decoded.value;
  }

  /** Each escape (`\n`, `\"`, `\u00e9`) is one code unit of the string; every other character is itself. */
  charOffset(index: number): number | undefined {
    if (this.text.charCodeAt(this.offset) !== 0x22 || index < 0) return undefined;
    const text = this.text;
    let unit = 0;
    for (let i = this.offset + 1; i < text.length;) {
      const c = text.charCodeAt(i);
      if (unit === index) return i; // the closing quote for the position just past the last character
      if (c === 0x22) return undefined; // past the end of the string
      i += c !== 0x5c ? 1 : text.charCodeAt(i + 1) === 0x75 ? 6 : 2;
      unit++;
    }
    return undefined;
  }
}
