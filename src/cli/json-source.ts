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

/** The offset just after the string whose opening quote is at `i`: the next quote not escaped by a backslash. */
function skipString(text: string, i: number): number {
  for (let from = i + 1; ;) {
    const quote = text.indexOf('"', from);
    if (quote < 0) return text.length;
    let backslashes = 0;
    while (text.charCodeAt(quote - 1 - backslashes) === 0x5c) backslashes++;
    if (backslashes % 2 === 0) return quote + 1;
    from = quote + 1;
  }
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
  /** Where each key starts and its value starts; the entry objects are made for the keys asked for only. */
  private entries: Map<string, { keyOffset: number; valueOffset: number }> | undefined;
  private made: Map<string, SourceEntry> | undefined;
  /** The starts of the items found so far. */
  private items: number[] | undefined;
  private decoded: { value: string | undefined } | undefined;

  constructor(private readonly text: string, readonly offset: number) {}

  entry(key: string): SourceEntry | undefined {
    if (this.text.charCodeAt(this.offset) !== 0x7b) return undefined;
    if (!this.entries) {
      const entries = new Map<string, { keyOffset: number; valueOffset: number }>();
      const text = this.text;
      let i = skipSpace(text, this.offset + 1);
      while (i < text.length && text.charCodeAt(i) === 0x22) {
        const keyEnd = skipString(text, i);
        const raw = text.slice(i + 1, keyEnd - 1);
        const name = raw.includes('\\') ? JSON.parse(text.slice(i, keyEnd)) as string : raw;
        const valueStart = skipSpace(text, skipSpace(text, keyEnd) + 1); // past the colon
        // A key given twice: JSON.parse keeps the last, and so does `set`.
        entries.set(name, { keyOffset: i, valueOffset: valueStart });
        i = skipSpace(text, skipValue(text, valueStart));
        if (text.charCodeAt(i) !== 0x2c) break;
        i = skipSpace(text, i + 1);
      }
      this.entries = entries;
      this.made = new Map();
    }
    // The same entry object each time: its value keeps what it has scanned (the template's `Resources`).
    let made = this.made!.get(key);
    if (!made) {
      const found = this.entries.get(key);
      if (!found) return undefined;
      made = { keyOffset: found.keyOffset, value: new JsonNode(this.text, found.valueOffset) };
      this.made!.set(key, made);
    }
    return made;
  }

  /** Items are found up to the one asked for only: `[0][0][0]` into a deep list does not skip the whole list at each level. */
  item(index: number): SourceNode | undefined {
    if (this.text.charCodeAt(this.offset) !== 0x5b || index < 0) return undefined;
    const text = this.text;
    const items = (this.items ??= []);
    while (items.length <= index) {
      // The next item starts after the last one found (skipped only now), or at the list's start.
      let i: number;
      if (items.length === 0) {
        i = skipSpace(text, this.offset + 1);
      } else {
        const after = skipSpace(text, skipValue(text, items[items.length - 1]));
        if (text.charCodeAt(after) !== 0x2c) break;
        i = skipSpace(text, after + 1);
      }
      if (i >= text.length || text.charCodeAt(i) === 0x5d) break;
      items.push(i);
    }
    const start = items[index];
    return start === undefined ? undefined : new JsonNode(text, start);
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
