/**
 * JSON text to template values, losslessly: integers stay integers (beyond 2^53 as bigint), `10.00` is a
 * Double (printed `10.0`, as json-smart re-serializes it), objects keep their key order.
 */
import { integerFromText, JavaDouble, JavaList, JavaMap, Value } from './values';

export class JsonSyntaxError extends Error {
  constructor(readonly detail: string, readonly position: number) {
    super(`${detail} at position ${position}`);
    this.name = 'JsonSyntaxError';
  }
}

/** Nesting deeper than this is refused rather than risking the stack. */
const MAX_DEPTH = 512;

class JsonReader {
  private i = 0;
  constructor(private readonly s: string) {}

  parseDocument(): Value {
    this.ws();
    const v = this.value(0);
    this.ws();
    if (this.i < this.s.length) this.fail(`Unexpected character (${this.s[this.i]})`);
    return v;
  }

  private fail(detail: string): never {
    throw new JsonSyntaxError(detail, this.i);
  }

  private ws(): void {
    const s = this.s;
    while (this.i < s.length) {
      const c = s.charCodeAt(this.i);
      if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) this.i++;
      else break;
    }
  }

  private value(depth: number): Value {
    if (depth > MAX_DEPTH) this.fail('Nesting too deep');
    const c = this.s[this.i];
    if (c === '{') return this.object(depth);
    if (c === '[') return this.array(depth);
    if (c === '"') return this.string();
    if (c === '-' || (c >= '0' && c <= '9')) return this.number();
    if (this.s.startsWith('true', this.i)) { this.i += 4; return true; }
    if (this.s.startsWith('false', this.i)) { this.i += 5; return false; }
    if (this.s.startsWith('null', this.i)) { this.i += 4; return null; }
    if (c === undefined) this.fail('Unexpected End Of File');
    return this.fail(`Unexpected character (${c})`);
  }

  private object(depth: number): JavaMap {
    const m = new JavaMap();
    this.i++;
    this.ws();
    if (this.s[this.i] === '}') { this.i++; return m; }
    for (;;) {
      this.ws();
      if (this.s[this.i] !== '"') this.fail(this.i >= this.s.length ? 'Unexpected End Of File' : `Unexpected character (${this.s[this.i]})`);
      const key = this.string();
      this.ws();
      if (this.s[this.i] !== ':') this.fail(this.i >= this.s.length ? 'Unexpected End Of File' : `Unexpected character (${this.s[this.i]})`);
      this.i++;
      this.ws();
      m.entries.set(key, this.value(depth + 1));
      this.ws();
      const c = this.s[this.i];
      if (c === ',') { this.i++; continue; }
      if (c === '}') { this.i++; return m; }
      this.fail(c === undefined ? 'Unexpected End Of File' : `Unexpected character (${c})`);
    }
  }

  private array(depth: number): JavaList {
    const items: Value[] = [];
    this.i++;
    this.ws();
    if (this.s[this.i] === ']') { this.i++; return new JavaList(items, true); }
    for (;;) {
      this.ws();
      items.push(this.value(depth + 1));
      this.ws();
      const c = this.s[this.i];
      if (c === ',') { this.i++; continue; }
      if (c === ']') { this.i++; return new JavaList(items, true); }
      this.fail(c === undefined ? 'Unexpected End Of File' : `Unexpected character (${c})`);
    }
  }

  private string(): string {
    const s = this.s;
    this.i++;
    let out = '';
    let start = this.i;
    while (this.i < s.length) {
      const c = s[this.i];
      if (c === '"') {
        out += s.slice(start, this.i);
        this.i++;
        return out;
      }
      if (c === '\\') {
        out += s.slice(start, this.i);
        const e = s[this.i + 1];
        switch (e) {
          case '"': out += '"'; break;
          case '\\': out += '\\'; break;
          case '/': out += '/'; break;
          case 'b': out += '\b'; break;
          case 'f': out += '\f'; break;
          case 'n': out += '\n'; break;
          case 'r': out += '\r'; break;
          case 't': out += '\t'; break;
          case 'u': {
            const hex = s.slice(this.i + 2, this.i + 6);
            if (!/^[0-9a-fA-F]{4}$/.test(hex)) this.fail('Invalid unicode escape');
            out += String.fromCharCode(parseInt(hex, 16));
            this.i += 4;
            break;
          }
          default: this.fail(`Invalid escape (\\${e ?? ''})`);
        }
        this.i += 2;
        start = this.i;
        continue;
      }
      if (s.charCodeAt(this.i) < 0x20) this.fail('Unescaped control character in string');
      this.i++;
    }
    return this.fail('Unexpected End Of File');
  }

  private number(): Value {
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(this.s.slice(this.i, this.i + 400));
    if (!m) return this.fail(`Unexpected character (${this.s[this.i]})`);
    this.i += m[0].length;
    if (m[2] === undefined && m[3] === undefined) return integerFromText(m[0]);
    return new JavaDouble(Number(m[0]));
  }
}

/** Parses JSON text; throws `JsonSyntaxError` when it is not JSON. */
export function parseJson(text: string): Value {
  return new JsonReader(text).parseDocument();
}
