/**
 * A value written through each intrinsic form the model follows, for the rule tables: every alternative the
 * written expression can take is `value` or `other`, and only the alternatives that are `value` can be wrong.
 */
export interface ThroughIntrinsic {
  /** The form, e.g. `Fn::If`. */
  readonly name: string;
  /** The expression to put where the value goes. */
  readonly value: unknown;
  /** The template sections the expression needs (`Parameters`, `Mappings`, `Conditions`). */
  readonly sections: Record<string, unknown>;
}

const DEFAULT_FORM = 'a parameter\'s Default';

/** A literal as a parameter or mapping holds it. */
type Literal = string | number;

export function throughIntrinsics(value: Literal, other: Literal = value): ThroughIntrinsic[] {
  const env = { Env: { Type: 'String', AllowedValues: ['dev', 'prod'] } };
  return [
    { name: 'Fn::If', value: { 'Fn::If': ['IsProd', value, other] }, sections: { Parameters: env, Conditions: { IsProd: { 'Fn::Equals': [{ Ref: 'Env' }, 'prod'] } } } },
    { name: 'Fn::Sub', value: { 'Fn::Sub': ['${V}', { V: value }] }, sections: {} },
    { name: 'Fn::Join', value: { 'Fn::Join': ['', [value]] }, sections: {} },
    { name: 'a parameter\'s AllowedValues', value: { Ref: 'P' }, sections: { Parameters: { P: { Type: typeof value === 'number' ? 'Number' : 'String', AllowedValues: [other, value] } } } },
    { name: DEFAULT_FORM, value: { Ref: 'P' }, sections: { Parameters: { P: { Type: typeof value === 'number' ? 'Number' : 'String', Default: value } } } },
    { name: 'Fn::FindInMap by a parameter', value: { 'Fn::FindInMap': ['M', { Ref: 'Stage' }, 'K'] }, sections: { Parameters: { Stage: { Type: 'String' } }, Mappings: { M: { dev: { K: other }, prod: { K: value } } } } },
    { name: 'Fn::Select', value: { 'Fn::Select': [1, [other, value]] }, sections: {} },
  ];
}

/** Valid cases: `value` (valid) through each form, built into resources by `build`. */
export function validThrough(value: Literal, build: (v: unknown) => Record<string, unknown>, other: Literal = value) {
  return throughIntrinsics(value, other).map(t => ({ name: `through ${t.name}`, resources: build(t.value), sections: t.sections }));
}

/** Invalid cases: `value` (invalid) next to a valid `other` through each form, each with the one finding expected. */
export function invalidThrough(
  value: Literal, other: Literal, build: (v: unknown) => Record<string, unknown>,
  findings: ReadonlyArray<{ resource: string; path: string }>,
) {
  // A parameter's Default is no certain value (the stack may be given any): no finding through it.
  return throughIntrinsics(value, other)
    .filter(t => t.name !== DEFAULT_FORM)
    .map(t => ({ name: `through ${t.name}`, resources: build(t.value), sections: t.sections, findings }));
}
