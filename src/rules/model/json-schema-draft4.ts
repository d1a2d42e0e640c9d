/**
 * A structural check of a JSON Schema draft 4 document: what the draft-04 meta-schema
 * (http://json-schema.org/draft-04/schema#) requires of each keyword, plus two checks the meta-schema
 * leaves to validators (patterns compile as API Gateway's Java validator reads them; `$schema`, when present, names
 * draft 4). Keywords draft 4 does not know are ignored, as draft-4 validators ignore them.
 *
 * Internal: the `model-schema` rule and the model constructs run it on literal schemas (MODEL-004); it
 * never throws.
 */
import { compileJavaRegex } from '../../vtl/regex/program';
import { JavaRegexError } from '../../vtl/regex/syntax';

export interface SchemaProblem {
  /** A JSON pointer to the offending keyword, such as `/properties/age/minimum`. */
  readonly pointer: string;
  readonly message: string;
}

const SIMPLE_TYPES = new Set(['array', 'boolean', 'integer', 'null', 'number', 'object', 'string']);
const DRAFT4_URIS = new Set([
  'http://json-schema.org/draft-04/schema#', 'http://json-schema.org/draft-04/schema',
  'https://json-schema.org/draft-04/schema#', 'https://json-schema.org/draft-04/schema',
]);
const NON_NEGATIVE_INTEGERS = ['maxLength', 'minLength', 'maxItems', 'minItems', 'maxProperties', 'minProperties'];
const SCHEMA_MAPS = ['definitions', 'properties', 'patternProperties'];
const SCHEMA_ARRAYS = ['allOf', 'anyOf', 'oneOf'];
/** Deeper than this is not a schema a person wrote; stop rather than exhaust the stack. */
const MAX_DEPTH = 200;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function isObject(v: unknown): v is { [key: string]: Json } {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function escapePointer(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** JSON text with object keys sorted: equal JSON values give equal text (uniqueItems). */
export function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (isObject(v)) return `{${Object.keys(v).sort().map(k => `${JSON.stringify(k)}:${canonical(v[k])}`).join(',')}}`;
  return JSON.stringify(v);
}

function hasDuplicates(values: Json[]): boolean {
  const seen = new Set<string>();
  for (const v of values) {
    const c = canonical(v);
    if (seen.has(c)) return true;
    seen.add(c);
  }
  return false;
}

function describe(v: unknown): string {
  if (Array.isArray(v)) return 'an array';
  if (v === null) return 'null';
  if (typeof v === 'object') return 'an object';
  const text = JSON.stringify(v);
  return `${typeof v} ${text.length > 40 ? text.slice(0, 40) + '…' : text}`;
}

/**
 * Whether API Gateway's validator, which runs on Java, can compile the pattern: it is read as Java reads it (so
 * `\\p{Alpha}`, `++` and `(?i)` are fine), and a pattern too large or deep to decide counts as compiling.
 */
function compiles(pattern: string): boolean {
  try {
    compileJavaRegex(pattern);
    return true;
  } catch (e) {
    return !(e instanceof JavaRegexError);
  }
}

/**
 * A number keyword's value: a number, or the text of one, which is how a YAML float reaches the checker
 * (CloudFormation reads a YAML float as its text).
 */
function numeric(v: unknown): number | undefined {
  if (typeof v === 'number') return v;
  return typeof v === 'string' && /^-?\d+(\.\d+)?(E-?\d+)?$/.test(v) ? Number(v) : undefined;
}

class Checker {
  public readonly problems: SchemaProblem[] = [];

  public schema(s: unknown, pointer: string, depth: number): void {
    if (!isObject(s)) {
      this.report(pointer, `a schema is a JSON object in draft 4 (boolean schemas came with draft 6), not ${describe(s)}`);
      return;
    }
    if (depth > MAX_DEPTH) {
      this.report(pointer, `the schema nests deeper than ${MAX_DEPTH} levels`);
      return;
    }
    const at = (key: string) => `${pointer}/${escapePointer(key)}`;
    const has = (key: string) => Object.prototype.hasOwnProperty.call(s, key);

    for (const key of ['id', '$schema', 'title', 'description', '$ref']) {
      if (has(key) && typeof s[key] !== 'string') this.report(at(key), `"${key}" is a string, not ${describe(s[key])}`);
    }
    if (typeof s.$schema === 'string' && !DRAFT4_URIS.has(s.$schema)) {
      this.report(at('$schema'), `"$schema" is ${JSON.stringify(s.$schema)}; API Gateway models are JSON Schema draft 4 (http://json-schema.org/draft-04/schema#)`);
    }
    if (has('multipleOf') && !((numeric(s.multipleOf) ?? 0) > 0)) {
      this.report(at('multipleOf'), `"multipleOf" is a number greater than 0, not ${describe(s.multipleOf)}`);
    }
    for (const key of ['maximum', 'minimum']) {
      if (has(key) && numeric(s[key]) === undefined) this.report(at(key), `"${key}" is a number, not ${describe(s[key])}`);
    }
    for (const [flag, bound] of [['exclusiveMaximum', 'maximum'], ['exclusiveMinimum', 'minimum']]) {
      if (!has(flag)) continue;
      if (typeof s[flag] !== 'boolean') {
        this.report(at(flag), `"${flag}" is a boolean in draft 4 (a number only from draft 6), not ${describe(s[flag])}`);
      } else if (!has(bound)) {
        this.report(at(flag), `"${flag}" needs "${bound}" in the same schema`);
      }
    }
    for (const key of NON_NEGATIVE_INTEGERS) {
      if (has(key) && !(Number.isInteger(s[key]) && (s[key] as number) >= 0)) this.report(at(key), `"${key}" is an integer of 0 or more, not ${describe(s[key])}`);
    }
    if (has('pattern')) {
      if (typeof s.pattern !== 'string') this.report(at('pattern'), `"pattern" is a string, not ${describe(s.pattern)}`);
      else if (!compiles(s.pattern)) this.report(at('pattern'), `"pattern" ${JSON.stringify(s.pattern)} is not a valid regular expression`);
    }
    for (const key of ['additionalItems', 'additionalProperties']) {
      if (has(key) && typeof s[key] !== 'boolean') this.schema(s[key], at(key), depth + 1);
    }
    if (has('items')) {
      if (Array.isArray(s.items)) this.schemaArray(s.items, at('items'), depth);
      else this.schema(s.items, at('items'), depth + 1);
    }
    for (const key of ['uniqueItems']) {
      if (has(key) && typeof s[key] !== 'boolean') this.report(at(key), `"${key}" is a boolean, not ${describe(s[key])}`);
    }
    if (has('required')) this.stringArray(s.required, at('required'), 'required');
    for (const key of SCHEMA_MAPS) {
      if (!has(key)) continue;
      const map = s[key];
      if (!isObject(map)) {
        this.report(at(key), `"${key}" is an object of schemas, not ${describe(map)}`);
        continue;
      }
      for (const [name, sub] of Object.entries(map)) {
        if (key === 'patternProperties' && !compiles(name)) this.report(`${at(key)}/${escapePointer(name)}`, `the pattern ${JSON.stringify(name)} is not a valid regular expression`);
        this.schema(sub, `${at(key)}/${escapePointer(name)}`, depth + 1);
      }
    }
    if (has('dependencies')) {
      const deps = s.dependencies;
      if (!isObject(deps)) {
        this.report(at('dependencies'), `"dependencies" is an object, not ${describe(deps)}`);
      } else {
        for (const [name, dep] of Object.entries(deps)) {
          const where = `${at('dependencies')}/${escapePointer(name)}`;
          if (Array.isArray(dep)) this.stringArray(dep, where, `dependencies.${name}`);
          else this.schema(dep, where, depth + 1);
        }
      }
    }
    if (has('enum')) {
      const values = s.enum;
      if (!Array.isArray(values) || values.length === 0) this.report(at('enum'), `"enum" is a non-empty array, not ${describe(values)}`);
      else if (hasDuplicates(values)) this.report(at('enum'), '"enum" lists a value twice; its values must be unique');
    }
    if (has('type')) this.type(s.type, at('type'));
    for (const key of SCHEMA_ARRAYS) {
      if (has(key)) this.schemaArray(s[key], at(key), depth);
    }
    if (has('not')) this.schema(s.not, at('not'), depth + 1);
  }

  private schemaArray(v: unknown, pointer: string, depth: number): void {
    if (!Array.isArray(v) || v.length === 0) {
      this.report(pointer, `expected a non-empty array of schemas, not ${describe(v)}`);
      return;
    }
    v.forEach((sub, i) => this.schema(sub, `${pointer}/${i}`, depth + 1));
  }

  private stringArray(v: unknown, pointer: string, what: string): void {
    if (!Array.isArray(v) || v.length === 0) {
      this.report(pointer, `"${what}" is a non-empty array of strings in draft 4, not ${Array.isArray(v) ? 'an empty array' : describe(v)}`);
    } else if (v.some(x => typeof x !== 'string')) {
      this.report(pointer, `"${what}" holds only strings`);
    } else if (hasDuplicates(v)) {
      this.report(pointer, `"${what}" lists a name twice; its names must be unique`);
    }
  }

  private type(v: unknown, pointer: string): void {
    const names = Array.isArray(v) ? v : [v];
    if (Array.isArray(v) && (v.length === 0 || hasDuplicates(v))) {
      this.report(pointer, '"type" is a type name or a non-empty array of distinct type names');
      return;
    }
    for (const name of names) {
      if (typeof name !== 'string' || !SIMPLE_TYPES.has(name)) {
        this.report(pointer, `"type" ${JSON.stringify(name)} is not a draft-4 type; expected one of ${[...SIMPLE_TYPES].join(', ')}`);
        return;
      }
    }
  }

  private report(pointer: string, message: string): void {
    this.problems.push({ pointer: pointer || '/', message });
  }
}

/** The problems of a JSON text as a draft-4 schema: it must parse, and be a valid draft-4 schema object. */
export function checkDraft4Schema(text: string): SchemaProblem[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    return [{ pointer: '/', message: `the schema is not JSON (${(e as Error).message})` }];
  }
  return checkDraft4Value(parsed);
}

/** The problems of a parsed JSON value (a template's `Schema` object) as a draft-4 schema. */
export function checkDraft4Value(value: unknown): SchemaProblem[] {
  const checker = new Checker();
  checker.schema(value, '', 0);
  return checker.problems;
}
