import {
  Alias, CollectionTag, Composer, Document, isMap, isPair, isScalar, isSeq, Lexer, LineCounter, Node, Pair, Parser,
  Scalar, ScalarTag, Tags, YAMLMap,
} from 'yaml';
import { readCfnYamlFast } from './cfn-yaml-fast';
import { javaDoubleText, SHORT_FORMS } from './cfn-yaml-tags';

export { javaDoubleText } from './cfn-yaml-tags';

/**
 * The key that stands for a value under a tag the linter does not know (`!Include`, a macro's `!Rain::Embed`):
 * an intrinsic-like object (`{ "Fn::UnknownTag": { Tag, Value } }`), so the engine treats the value as unknown
 * rather than as the text it happens to hold. CloudFormation has no such function: it exists only in the model.
 */
export const UNKNOWN_TAG_KEY = 'Fn::UnknownTag';

function wrap(key: string, value: Node): YAMLMap {
  // Returning a node (not a plain object) keeps anchors and aliases inside the collection resolvable.
  const map = new YAMLMap();
  map.items.push(new Pair(new Scalar(key), value));
  return map;
}

function tagsFor(name: string, key: string): Array<ScalarTag | CollectionTag> {
  const tag = `!${name}`;
  const scalar: ScalarTag = {
    tag,
    resolve: name === 'GetAtt'
      // `!GetAtt Resource.Attribute`: attribute names may hold dots (`Endpoint.Address`), the logical id never does.
      ? (text: string) => {
        const dot = text.indexOf('.');
        return { [key]: dot < 0 ? [text] : [text.slice(0, dot), text.slice(dot + 1)] };
      }
      : (text: string) => ({ [key]: text }),
  };
  const seq: CollectionTag = { tag, collection: 'seq', resolve: value => wrap(key, value) };
  const map: CollectionTag = { tag, collection: 'map', resolve: value => wrap(key, value) };
  return [scalar, seq, map];
}

const CFN_TAGS: Array<ScalarTag | CollectionTag> = Object.entries(SHORT_FORMS).flatMap(([name, key]) => tagsFor(name, key));

/** The YAML 1.2 core schema with its float tags resolving to CloudFormation's text of the number. */
function schemaTags(tags: Tags): Tags {
  const floats = tags.map(tag => {
    if (typeof tag === 'string' || tag.tag !== 'tag:yaml.org,2002:float' || tag.collection !== undefined) return tag;
    const scalarTag = tag as ScalarTag;
    const resolve = scalarTag.resolve;
    const textual: ScalarTag = {
      ...scalarTag,
      resolve: (text, onError, options) => {
        const resolved = resolve(text, onError, options);
        const value = isScalar(resolved) ? resolved.value : resolved;
        return typeof value === 'number' ? javaDoubleText(value) : resolved;
      },
    };
    return textual;
  });
  // After the core tags: an untagged scalar is matched against the tags in order, and the short forms never match one.
  return [...floats, ...CFN_TAGS];
}

/** A YAML document that cannot be read as a template. */
export class YamlSyntaxError extends Error {
  constructor(message: string, readonly line?: number, readonly column?: number) {
    super(message);
    this.name = 'YamlSyntaxError';
  }
}

/** A key given more than once in one mapping: CloudFormation keeps the last value. */
export interface DuplicateKey {
  /** The key as written. */
  readonly key: string;
  /** The path of the mapping's entry from the document root, e.g. `['Resources', 'Route', 'Properties', 'RouteKey']`. */
  readonly path: ReadonlyArray<string | number>;
  /** 1-based lines of every occurrence, in order; the last one is the value kept. */
  readonly lines: readonly number[];
}

/** A parsed template and what the parse noticed that CloudFormation accepts anyway. */
export interface CfnYaml {
  readonly value: unknown;
  readonly duplicateKeys: readonly DuplicateKey[];
}

