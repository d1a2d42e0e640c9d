/**
 * A string of which only some pieces are known: `Fn::Sub` and `Fn::Join` with literal parts, a pseudo parameter
 * in an ARN, the ARN `Fn::GetAtt` gives for a Lambda function. A hole says what it can hold, so that a rule can
 * still decide for every value the string can take.
 */

/**
 * What a hole can hold:
 * - `partition`: an AWS partition (`aws`, `aws-cn`, `aws-us-gov`, ...), lower-case letters and `-`;
 * - `region`: a region code (`us-east-1`), lower-case letters, digits and `-`;
 * - `account`: a 12-digit account id;
 * - `url-suffix`: the domain suffix of the partition (`amazonaws.com`, `amazonaws.com.cn`);
 * - `name`: the generated name or id of a resource of the template, letters, digits, `-` and `_`, never empty;
 * - `any`: anything at all, the empty string included.
 */
export type HoleKind = 'partition' | 'region' | 'account' | 'url-suffix' | 'name' | 'any';

export interface Hole {
  readonly hole: HoleKind;
}

export type Piece = string | Hole;

export function hole(kind: HoleKind): Hole {
  return { hole: kind };
}

export function isHole(piece: Piece): piece is Hole {
  return typeof piece !== 'string';
}

/**
 * Two stand-ins for each typed hole, as different as the hole's values can be: a rule that tests a shape
 * pattern over both stand-ins and finds both wrong is wrong for every value (the patterns of the rules give
 * each ARN field a character class that holds every value of the hole's kind).
 */
const PROBES: Record<Exclude<HoleKind, 'any'>, readonly [string, string]> = {
  'partition': ['aws', 'aws-us-gov'],
  'region': ['us-east-1', 'cn-northwest-1'],
  'account': ['123456789012', '000000000000'],
  'url-suffix': ['amazonaws.com', 'amazonaws.com.cn'],
  'name': ['a', 'Generated-Name_0123456789'],
};

/** The pieces joined with adjacent strings merged and empty strings dropped. */
export function normalize(pieces: readonly Piece[]): Piece[] {
  const out: Piece[] = [];
  for (const piece of pieces) {
    if (piece === '') continue;
    const last = out[out.length - 1];
    if (typeof piece === 'string' && typeof last === 'string') out[out.length - 1] = last + piece;
    else out.push(piece);
  }
  return out;
}

/** The literal text before the first hole. */
export function knownPrefix(pieces: readonly Piece[]): string {
  return typeof pieces[0] === 'string' ? pieces[0] : '';
}

/**
 * The string filled with the first and with the second stand-in of each hole, or undefined when a hole can
 * hold anything (then no finite set of stand-ins speaks for every value).
 */
export function probes(pieces: readonly Piece[]): [string, string] | undefined {
  let first = '';
  let second = '';
  for (const piece of pieces) {
    if (typeof piece === 'string') {
      first += piece;
      second += piece;
      continue;
    }
    if (piece.hole === 'any') return undefined;
    first += PROBES[piece.hole][0];
    second += PROBES[piece.hole][1];
  }
  return [first, second];
}

/** The string as a reader sees it: `${...}` for each hole, e.g. `arn:${partition}:lambda:${region}:...`. */
export function describePieces(pieces: readonly Piece[]): string {
  return pieces.map(p => (typeof p === 'string' ? p : `\${${p.hole}}`)).join('');
}

/**
 * The fields of an ARN (`arn:partition:service:region:account:resource`) whose text is certain: a field is
 * known when it is literal, and the split is certain while every hole before it is of a kind that holds no
 * `:`. Undefined when the string does not certainly start with `arn:`.
 */
export function arnFields(pieces: readonly Piece[]): Array<string | undefined> | undefined {
  if (!knownPrefix(pieces).startsWith('arn:')) return undefined;
  const fields: Array<string | undefined> = [];
  let current: string | undefined = '';
  for (const piece of pieces) {
    if (isHole(piece)) {
      // A hole that may hold `:` makes every later field uncertain.
      if (piece.hole === 'any') {
        fields.push(undefined);
        return fields;
      }
      current = undefined;
      continue;
    }
    const parts = piece.split(':');
    for (let i = 0; i < parts.length; i++) {
      if (i > 0) {
        fields.push(current);
        current = '';
      }
      if (current !== undefined) current += parts[i];
    }
  }
  fields.push(current);
  return fields;
}
