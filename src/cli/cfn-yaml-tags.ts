/** What CloudFormation's YAML means beyond YAML: its short-form tags and its text of a float. */

/** CloudFormation short-form tags and the long-form key each stands for. */
export const SHORT_FORMS: Readonly<Record<string, string>> = {
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

/**
 * A double as Java's `Double.toString` writes it. CloudFormation reads a YAML float as a double and a property
 * that takes text gets the double's Java text, not the author's: an unquoted `08` (a float in YAML 1.1)
 * deploys as "8.0", and `12345e67` comes out in Java's E notation (aws/serverless-application-model#1135 and
 * #200: "a bug inside of CloudFormation"). So `2.0` stays "2.0" and `1.0` "1.0", while `1.10` becomes "1.1".
 */
export function javaDoubleText(value: number): string {
  if (Number.isNaN(value)) return 'NaN';
  if (!Number.isFinite(value)) return value > 0 ? 'Infinity' : '-Infinity';
  if (value === 0) return Object.is(value, -0) ? '-0.0' : '0.0';
  const magnitude = Math.abs(value);
  if (magnitude >= 1e-3 && magnitude < 1e7) {
    const text = String(value);
    return text.includes('.') ? text : `${text}.0`;
  }
  const [mantissa, exponent] = value.toExponential().split('e');
  return `${mantissa.includes('.') ? mantissa : `${mantissa}.0`}E${Number(exponent)}`;
}