/** `CfnYaml` with the parsed document, whose nodes know where they are in the text (see yaml-source.ts). */
export interface CfnYamlDocument extends CfnYaml {
  /** None for an empty file. */
  readonly document?: Document.Parsed;
}

/**
 * A lexer that reads flow collections (`[...]`, `{...}`) as PyYAML and SnakeYAML (CloudFormation's YAML
 * reader) do: inside them indentation means nothing, so a collection whose lines or closing bracket sit at or
 * left of the parent key's column still parses. The `yaml` package ends the collection at the first line
 * indented less than its block parent needs (`indentNext`), which is the only check this neutralises: the
 * lexer reads `indentNext` as 0 while inside a flow collection, and the block value it had comes back
 * when the collection closes.
 */
function flowLenientLexer(): Lexer {
  const lexer = new Lexer();
  const state = lexer as unknown as { flowLevel: number; indentNext: number };
  let blockIndentNext = state.indentNext;
  Object.defineProperty(lexer, 'indentNext', {
    get: () => (state.flowLevel > 0 ? 0 : blockIndentNext),
    set: (value: number) => {
      blockIndentNext = value;
    },
  });
  return lexer;
}

function composeDocument(text: string, lineCounter: LineCounter): Document.Parsed | undefined {
  const parser = new Parser(lineCounter.addNewLine);
  function* tokens() {
    lineCounter.addNewLine(0);
    for (const lexeme of flowLenientLexer().lex(text)) yield* parser.next(lexeme);
    yield* parser.end();
  }
  // Duplicate keys parse (uniqueKeys off): CloudFormation takes the last one, and `duplicateKeys` reports them.
  const composer = new Composer({ customTags: schemaTags, uniqueKeys: false });
  let first: Document.Parsed | undefined;
  for (const doc of composer.compose(tokens(), true, text.length)) {
    if (!first) {
      first = doc;
    } else {
      const { line, col } = lineCounter.linePos(doc.range[0]);
      throw new YamlSyntaxError('a template is one YAML document; this file holds more than one', line, col);
    }
  }
  return first;
}

type PathStep = { readonly key: string | number; readonly parent: PathStep | undefined };

function pathOf(step: PathStep | undefined): Array<string | number> {
  const path: Array<string | number> = [];
  for (let s = step; s; s = s.parent) path.push(s.key);
  return path.reverse();
}

/**
 * One pass over the document, with a stack rather than recursion: finds keys given twice in a mapping (a
 * `Map` per mapping, so linear in the document) and replaces values under unknown tags with an unknown-tag
 * object. Aliases are not followed: the anchored node is visited where it is defined.
 */
function inspect(doc: Document.Parsed, lineCounter: LineCounter): DuplicateKey[] {
  const known = new Set<string>(doc.schema.tags.map(t => t.tag));
  const duplicates: DuplicateKey[] = [];
  const lineOf = (node: Node | null | undefined): number => (node?.range ? lineCounter.linePos(node.range[0]).line : 0);

  /** The value to keep in the tree for a node: itself, or an unknown-tag object when its tag is unknown. */
  const checked = (node: unknown): unknown => {
    if (!node || typeof node !== 'object' || node instanceof Alias) return node;
    const tag = (node as Node).tag;
    if (tag === undefined || tag === '!' || known.has(tag)) return node;
    // Untagged inside its wrapper, so the walk that goes on into it does not wrap it again.
    (node as Node).tag = undefined;
    const value = new YAMLMap();
    value.items.push(new Pair(new Scalar('Tag'), new Scalar(tag)), new Pair(new Scalar('Value'), node));
    const wrapper = wrap(UNKNOWN_TAG_KEY, value);
    // An alias of the tagged node must give the unknown-tag object too, not the bare value under the tag.
    wrapper.anchor = (node as Node).anchor;
    (node as Node).anchor = undefined;
    return wrapper;
  };

  doc.contents = checked(doc.contents) as typeof doc.contents;
  const stack: Array<{ node: unknown; at: PathStep | undefined }> = [{ node: doc.contents, at: undefined }];
  while (stack.length > 0) {
    const { node, at } = stack.pop()!;
    if (isMap(node)) {
      // Each key's first node, and every node of a key given more than once: lines are looked up for those only.
      const first = new Map<string, Node>();
      let repeated: Map<string, Node[]> | undefined;
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        pair.value = checked(pair.value) as typeof pair.value;
        const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
        if (key !== undefined) {
          const earlier = first.get(key);
          if (earlier === undefined) {
            first.set(key, pair.key as Node);
          } else {
            repeated ??= new Map();
            const nodes = repeated.get(key);
            if (nodes) nodes.push(pair.key as Node);
            else repeated.set(key, [earlier, pair.key as Node]);
          }
        }
        stack.push({ node: pair.value, at: { key: key ?? '?', parent: at } });
      }
      for (const [key, nodes] of repeated ?? []) duplicates.push({ key, path: [...pathOf(at), key], lines: nodes.map(lineOf) });
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => {
        node.items[i] = checked(item);
        stack.push({ node: node.items[i], at: { key: i, parent: at } });
      });
    }
  }
  // The stack visits mappings in no document order: report in the order of the lines.
  return duplicates.sort((a, b) => a.lines[0] - b.lines[0]);
}

