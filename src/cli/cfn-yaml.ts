import { CollectionTag, Pair, parseDocument, Scalar, ScalarTag, YAMLMap, YAMLSeq } from 'yaml';

/** CloudFormation short-form tags and the long-form key each stands for. */
const SHORT_FORMS: Readonly<Record<string, string>> = {
  Ref: 'Ref',
  Condition: 'Condition',
  GetAtt: 'Fn::GetAtt',
  Sub: 'Fn::Sub',
  Join: 'Fn::Join',
  If: 'Fn::If',
  Select: 'Fn::Select',
  Split: 'Fn::Split',
  FindInMap: 'Fn::FindInMap',
  GetAZs: 'Fn::GetAZs',
  ImportValue: 'Fn::ImportValue',
  Base64: 'Fn::Base64',
  Cidr: 'Fn::Cidr',
  Equals: 'Fn::Equals',
  And: 'Fn::And',
  Or: 'Fn::Or',
  Not: 'Fn::Not',
  // AWS::LanguageExtensions and macros: not in the engine's view, but a template using them must still parse.
  Transform: 'Fn::Transform',
  Length: 'Fn::Length',
  ToJsonString: 'Fn::ToJsonString',
};

function wrap(key: string, value: YAMLMap.Parsed | YAMLSeq.Parsed): YAMLMap {
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

/** A YAML document that cannot be read as a template. */
export class YamlSyntaxError extends Error {
  constructor(message: string, readonly line?: number, readonly column?: number) {
    super(message);
    this.name = 'YamlSyntaxError';
  }
}

/**
 * Parses a CloudFormation YAML template into the same object its JSON form would give: short-form tags
 * become their long forms (`!Ref X` → `{ Ref: X }`, `!GetAtt A.B` → `{ 'Fn::GetAtt': ['A', 'B'] }`).
 * YAML 1.2 core schema, as `2012-10-17` must stay a string. Throws `YamlSyntaxError` on the first error.
 */
export function parseCfnYaml(text: string): unknown {
  const doc = parseDocument(text, { customTags: CFN_TAGS, prettyErrors: true, uniqueKeys: true });
  const first = doc.errors[0];
  if (first) {
    const pos = first.linePos?.[0];
    // prettyErrors appends the position and a source excerpt: keep the sentence, the caller places it.
    const sentence = first.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
    throw new YamlSyntaxError(sentence, pos?.line, pos?.col);
  }
  try {
    return doc.toJS({ maxAliasCount: 1000 });
  } catch (e) {
    // toJS throws on alias bombs and on aliases to anchors defined later.
    throw new YamlSyntaxError(e instanceof Error ? e.message : String(e));
  }
}