/**
 * Parses a CloudFormation YAML template into the same object its JSON form would give, the way CloudFormation
 * reads it: short-form tags become their long forms (`!Ref X` → `{ Ref: X }`, `!GetAtt A.B` →
 * `{ 'Fn::GetAtt': ['A', 'B'] }`); a key given twice keeps its last value (and is listed in `duplicateKeys`);
 * flow collections ignore indentation; a float is the text CloudFormation makes of it (`2.0` → "2.0"); a value
 * under a tag the linter does not know is unknown. YAML 1.2 core schema otherwise, as `2012-10-17` must stay a
 * string. Throws `YamlSyntaxError` on the first error.
 */
export function readCfnYaml(text: string): CfnYaml {
  const fast = readCfnYamlFast(text);
  return fast ? { value: fast.value, duplicateKeys: [] } : readCfnYamlExact(text);
}

/** `readCfnYaml` without the fast path: the reader whose results the fast path must equal. */
export function readCfnYamlExact(text: string): CfnYaml {
  const { value, duplicateKeys } = readCfnYamlDocument(text);
  return { value, duplicateKeys };
}

/** The exact reader's result, and the document it read (for the positions of its values). */
export function readCfnYamlDocument(text: string): CfnYamlDocument {
  try {
    return readDocument(text);
  } catch (e) {
    if (e instanceof RangeError) throw new YamlSyntaxError(TOO_DEEP);
    throw e;
  }
}

/**
 * The yaml package recurses once per nesting level: a document nested some thousands deep ends its stack, which
 * it reports as an error of the document or throws. Either way it is this, not a syntax error of the user's.
 */
const TOO_DEEP = 'collections are nested too deeply to read (the YAML reader recurses once per level)';

function readDocument(text: string): CfnYamlDocument {
  const lineCounter = new LineCounter();
  const doc = composeDocument(text, lineCounter);
  if (!doc) return { value: null, duplicateKeys: [] };
  const first = doc.errors[0];
  if (first) {
    const { line, col } = lineCounter.linePos(first.pos[0]);
    const message = first.message.split('\n')[0];
    throw new YamlSyntaxError(/Maximum call stack/.test(message) ? TOO_DEEP : message, line, col);
  }
  const duplicateKeys = inspect(doc, lineCounter);
  try {
    return { value: doc.toJS({ maxAliasCount: 1000 }), duplicateKeys, document: doc };
  } catch (e) {
    // toJS throws on alias bombs and on aliases to anchors defined later.
    throw new YamlSyntaxError(e instanceof Error ? e.message : String(e));
  }
}

/** `readCfnYaml(text).value`: the template alone. */
export function parseCfnYaml(text: string): unknown {
  return readCfnYaml(text).value;
}
